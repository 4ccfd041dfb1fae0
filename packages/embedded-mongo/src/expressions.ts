/**
 * mingo's comparison expressions ($eq, $gt, $cmp, $in, ... in $expr and pipelines) replaced:
 * mingo compares JS values (and lets `$eq` match inside arrays, as a query would), where MongoDB
 * compares whole BSON values in its cross-type order, strings by the operation's collation.
 */
import type { Document } from 'bson';
import { evalExpr } from 'mingo/core';
import type { Options } from 'mingo/types';
import { compareBson, type StringOrder, typeRank } from './bson-order.ts';
import { collationOf } from './collation.ts';
import { MongoCommandError } from './errors.ts';

const MIN_KEY_RANK = typeRank({ _bsontype: 'MinKey' });

/** Expressions order a missing value just above MinKey, below null (queries treat missing as null). */
function compareValues(a: unknown, b: unknown, strings: StringOrder | undefined): number {
  if (a !== undefined && b !== undefined) return compareBson(a, b, strings);
  if (a === b) return 0;
  const other = a === undefined ? b : a;
  const missingFirst = typeRank(other) === MIN_KEY_RANK ? 1 : -1;
  return a === undefined ? missingFirst : -missingFirst;
}

function twoArguments(name: string, obj: Document, expr: unknown, options: Options): [unknown, unknown] {
  if (!Array.isArray(expr) || expr.length !== 2) {
    const given = Array.isArray(expr) ? expr.length : 1;
    throw new MongoCommandError(16020, 'Location16020', `Expression ${name} takes exactly 2 arguments. ${given} were passed in.`);
  }
  return evalExpr(obj, expr, options) as [unknown, unknown];
}

function comparison(name: string, result: (cmp: number) => unknown) {
  return (obj: Document, expr: unknown, options: Options) => {
    const [a, b] = twoArguments(name, obj, expr, options);
    return result(compareValues(a, b, collationOf(options)?.compare));
  };
}

const $in = (obj: Document, expr: unknown, options: Options) => {
  const [item, list] = twoArguments('$in', obj, expr, options);
  if (!Array.isArray(list)) throw new MongoCommandError(40081, 'Location40081', `$in requires an array as a second argument, found: ${typeof list}`);
  const strings = collationOf(options)?.compare;
  return list.some((v) => compareValues(item, v, strings) === 0);
};

export const expressionOverrides = {
  $eq: comparison('$eq', (c) => c === 0),
  $ne: comparison('$ne', (c) => c !== 0),
  $gt: comparison('$gt', (c) => c > 0),
  $gte: comparison('$gte', (c) => c >= 0),
  $lt: comparison('$lt', (c) => c < 0),
  $lte: comparison('$lte', (c) => c <= 0),
  $cmp: comparison('$cmp', (c) => Math.sign(c)),
  $in,
};
