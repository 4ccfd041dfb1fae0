/**
 * MongoDB's names for BSON types (the `$type` aliases, errInfo's `consideredType`, `$jsonSchema`'s
 * `bsonType`). Exact for documents read with `promoteValues: false` (Int32, Double, Long kept);
 * a plain JS number is named as the driver would serialize it (an integer fits in an int).
 */
import { BSON, type Document } from 'bson';

const BY_TAG: Record<string, string> = {
  ObjectId: 'objectId',
  Int32: 'int',
  Double: 'double',
  Long: 'long',
  Decimal128: 'decimal',
  Timestamp: 'timestamp',
  BSONRegExp: 'regex',
  BSONSymbol: 'symbol',
  Binary: 'binData',
  MinKey: 'minKey',
  MaxKey: 'maxKey',
  DBRef: 'object',
};

const INT32_MAX = 2 ** 31 - 1;

export function bsonTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'long';
    case 'number':
      return Number.isInteger(v) && Math.abs(v) <= INT32_MAX ? 'int' : 'double';
  }
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  if (v instanceof RegExp) return 'regex';
  if (v instanceof Uint8Array) return 'binData';
  const tag = (v as { _bsontype?: string })._bsontype;
  if (tag === 'Code') return (v as { scope?: unknown }).scope ? 'javascriptWithScope' : 'javascript';
  return (tag && BY_TAG[tag]) ?? 'object';
}

/** `$type`'s alias for every numeric type. */
export const NUMERIC_TYPES = new Set(['int', 'long', 'double', 'decimal']);

/** A stored document with its numbers' BSON types kept (Int32 vs Double), for type checks that must be exact. */
export const typedCopy = (raw: Uint8Array): Document => BSON.deserialize(raw, { promoteValues: false });
