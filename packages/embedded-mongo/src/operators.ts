/**
 * mingo query operators replaced with BSON-aware ones: comparisons follow MongoDB's type
 * bracketing and numeric equivalence (Int32/Long/Double/Decimal128) and the operation's collation
 * for strings; `$in` is a Set lookup instead of mingo's pairwise scan.
 */
import type { Document } from 'bson';
import type { Options } from 'mingo/types';
import { resolve } from 'mingo/util';
import { compareBson, keyOf, type StringOrder, typeRank } from './bson-order.ts';
import { collationOf } from './collation.ts';
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
  return (selector: string, value: unknown, options?: Options): Predicate => {
    const rank = typeRank(value);
    const anyType = MIN_OR_MAX.has(rank);
    const strings = collationOf(options)?.compare;
    return pathPredicate(selector, (v) => (anyType || typeRank(v) === rank) && accept(compareBson(v, value, strings)));
  };
}

function equalityTest(value: unknown, strings: StringOrder | undefined): (v: unknown) => boolean {
  const rank = typeRank(value);
  return (v) => typeRank(v) === rank && compareBson(v, value, strings) === 0;
}

/** `$in` as a Set of keys; under a collation the keys group the strings it calls equal. */
function membershipTest(values: unknown, options: Options | undefined): (v: unknown) => boolean {
  if (!Array.isArray(values)) throw badValue('$in needs an array');
  const strings = collationOf(options)?.strings();
  const keys = new Set<string>();
  const patterns: RegExp[] = [];
  for (const v of values) {
    if (v instanceof RegExp) patterns.push(v);
    else if (isOperatorObject(v)) throw badValue('cannot nest $ under $in');
    else keys.add(keyOf(v, strings?.keyOf));
  }
  return (v) => keys.has(keyOf(v, strings?.knownKeyOf)) || (typeof v === 'string' && patterns.some((re) => re.test(v)));
}

const $eq = (selector: string, value: unknown, options?: Options) => pathPredicate(selector, equalityTest(value, collationOf(options)?.compare));
const $ne = (selector: string, value: unknown, options?: Options) => negate($eq(selector, value, options));
const $in = (selector: string, values: unknown, options?: Options) => pathPredicate(selector, membershipTest(values, options));
const $nin = (selector: string, values: unknown, options?: Options) => negate($in(selector, values, options));
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
