/** MongoDB's sort order for documents: cross-type BSON order, arrays by their extreme element, strings by the collation. */
import type { Document } from 'bson';
import { resolve } from 'mingo/util';
import { compareBson, type StringOrder, typeRank } from './bson-order.ts';
import type { Collation } from './collation.ts';
import { badValue } from './errors.ts';

/** MongoDB sorts an empty array below null and missing (but above MinKey). */
const EMPTY_ARRAY = Symbol('empty array');
const MIN_KEY_RANK = typeRank({ _bsontype: 'MinKey' });

function compareSortValues(a: unknown, b: unknown, strings: StringOrder | undefined): number {
  if (a === EMPTY_ARRAY || b === EMPTY_ARRAY) {
    if (a === b) return 0;
    const other = a === EMPTY_ARRAY ? b : a;
    const emptyFirst = typeRank(other) === MIN_KEY_RANK ? 1 : -1;
    return a === EMPTY_ARRAY ? emptyFirst : -emptyFirst;
  }
  return compareBson(a, b, strings);
}

/** The value a document sorts by for one key: arrays sort by their smallest (asc) or largest (desc) element. */
function sortValue(doc: Document, path: string, direction: number, strings: StringOrder | undefined): unknown {
  const v = resolve(doc, path, { unwrapArray: true });
  if (!Array.isArray(v)) return v;
  if (v.length === 0) return EMPTY_ARRAY;
  let best = v[0];
  for (const x of v) if (compareBson(x, best, strings) * direction < 0) best = x;
  return best;
}

export type SortSpec = Record<string, unknown>;

/** A comparator for a sort document; `{}` (or only `$meta` keys) keeps the natural order. */
export function sortComparator(spec: SortSpec, collation?: Collation): ((a: Document, b: Document) => number) | undefined {
  const keys: [string, number][] = [];
  for (const [path, dir] of Object.entries(spec)) {
    if (dir !== null && typeof dir === 'object') continue; // { $meta: ... } has no meaning here
    const d = Number(dir);
    if (d !== 1 && d !== -1) throw badValue(`$sort key ordering must be 1 (for ascending) or -1 (for descending)`);
    keys.push([path, d]);
  }
  if (keys.length === 0) return undefined;
  const strings = collation?.compare;
  return (a, b) => {
    for (const [path, d] of keys) {
      const c = compareSortValues(sortValue(a, path, d, strings), sortValue(b, path, d, strings), strings);
      if (c !== 0) return c * d;
    }
    return 0;
  };
}

/** Sorts in place by the documents `docOf` gives (Array.prototype.sort is stable: ties keep their order). */
export function sortDocuments<T>(items: T[], spec: SortSpec | undefined, docOf: (item: T) => Document, collation?: Collation): T[] {
  const cmp = spec && sortComparator(spec, collation);
  return cmp ? items.sort((a, b) => cmp(docOf(a), docOf(b))) : items;
}
