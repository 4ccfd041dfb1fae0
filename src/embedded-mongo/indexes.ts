/**
 * Secondary indexes: a hash map from the canonical key of the indexed value(s) to the ids of the
 * documents holding them. Arrays are indexed per element (multikey), missing fields as null, as
 * MongoDB does. Used to enforce uniqueness and to answer equality / `$in` lookups without a scan.
 */
import type { Document } from 'bson';
import { keyOf } from './bson-order.ts';
import { badValue, MongoCommandError } from './errors.ts';
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
    return `{ ${Object.entries(v as Document).map(([k, x]) => `${k}: ${formatValue(x)}`).join(', ')} }`;
  }
  return String(v);
}

export function defaultIndexName(key: KeyPattern): string {
  return Object.entries(key).map(([k, v]) => `${k}_${v}`).join('_');
}

export interface IndexSpec {
  v?: number;
  key: KeyPattern;
  name: string;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Document;
  [option: string]: unknown;
}

export function validateIndexSpec(spec: Document): IndexSpec {
  const key = spec.key as KeyPattern | undefined;
  if (!key || typeof key !== 'object' || Object.keys(key).length === 0) throw badValue('Index key pattern must be a non-empty object');
  for (const [field, dir] of Object.entries(key)) {
    if (field === '' || (typeof dir !== 'number' && typeof dir !== 'string')) throw badValue(`bad index key pattern ${formatValue(key)}`);
  }
  const name = typeof spec.name === 'string' ? spec.name : defaultIndexName(key);
  // listIndexes shows v, key, name first, as mongod does.
  return { v: 2, key, name, ...spec } as IndexSpec;
}

export class Index {
  readonly spec: IndexSpec;
  readonly fields: string[];
  readonly #entries = new Map<string, Set<string>>();
  readonly #partial: Matcher | undefined;

  constructor(spec: IndexSpec) {
    this.spec = spec;
    this.fields = Object.keys(spec.key);
    this.#partial = spec.partialFilterExpression ? compileFilter(spec.partialFilterExpression) : undefined;
  }

  get name(): string {
    return this.spec.name;
  }

  get unique(): boolean {
    return this.spec.unique === true;
  }

  /** Usable for "field equals one of these values" lookups: holds every document, keyed by that field. */
  get answersEquality(): boolean {
    return this.fields.length === 1 && !this.spec.sparse && !this.#partial;
  }

  /** The index keys of a document (several for arrays); none if sparse/partial excludes it. */
  keysOf(doc: Document): string[] {
    if (this.#partial && !this.#partial(doc)) return [];
    const perField = this.fields.map((f) => valuesAtPath(doc, f));
    if (this.spec.sparse && perField.every((vs) => vs.length === 0)) return [];
    let keys = [''];
    for (const values of perField) {
      const parts = values.length === 0 ? ['z'] : [...new Set(values.map(keyOf))];
      keys = keys.flatMap((prefix) => parts.map((p) => (prefix ? prefix + '\u0000' + p : p)));
    }
    return keys;
  }

  add(doc: Document, id: string): void {
    for (const k of this.keysOf(doc)) {
      let ids = this.#entries.get(k);
      if (!ids) this.#entries.set(k, (ids = new Set()));
      ids.add(id);
    }
  }

  remove(doc: Document, id: string): void {
    for (const k of this.keysOf(doc)) {
      const ids = this.#entries.get(k);
      ids?.delete(id);
      if (ids?.size === 0) this.#entries.delete(k);
    }
  }

  lookup(valueKey: string): ReadonlySet<string> | undefined {
    return this.#entries.get(valueKey);
  }

  /** Throws E11000 if another document already holds one of `doc`'s keys. */
  checkUnique(doc: Document, id: string, ns: string): void {
    if (!this.unique) return;
    for (const k of this.keysOf(doc)) {
      const holders = this.#entries.get(k);
      if (holders && (holders.size > 1 || !holders.has(id))) throw duplicateKeyError(ns, this, doc);
    }
  }
}

export function duplicateKeyError(ns: string, index: { name: string; fields: string[] }, doc: Document): MongoCommandError {
  const keyValue: Document = {};
  const keyPattern: Document = {};
  for (const f of index.fields) {
    const vs = valuesAtPath(doc, f);
    keyValue[f] = vs.length === 1 ? vs[0] ?? null : vs.length === 0 ? null : vs;
    keyPattern[f] = 1;
  }
  const shown = Object.entries(keyValue).map(([k, v]) => `${k}: ${formatValue(v)}`).join(', ');
  return new MongoCommandError(
    11000,
    'DuplicateKey',
    `E11000 duplicate key error collection: ${ns} index: ${index.name} dup key: { ${shown} }`,
    { keyPattern, keyValue },
  );
}
