/**
 * MongoDB's total order over BSON values, and a canonical key for equality.
 * mingo compares JS values; MongoDB compares across types by a fixed type rank and treats
 * Int32/Long/Double/Decimal128 as one numeric type, so sorting, range operators and index keys
 * all go through here.
 */
import type { Binary, BSONRegExp, Decimal128, Long, ObjectId, Timestamp } from 'bson';

type Bsonish = { _bsontype?: string };

const RANK_MINKEY = 1;
const RANK_NULL = 2;
const RANK_NUMBER = 3;
const RANK_STRING = 4;
const RANK_OBJECT = 5;
const RANK_ARRAY = 6;
const RANK_BINARY = 7;
const RANK_OBJECTID = 8;
const RANK_BOOL = 9;
const RANK_DATE = 10;
const RANK_TIMESTAMP = 11;
const RANK_REGEX = 12;
const RANK_MAXKEY = 100;

const BSON_TYPE_RANK: Record<string, number> = {
  MinKey: RANK_MINKEY,
  MaxKey: RANK_MAXKEY,
  Int32: RANK_NUMBER,
  Double: RANK_NUMBER,
  Long: RANK_NUMBER,
  Decimal128: RANK_NUMBER,
  BSONSymbol: RANK_STRING,
  Binary: RANK_BINARY,
  ObjectId: RANK_OBJECTID,
  Timestamp: RANK_TIMESTAMP,
  BSONRegExp: RANK_REGEX,
};

/** The canonical type rank MongoDB sorts by: MinKey < null < numbers < string < ... < MaxKey. */
export function typeRank(v: unknown): number {
  if (v === null || v === undefined) return RANK_NULL;
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return RANK_NUMBER;
    case 'string':
      return RANK_STRING;
    case 'boolean':
      return RANK_BOOL;
  }
  if (Array.isArray(v)) return RANK_ARRAY;
  if (v instanceof Date) return RANK_DATE;
  if (v instanceof RegExp) return RANK_REGEX;
  if (v instanceof Uint8Array) return RANK_BINARY;
  const tag = (v as Bsonish)._bsontype;
  if (tag !== undefined) return BSON_TYPE_RANK[tag] ?? RANK_OBJECT;
  return RANK_OBJECT;
}

/** A numeric BSON value as a JS number (Long beyond 2^53 and Decimal128 lose precision). */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  const tag = (v as Bsonish)._bsontype;
  if (tag === 'Long') return (v as Long).toNumber();
  if (tag === 'Decimal128') return Number((v as Decimal128).toString());
  return Number((v as { valueOf(): unknown }).valueOf());
}

export function isNumeric(v: unknown): boolean {
  return typeRank(v) === RANK_NUMBER;
}

function compareNumbers(a: number, b: number): number {
  // MongoDB sorts NaN below every other number.
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
  if (Number.isNaN(b)) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return a.length - b.length < 0 ? -1 : a.length > b.length ? 1 : 0;
}

/** How two strings compare: by code units (binary, no collation) or by a collation's rules. */
export type StringOrder = (a: string, b: string) => number;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>, strings: StringOrder): number {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const n = Math.min(ka.length, kb.length);
  for (let i = 0; i < n; i++) {
    const va = a[ka[i]!];
    const vb = b[kb[i]!];
    const byType = typeRank(va) - typeRank(vb);
    if (byType !== 0) return byType < 0 ? -1 : 1;
    // Field names compare binary even under a collation; only string values are collated.
    const byName = compareStrings(ka[i]!, kb[i]!);
    if (byName !== 0) return byName;
    const byValue = compareBson(va, vb, strings);
    if (byValue !== 0) return byValue;
  }
  return ka.length < kb.length ? -1 : ka.length > kb.length ? 1 : 0;
}

/** Total order of two BSON values as MongoDB defines it (no array min/max logic; see sortKey). */
export function compareBson(a: unknown, b: unknown, strings: StringOrder = compareStrings): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case RANK_NULL:
    case RANK_MINKEY:
    case RANK_MAXKEY:
      return 0;
    case RANK_NUMBER:
      return compareNumbers(toNumber(a), toNumber(b));
    case RANK_STRING:
      return strings(String(a), String(b));
    case RANK_BOOL:
      return a === b ? 0 : a ? 1 : -1;
    case RANK_DATE:
      return compareNumbers((a as Date).getTime(), (b as Date).getTime());
    case RANK_OBJECTID:
      return compareBytes((a as ObjectId).id, (b as ObjectId).id);
    case RANK_TIMESTAMP:
      return (a as Timestamp).compare(b as Timestamp);
    case RANK_BINARY: {
      const ba = binaryBytes(a);
      const bb = binaryBytes(b);
      if (ba.length !== bb.length) return ba.length < bb.length ? -1 : 1;
      return compareBytes(ba, bb);
    }
    case RANK_REGEX: {
      const [pa, fa] = regexParts(a);
      const [pb, fb] = regexParts(b);
      return compareStrings(pa, pb) || compareStrings(fa, fb);
    }
    case RANK_ARRAY: {
      const xa = a as unknown[];
      const xb = b as unknown[];
      const n = Math.min(xa.length, xb.length);
      for (let i = 0; i < n; i++) {
        const c = compareBson(xa[i], xb[i], strings);
        if (c !== 0) return c;
      }
      return xa.length < xb.length ? -1 : xa.length > xb.length ? 1 : 0;
    }
    default:
      return compareObjects(a as Record<string, unknown>, b as Record<string, unknown>, strings);
  }
}

function binaryBytes(v: unknown): Uint8Array {
  if (v instanceof Uint8Array) return v;
  const bin = v as Binary;
  return bin.buffer.subarray(0, bin.position);
}

function regexParts(v: unknown): [string, string] {
  if (v instanceof RegExp) return [v.source, v.flags];
  const re = v as BSONRegExp;
  return [re.pattern, re.options];
}

/** A string value's part of a key; under a collation, one per group of strings it calls equal. */
export type StringKey = (s: string) => string;

const binaryStringKey: StringKey = (s) => `s${s}`;

/**
 * A string equal for exactly the values MongoDB considers equal (1 == Long(1) == 1.0,
 * null == missing; strings by `strings`, binary by default), used as Map/Set key by the _id
 * table, indexes and `$in`.
 */
export function keyOf(v: unknown, strings: StringKey = binaryStringKey): string {
  const rank = typeRank(v);
  switch (rank) {
    case RANK_NULL:
      return 'z';
    case RANK_MINKEY:
      return 'm';
    case RANK_MAXKEY:
      return 'M';
    case RANK_NUMBER: {
      const n = toNumber(v);
      return `n${Object.is(n, -0) ? 0 : n}`;
    }
    case RANK_STRING:
      return strings(String(v));
    case RANK_BOOL:
      return v ? 'T' : 'F';
    case RANK_DATE:
      return `d${(v as Date).getTime()}`;
    case RANK_OBJECTID:
      return `o${(v as ObjectId).toHexString()}`;
    case RANK_TIMESTAMP:
      return `t${(v as Timestamp).toString()}`;
    case RANK_BINARY:
      return `x${Buffer.from(binaryBytes(v)).toString('base64')}`;
    case RANK_REGEX: {
      const [p, f] = regexParts(v);
      return `r/${p}/${f}`;
    }
    case RANK_ARRAY:
      return `[${(v as unknown[]).map((x) => nestedKey(x, strings)).join(',')}]`;
    default: {
      const o = v as Record<string, unknown>;
      return (
        '{' +
        Object.keys(o)
          .map((k) => `${JSON.stringify(k)}:${nestedKey(o[k], strings)}`)
          .join(',') +
        '}'
      );
    }
  }
}

// Quoted so a string containing separators cannot collide with a longer array or object.
const nestedKey = (v: unknown, strings: StringKey) => JSON.stringify(keyOf(v, strings));

/** Whether a value is or holds a string: only then can a collation change how it compares. */
export function holdsString(v: unknown): boolean {
  const rank = typeRank(v);
  if (rank === RANK_STRING) return true;
  if (rank === RANK_ARRAY) return (v as unknown[]).some(holdsString);
  if (rank === RANK_OBJECT) return Object.values(v as Record<string, unknown>).some(holdsString);
  return false;
}
