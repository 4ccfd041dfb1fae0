/** mingo glue: one operator context with the BSON-aware overrides, and the calls the store makes. */
import type { Document } from 'bson';
import { ObjectId } from 'bson';
import { Aggregator } from 'mingo/aggregator';
import { Context } from 'mingo/core';
import { Lazy } from 'mingo/lazy';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import { Query } from 'mingo/query';
import type { Options } from 'mingo/types';
import { updateOne } from 'mingo/updater';
import { resolve } from 'mingo/util';
import { isNumeric } from './bson-order.ts';
import { badValue, MongoCommandError, toCommandError, typeMismatch } from './errors.ts';
import { isOperatorObject, pipelineOverrides, queryOverrides } from './operators.ts';

type OperatorMaps = NonNullable<Parameters<typeof Context.init>[0]>;

const context = Context.init({
  accumulator: accumulatorOperators,
  expression: expressionOperators,
  pipeline: { ...pipelineOperators, ...pipelineOverrides } as unknown as OperatorMaps['pipeline'],
  projection: projectionOperators,
  query: { ...queryOperators, ...queryOverrides } as unknown as OperatorMaps['query'],
  window: windowOperators,
});

export type CollectionResolver = (name: string) => Document[];

function options(collectionResolver?: CollectionResolver): Partial<Options> {
  return { context, collectionResolver, idKey: '_id' };
}

/** Wraps mingo's plain Errors (bad operators, bad arguments) as BadValue. */
function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw toCommandError(err);
  }
}

export type Matcher = (doc: Document) => boolean;

export function compileFilter(filter: Document | undefined): Matcher {
  if (!filter || Object.keys(filter).length === 0) return () => true;
  return guarded(() => {
    const q = new Query(filter, options());
    return (doc: Document) => q.test(doc);
  });
}

export function project(docs: Document[], projection: Document | undefined): Document[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  return guarded(() => pipelineOverrides.$project(Lazy(docs), projection, options() as Options).collect() as Document[]);
}

export function aggregate(docs: Document[], pipeline: Document[], resolver: CollectionResolver): Document[] {
  return guarded(() => new Aggregator(pipeline, options(resolver)).run(docs) as Document[]);
}

export function isOperatorUpdate(update: Document): boolean {
  const keys = Object.keys(update);
  const withDollar = keys.filter((k) => k.startsWith('$')).length;
  if (withDollar > 0 && withDollar < keys.length) {
    throw badValue('Update document cannot mix operators and plain fields');
  }
  return withDollar > 0;
}

export type UpdateSpec = Document | Document[];

/**
 * Applies an update to a private copy of a document. Returns the new document, or undefined if
 * nothing changed. `inserting` makes `$setOnInsert` (which mingo lacks) act as `$set`.
 */
export function applyUpdate(
  doc: Document,
  update: UpdateSpec,
  filter: Document,
  arrayFilters: Document[] | undefined,
  inserting: boolean,
): Document | undefined {
  // A replacement keeps the old _id; one that names a different _id fails later as ImmutableField.
  if (!Array.isArray(update) && !isOperatorUpdate(update)) return { _id: doc._id, ...update };
  let modifier: UpdateSpec = update;
  if (!Array.isArray(update) && '$setOnInsert' in update) {
    const { $setOnInsert, ...rest } = update;
    modifier = inserting ? { ...rest, $set: { ...(rest.$set as Document | undefined), ...$setOnInsert } } : rest;
  }
  if (!Array.isArray(modifier) && Object.keys(modifier).length === 0) return inserting ? doc : undefined;
  if (!Array.isArray(modifier)) assertArithmetic(doc, modifier);
  const result = guarded(() => updateOne([doc], filter, modifier as Document, { arrayFilters, cloneMode: 'copy' }, options()));
  if (result.modifiedCount === 0) return inserting ? doc : undefined;
  return doc;
}

/** mingo would concatenate or produce NaN where MongoDB refuses arithmetic on non-numbers. */
function assertArithmetic(doc: Document, modifier: Document): void {
  for (const op of ['$inc', '$mul'] as const) {
    const fields = modifier[op] as Document | undefined;
    if (!fields) continue;
    for (const [path, by] of Object.entries(fields)) {
      if (!isNumeric(by)) throw typeMismatch(`Cannot ${op === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${JSON.stringify(by)}}`);
      const current = path.includes('$') ? undefined : resolve(doc, path);
      if (current !== undefined && !isNumeric(current)) {
        throw typeMismatch(
          `Cannot apply ${op} to a value of non-numeric type. {_id: ${JSON.stringify(doc._id)}} has the field '${path}' of non-numeric type ${typeof current}`,
        );
      }
    }
  }
}

/** The document an upsert starts from: the filter's equality conditions on fields and _id. */
export function upsertSeed(filter: Document): Document {
  const seed: Document = {};
  const take = (f: Document) => {
    for (const [path, cond] of Object.entries(f)) {
      if (path === '$and' && Array.isArray(cond)) for (const c of cond) take(c as Document);
      if (path.startsWith('$')) continue;
      if (!isOperatorObject(cond)) setPath(seed, path, cond);
      else if ('$eq' in cond) setPath(seed, path, cond.$eq);
    }
  };
  take(filter);
  return seed;
}

function setPath(doc: Document, path: string, value: unknown): void {
  const parts = path.split('.');
  let target = doc;
  for (const part of parts.slice(0, -1)) {
    if (target[part] === null || typeof target[part] !== 'object') target[part] = {};
    target = target[part] as Document;
  }
  target[parts[parts.length - 1]!] = value;
}

/** Gives a new document an ObjectId `_id` if it has none, placed first as MongoDB does. */
export function withId(doc: Document): Document {
  const { _id, ...rest } = doc;
  return { _id: _id === undefined ? new ObjectId() : _id, ...rest };
}

export function assertValidDocument(doc: Document): void {
  if (Array.isArray(doc._id)) throw badValue("can't use an array for _id");
  if (doc._id instanceof RegExp) throw badValue("can't use a regex for _id");
  for (const key of Object.keys(doc)) {
    if (key.startsWith('$')) {
      throw new MongoCommandError(2, 'BadValue', `Document can't have $ prefixed field names: ${key}`);
    }
  }
}
