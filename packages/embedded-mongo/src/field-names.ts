/**
 * Field-name rules for stored documents, as MongoDB 5.0+ applies them: `$`-prefixed and dotted
 * field names may be stored (inserts, upserts that insert, pipeline updates), except inside `_id`;
 * an update that replaces a document or sets a field through an operator may not put a
 * `$`-prefixed field at the top level (MongoDB points to $replaceWith/$setField for that).
 */
import type { Document } from 'bson';
import { badValue, MongoCommandError } from './errors.ts';

const dollarPrefixed = (message: string) => new MongoCommandError(52, 'DollarPrefixedFieldName', message);

const isPlainObject = (v: unknown): v is Document => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/** DBRef fields are the one `$`-prefixed kind allowed in embedded documents. */
const DBREF_FIELDS = new Set(['$ref', '$id', '$db']);

/** The first `$`-prefixed field name (other than a DBRef's) at any depth, or undefined. */
function firstDollarPrefixed(value: unknown): string | undefined {
  const children = Array.isArray(value) ? value.map((v) => ['', v] as const) : isPlainObject(value) ? Object.entries(value) : [];
  for (const [key, child] of children) {
    if (key.startsWith('$') && !DBREF_FIELDS.has(key)) return key;
    const nested = firstDollarPrefixed(child);
    if (nested) return nested;
  }
  return undefined;
}

/** The `_id` of a document about to be inserted: not an array, regex or undefined, no `$`-prefixed field inside. */
export function assertStorableId(id: unknown): void {
  if (Array.isArray(id)) throw badValue("can't use an array for _id");
  if (id instanceof RegExp || (id as { _bsontype?: string } | null)?._bsontype === 'BSONRegExp') throw badValue("can't use a regex for _id");
  const field = firstDollarPrefixed(id);
  if (field) throw dollarPrefixed(`_id fields may not contain '$'-prefixed fields: ${field} is not valid for storage.`);
}

function topLevelDollarError(field: string): MongoCommandError {
  return dollarPrefixed(
    `The dollar ($) prefixed field '${field}' in '${field}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.`,
  );
}

/** A replacement document (replaceOne, findOneAndReplace) for an existing document. */
export function assertReplaceable(replacement: Document): void {
  const field = Object.keys(replacement).find((k) => k.startsWith('$'));
  if (field) throw topLevelDollarError(field);
}

/** The top-level field an operator update path writes, when that field is `$`-prefixed. */
export function topLevelDollarPath(path: string): string | undefined {
  const head = path.split('.', 1)[0]!;
  return head.startsWith('$') ? head : undefined;
}

/** An operator update of an existing document may not write a `$`-prefixed top-level field. */
export function assertModifierPaths(modifier: Document): void {
  for (const [op, fields] of Object.entries(modifier)) {
    if (op === '$unset' || !isPlainObject(fields)) continue;
    for (const [path, target] of Object.entries(fields)) {
      const written = op === '$rename' && typeof target === 'string' ? target : path;
      const field = topLevelDollarPath(written);
      if (field) throw topLevelDollarError(field);
    }
  }
}
