/**
 * mingo operators replaced with BSON-aware ones: comparisons follow MongoDB's type bracketing
 * and numeric equivalence (Int32/Long/Double/Decimal128), `$in` is a Set lookup instead of
 * mingo's pairwise scan, `$sort` uses MongoDB's cross-type order, `$project` keeps `_id` first.
 */
import type { Document } from 'bson';
import { type Iterator, Lazy } from 'mingo/lazy';
import { $project as mingoProject } from 'mingo/operators/pipeline';
import type { Options } from 'mingo/types';
import { resolve } from 'mingo/util';
import { compareBson, keyOf, typeRank } from './bson-order.ts';
import { badValue } from './errors.ts';

type Predicate = (doc: Document) => boolean;

/** A plain object with `$`-keys, like `{ $gt: 1 }`: an operator expression, not a value. */
export function isOperatorObject(v: unknown): v is Document {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.keys(v).some((k) => k.startsWith('$'));
}

function dottedDepth(selector: string): number {
  let depth = 0;
  for (let i = selector.indexOf('.'); i !== -1; i = selector.indexOf('.', i + 1)) depth++;
  return depth;
}

function flattenInto(out: unknown[], values: unknown[], depth: number): void {
  for (const v of values) {
    if (Array.isArray(v) && depth > 0) flattenInto(out, v, depth - 1);
    else out.push(v);
  }
}

/** The values a path comparison is tried against: the value itself and, for arrays, their elements. */
function candidates(value: unknown, depth: number): unknown[] {
  if (!Array.isArray(value)) return [value];
  const out: unknown[] = [value, ...value];
  if (depth > 0) flattenInto(out, value, depth);
  return out;
}

function pathPredicate(selector: string, test: (v: unknown) => boolean): Predicate {
  const depth = dottedDepth(selector);
  const opts = { unwrapArray: true };
  return (doc) => candidates(resolve(doc, selector, opts), depth).some(test);
}

const MIN_OR_MAX = new Set([typeRank({ _bsontype: 'MinKey' }), typeRank({ _bsontype: 'MaxKey' })]);

function rangeOperator(accept: (cmp: number) => boolean) {
  return (selector: string, value: unknown): Predicate => {
    const rank = typeRank(value);
    const anyType = MIN_OR_MAX.has(rank);
    return pathPredicate(selector, (v) => (anyType || typeRank(v) === rank) && accept(compareBson(v, value)));
  };
}

function equalityTest(value: unknown): (v: unknown) => boolean {
  const rank = typeRank(value);
  return (v) => typeRank(v) === rank && compareBson(v, value) === 0;
}

function membershipTest(values: unknown): (v: unknown) => boolean {
  if (!Array.isArray(values)) throw badValue('$in needs an array');
  const keys = new Set<string>();
  const patterns: RegExp[] = [];
  for (const v of values) {
    if (v instanceof RegExp) patterns.push(v);
    else if (isOperatorObject(v)) throw badValue('cannot nest $ under $in');
    else keys.add(keyOf(v));
  }
  return (v) => keys.has(keyOf(v)) || (typeof v === 'string' && patterns.some((re) => re.test(v)));
}

const $eq = (selector: string, value: unknown) => pathPredicate(selector, equalityTest(value));
const $ne = (selector: string, value: unknown) => negate($eq(selector, value));
const $in = (selector: string, values: unknown) => pathPredicate(selector, membershipTest(values));
const $nin = (selector: string, values: unknown) => negate($in(selector, values));
const negate =
  (p: Predicate): Predicate =>
  (doc) =>
    !p(doc);

export const queryOverrides = {
  $eq,
  $ne,
  $in,
  $nin,
  $gt: rangeOperator((c) => c > 0),
  $gte: rangeOperator((c) => c >= 0),
  $lt: rangeOperator((c) => c < 0),
  $lte: rangeOperator((c) => c <= 0),
};

/** MongoDB sorts an empty array below null and missing (but above MinKey). */
const EMPTY_ARRAY = Symbol('empty array');
const MIN_KEY_RANK = typeRank({ _bsontype: 'MinKey' });

function compareSortValues(a: unknown, b: unknown): number {
  if (a === EMPTY_ARRAY || b === EMPTY_ARRAY) {
    if (a === b) return 0;
    const other = a === EMPTY_ARRAY ? b : a;
    const emptyFirst = typeRank(other) === MIN_KEY_RANK ? 1 : -1;
    return a === EMPTY_ARRAY ? emptyFirst : -emptyFirst;
  }
  return compareBson(a, b);
}

/** The value a document sorts by for one key: arrays sort by their smallest (asc) or largest (desc) element. */
function sortValue(doc: Document, path: string, direction: number): unknown {
  const v = resolve(doc, path, { unwrapArray: true });
  if (!Array.isArray(v)) return v;
  if (v.length === 0) return EMPTY_ARRAY;
  let best = v[0];
  for (const x of v) if (compareBson(x, best) * direction < 0) best = x;
  return best;
}

export type SortSpec = Record<string, unknown>;

/** A comparator for a sort document; `{}` (or only `$meta` keys) keeps the natural order. */
export function sortComparator(spec: SortSpec): ((a: Document, b: Document) => number) | undefined {
  const keys: [string, number][] = [];
  for (const [path, dir] of Object.entries(spec)) {
    if (dir !== null && typeof dir === 'object') continue; // { $meta: ... } has no meaning here
    const d = Number(dir);
    if (d !== 1 && d !== -1) throw badValue(`$sort key ordering must be 1 (for ascending) or -1 (for descending)`);
    keys.push([path, d]);
  }
  if (keys.length === 0) return undefined;
  return (a, b) => {
    for (const [path, d] of keys) {
      const c = compareSortValues(sortValue(a, path, d), sortValue(b, path, d));
      if (c !== 0) return c * d;
    }
    return 0;
  };
}

/** Sorts in place by the documents `docOf` gives (Array.prototype.sort is stable: ties keep their order). */
export function sortDocuments<T>(items: T[], spec: SortSpec | undefined, docOf: (item: T) => Document): T[] {
  const cmp = spec && sortComparator(spec);
  return cmp ? items.sort((a, b) => cmp(docOf(a), docOf(b))) : items;
}

export function keepIdFirst(doc: Document): Document {
  if (!('_id' in doc) || Object.keys(doc)[0] === '_id') return doc;
  const { _id, ...rest } = doc;
  return { _id, ...rest };
}

const $sort = (coll: Iterator, spec: SortSpec) => coll.transform((docs: Document[]) => Lazy(sortDocuments(docs, spec, (d) => d)));

const $project = (coll: Iterator, expr: Document, options: Options) => mingoProject(coll, expr, options).map((d: Document) => keepIdFirst(d));

export const pipelineOverrides = { $sort, $project };
