/**
 * Secondary indexes: a hash map from the canonical key of the indexed value(s) to the ids of the
 * documents holding them. Arrays are indexed per element (multikey), missing fields as null, as
 * MongoDB does. Used to enforce uniqueness and to answer equality / `$in` lookups without a scan.
 */
import type { Document } from 'bson';
import { holdsString, keyOf } from './bson-order.ts';
import { type CollatedStrings, Collation } from './collation.ts';
import { badValue, MongoCommandError } from './errors.ts';
import type { FieldSelection } from './field-selection.ts';
import { fieldsOfFilter, fieldsOfPaths } from './fields-read.ts';
import { compileFilter, type Matcher } from './query.ts';

export type KeyPattern = Record<string, number | string>;

/** Values found at a dotted path, descending through arrays; [] when the path is missing. */
export function valuesAtPath(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  const walk = (value: unknown, parts: string[]) => {
    if (parts.length === 0) {
      if (Array.isArray(value)) {
        if (value.length === 0) out.push(undefined);
        else out.push(...value);
      } else out.push(value);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const [head, ...rest] = parts as [string, ...string[]];
    if (Array.isArray(value) && !/^\d+$/.test(head)) {
      for (const item of value) walk(item, parts);
      return;
    }
    const next = (value as Record<string, unknown>)[head];
    if (next !== undefined) walk(next, rest);
  };
  walk(doc, path.split('.'));
  return out;
}

export function formatValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || v === undefined) return 'null';
  if (v instanceof Date) return `new Date(${v.getTime()})`;
  const tag = (v as { _bsontype?: string })._bsontype;
  if (tag === 'ObjectId') return `ObjectId('${String(v)}')`;
  if (Array.isArray(v)) return `[ ${v.map(formatValue).join(', ')} ]`;
  if (typeof v === 'object' && tag === undefined) {
    return `{ ${Object.entries(v as Document)
      .map(([k, x]) => `${k}: ${formatValue(x)}`)
      .join(', ')} }`;
  }
  return String(v);
}

export function defaultIndexName(key: KeyPattern): string {
  return Object.entries(key)
    .map(([k, v]) => `${k}_${v}`)
    .join('_');
}

export interface IndexSpec {
  v?: number;
  key: KeyPattern;
  name: string;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Document;
  /** As listIndexes shows it: every field of the collation; absent for binary comparison. */
  collation?: Document;
  [option: string]: unknown;
}

/**
 * An index spec as the store keeps and listIndexes shows it. An index created without a collation
 * gets the collection's default one; the spec then carries the collation in full.
 */
export function validateIndexSpec(spec: Document, collectionCollation?: Collation): IndexSpec {
  const key = spec.key as KeyPattern | undefined;
  if (!key || typeof key !== 'object' || Object.keys(key).length === 0) throw badValue('Index key pattern must be a non-empty object');
  for (const [field, dir] of Object.entries(key)) {
    if (field === '' || (typeof dir !== 'number' && typeof dir !== 'string')) throw badValue(`bad index key pattern ${formatValue(key)}`);
  }
  const name = typeof spec.name === 'string' ? spec.name : defaultIndexName(key);
  const { collation: requested, ...options } = spec;
  const collation = requested === undefined ? collectionCollation : Collation.parse(requested);
  // listIndexes shows v, key, name first, as mongod does.
  return { v: 2, key, name, ...options, ...(collation ? { collation: { ...collation.spec } } : {}) } as IndexSpec;
}

/**
 * Index entries: the ids of the documents holding each key. Most keys of a catalog's indexes (every
 * key of a unique one) are held by one document, so a lone id is kept as itself, not in a Set.
 */
type Entries = Map<string, string | Set<string>>;

function addEntry(map: Entries, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, id);
  else if (typeof ids !== 'string') ids.add(id);
  else if (ids !== id) map.set(key, new Set([ids, id]));
}

function removeEntry(map: Entries, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === id) map.delete(key);
  else if (typeof ids === 'object' && ids.delete(id) && ids.size === 1) map.set(key, ids.values().next().value!);
}

const idsOf = (ids: string | Set<string> | undefined): Iterable<string> => (ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids);

export class Index {
  readonly spec: IndexSpec;
  readonly fields: string[];
  /** Strings are keyed by this collation: such an index answers (and enforces uniqueness) case- or accent-insensitively. */
  readonly collation: Collation | undefined;
  readonly #strings: CollatedStrings | undefined;
  readonly #entries: Entries = new Map();
  /** For a compound index, ids by the leading field alone, so it answers lookups on that field too. */
  readonly #byLeading: Entries | undefined;
  readonly #partial: Matcher | undefined;
  /** The fields of a document its keys are made of (a partial index's filter's too). */
  readonly reads: FieldSelection;

  constructor(spec: IndexSpec) {
    this.spec = spec;
    this.fields = Object.keys(spec.key);
    this.collation = Collation.parse(spec.collation);
    this.#strings = this.collation?.strings();
    this.#partial = spec.partialFilterExpression ? compileFilter(spec.partialFilterExpression, { collation: this.collation }) : undefined;
    this.#byLeading = this.fields.length > 1 && this.holdsEveryDocument ? new Map() : undefined;
    this.reads = fieldsOfPaths(this.fields).union(fieldsOfFilter(spec.partialFilterExpression));
  }

  /** Keys of the values at a path; a missing field is indexed as null. */
  #fieldKeys(doc: Document, path: string): string[] {
    const values = valuesAtPath(doc, path);
    return values.length === 0 ? ['z'] : [...new Set(values.map((v) => keyOf(v, this.#strings?.keyOf)))];
  }

  /** The key a queried value is looked up by; one no document holds finds nothing. */
  lookupKey(value: unknown): string {
    return keyOf(value, this.#strings?.knownKeyOf);
  }

  /** Whether these values, compared under `collation`, can be looked up here: strings only under the index's own collation. */
  comparesLike(collation: Collation | undefined, values: readonly unknown[]): boolean {
    return Collation.same(this.collation, collation) || !values.some(holdsString);
  }

  get name(): string {
    return this.spec.name;
  }

  get unique(): boolean {
    return this.spec.unique === true;
  }

  get holdsEveryDocument(): boolean {
    return !this.spec.sparse && !this.spec.partialFilterExpression;
  }

  /** Whether "path equals one of these values" can be answered from this index alone. */
  answersEquality(path: string): boolean {
    return this.fields[0] === path && this.holdsEveryDocument;
  }

  /** The index keys of a document (several for arrays); none if sparse/partial excludes it. */
  keysOf(doc: Document): string[] {
    if (this.#partial && !this.#partial(doc)) return [];
    if (this.spec.sparse && this.fields.every((f) => valuesAtPath(doc, f).length === 0)) return [];
    let keys = [''];
    for (const field of this.fields) {
      const parts = this.#fieldKeys(doc, field);
      keys = keys.flatMap((prefix) => parts.map((p) => (prefix ? `${prefix}\u0000${p}` : p)));
    }
    return keys;
  }

  add(doc: Document, id: string): void {
    for (const k of this.keysOf(doc)) addEntry(this.#entries, k, id);
    if (this.#byLeading) for (const k of this.#fieldKeys(doc, this.fields[0]!)) addEntry(this.#byLeading, k, id);
  }

  remove(doc: Document, id: string): void {
    for (const k of this.keysOf(doc)) removeEntry(this.#entries, k, id);
    if (this.#byLeading) for (const k of this.#fieldKeys(doc, this.fields[0]!)) removeEntry(this.#byLeading, k, id);
  }

  /** Ids of documents whose whole key (all fields, joined as `keysOf` joins them) is this one. */
  lookupCompound(compoundKey: string): Iterable<string> {
    return idsOf(this.#entries.get(compoundKey));
  }

  /** Ids of documents whose leading field holds the value with this canonical key. */
  lookup(valueKey: string): Iterable<string> {
    return idsOf((this.#byLeading ?? this.#entries).get(valueKey));
  }

  /** Throws E11000 if another document already holds one of `doc`'s keys. */
  checkUnique(doc: Document, id: string, ns: string): void {
    if (!this.unique) return;
    for (const k of this.keysOf(doc)) {
      const holders = this.#entries.get(k);
      if (holders !== undefined && holders !== id) throw duplicateKeyError(ns, this, doc);
    }
  }
}

export function duplicateKeyError(ns: string, index: { name: string; fields: string[] }, doc: Document): MongoCommandError {
  const keyValue: Document = {};
  const keyPattern: Document = {};
  for (const f of index.fields) {
    const vs = valuesAtPath(doc, f);
    keyValue[f] = vs.length === 1 ? (vs[0] ?? null) : vs.length === 0 ? null : vs;
    keyPattern[f] = 1;
  }
  const shown = Object.entries(keyValue)
    .map(([k, v]) => `${k}: ${formatValue(v)}`)
    .join(', ');
  return new MongoCommandError(11000, 'DuplicateKey', `E11000 duplicate key error collection: ${ns} index: ${index.name} dup key: { ${shown} }`, {
    keyPattern,
    keyValue,
  });
}
