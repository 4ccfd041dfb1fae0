/** mingo glue: one operator context with the BSON-aware overrides, and the calls the store makes. */
import type { Document } from 'bson';
import { Aggregator } from 'mingo/aggregator';
import { Context, evalExpr, OpType } from 'mingo/core';
import { Lazy } from 'mingo/lazy';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import { Query } from 'mingo/query';
import type { Options } from 'mingo/types';
import type { Collation } from './collation.ts';
import { toCommandError } from './errors.ts';
import { expressionOverrides } from './expressions.ts';
import { compileJsonSchema } from './json-schema.ts';
import { queryOverrides } from './operators.ts';
import { pipelineOverrides } from './stages.ts';

type OperatorMaps = NonNullable<Parameters<typeof Context.init>[0]>;

const context = Context.init({
  accumulator: accumulatorOperators,
  expression: { ...expressionOperators, ...expressionOverrides } as unknown as OperatorMaps['expression'],
  pipeline: { ...pipelineOperators, ...pipelineOverrides } as unknown as OperatorMaps['pipeline'],
  projection: projectionOperators,
  query: { ...queryOperators, ...queryOverrides } as unknown as OperatorMaps['query'],
  window: windowOperators,
});

export type CollectionResolver = (name: string) => Document[];

/** What an operation evaluates with, besides the documents: its collation and its `let` variables. */
export interface Evaluation {
  collation?: Collation;
  variables?: Document;
}

/** `$jsonSchema` in a query: a document matches when it fails no rule. */
function jsonSchemaValidator(schema: Document): (doc: Document) => boolean {
  const check = compileJsonSchema(schema);
  return (doc) => check(doc).length === 0;
}

export function options(evaluation?: Evaluation, collectionResolver?: CollectionResolver): Partial<Options> {
  return {
    context,
    collectionResolver,
    jsonSchemaValidator,
    idKey: '_id',
    collation: evaluation?.collation?.spec as Options['collation'],
    variables: evaluation?.variables,
  };
}

/** Wraps mingo's plain Errors (bad operators, bad arguments) as BadValue. */
export function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw toCommandError(err);
  }
}

export type Matcher = (doc: Document) => boolean;

export function compileFilter(filter: Document | undefined, evaluation?: Evaluation): Matcher {
  if (!filter || Object.keys(filter).length === 0) return () => true;
  return guarded(() => {
    const q = new Query(filter, options(evaluation));
    return (doc: Document) => q.test(doc);
  });
}

export function project(docs: Document[], projection: Document | undefined, evaluation?: Evaluation): Document[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  return guarded(() => pipelineOverrides.$project(Lazy(docs), projection, options(evaluation) as Options).collect() as Document[]);
}

/** The value of an aggregation expression for a document; by default one referring to none (a `let` variable's definition). */
export function evaluate(expr: unknown, evaluation?: Evaluation, doc: Document = {}): unknown {
  return guarded(() => evalExpr(doc, expr, options(evaluation) as Options));
}

/** Whether mingo (with the store's overrides) knows a pipeline stage. */
export function isPipelineStage(name: string): boolean {
  return context.getOperator(OpType.PIPELINE, name) !== null;
}

export function aggregate(docs: Document[], pipeline: Document[], evaluation?: Evaluation, resolver?: CollectionResolver): Document[] {
  return guarded(() => new Aggregator(pipeline, options(evaluation, resolver)).run(docs) as Document[]);
}
