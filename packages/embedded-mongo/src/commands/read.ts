/** find, getMore, killCursors, count, distinct: over a collection, or through a view's pipeline. */
import type { Document } from 'bson';
import { compareBson, keyOf } from '../bson-order.ts';
import type { Collection } from '../collection.ts';
import type { ResultItem } from '../cursors.ts';
import { badValue, typeMismatch } from '../errors.ts';
import { FieldSelection } from '../field-selection.ts';
import { fieldsOfPaths, fieldsOfSort } from '../fields-read.ts';
import { valuesAtPath } from '../indexes.ts';
import { compileFilter, type Evaluation, project } from '../query.ts';
import { readView, viewCollation } from '../reads.ts';
import { sortDocuments } from '../sorting.ts';
import { copyOf, type Found } from '../stored-doc.ts';
import { defineVariables } from '../variables.ts';
import { View } from '../views.ts';
import { type CommandContext, type CommandHandler, nonNegativeInt, operationCollation, optionalDocument, targetCollection } from './context.ts';

/** Matching documents after sort, skip and limit (limit 0 = no limit), with the fields `reading` selects decoded. */
function select(
  coll: Collection | undefined,
  filter: Document | undefined,
  sort: Document | undefined,
  skip: number,
  limit: number,
  evaluation: Evaluation,
  reading = FieldSelection.none,
): Found[] {
  if (!coll) {
    compileFilter(filter, evaluation); // a bad filter is an error even on a missing collection
    return [];
  }
  const sorted = sort && Object.keys(sort).length > 0;
  const enough = !sorted && limit > 0 ? skip + limit : Infinity;
  const matches = coll.find(filter, enough, evaluation, sorted ? reading.union(fieldsOfSort(sort)) : reading);
  if (sorted) sortDocuments(matches, sort, (m) => m.fields, evaluation.collation);
  return matches.slice(skip, limit > 0 ? skip + limit : undefined);
}

const hasKeys = (doc: Document | undefined): doc is Document => doc !== undefined && Object.keys(doc).length > 0;

/** The stages that do what find's options do, appended to a view's pipeline. */
function findStages(filter: Document | undefined, sort: Document | undefined, skip: number, limit: number, projection?: Document): Document[] {
  return [
    ...(hasKeys(filter) ? [{ $match: filter }] : []),
    ...(hasKeys(sort) ? [{ $sort: sort }] : []),
    ...(skip > 0 ? [{ $skip: skip }] : []),
    ...(limit > 0 ? [{ $limit: limit }] : []),
    ...(hasKeys(projection) ? [{ $project: projection }] : []),
  ];
}

/** What a read names: a collection (maybe missing) or a view, and what it evaluates with (its collation and `let`). */
function readTarget(ctx: CommandContext, name: string, cmd: Document): { coll?: Collection; view?: View; evaluation: Evaluation } {
  const found = ctx.databases.namespace(ctx.db, name);
  const variables = defineVariables(cmd.let, 'let');
  if (found instanceof View) return { view: found, evaluation: { collation: viewCollation(found, cmd.collation), variables } };
  return { coll: found, evaluation: { collation: operationCollation(cmd.collation, found), variables } };
}

function batchSizeOf(cmd: Document, holder: Document | undefined = cmd): number | undefined {
  return holder ? nonNegativeInt(holder, 'batchSize') : undefined;
}

const find: CommandHandler = (cmd, ctx) => {
  const name = targetCollection(cmd, 'find');
  const rawLimit = cmd.limit === undefined ? 0 : Number(cmd.limit);
  if (!Number.isInteger(rawLimit)) throw typeMismatch('limit must be an integer');
  const [filter, sort, projection] = [optionalDocument(cmd, 'filter'), optionalDocument(cmd, 'sort'), optionalDocument(cmd, 'projection')];
  const skip = nonNegativeInt(cmd, 'skip') ?? 0;
  const { coll, view, evaluation } = readTarget(ctx, name, cmd);
  let items: ResultItem[];
  if (view) items = readView(ctx.databases, view, findStages(filter, sort, skip, Math.abs(rawLimit), projection), evaluation);
  else {
    const matches = select(coll, filter, sort, skip, Math.abs(rawLimit), evaluation);
    // Decoded whole only after sort, skip and limit, and only to be projected.
    const decoded = hasKeys(projection) ? matches.map((m) => copyOf(m.stored)) : undefined;
    items = decoded ? project(decoded, projection, evaluation) : matches.map((m) => m.stored);
  }
  // A negative limit is the legacy "single batch" request.
  const singleBatch = cmd.singleBatch === true || rawLimit < 0;
  return ctx.cursors.open(`${ctx.db}.${name}`, items, batchSizeOf(cmd), singleBatch);
};

const getMore: CommandHandler = (cmd, ctx) => {
  if (typeof cmd.collection !== 'string') throw typeMismatch('collection must be a string');
  return ctx.cursors.getMore(cmd.getMore, `${ctx.db}.${cmd.collection}`, batchSizeOf(cmd));
};

const killCursors: CommandHandler = (cmd, ctx) => {
  if (!Array.isArray(cmd.cursors)) throw typeMismatch('cursors must be an array');
  return ctx.cursors.kill(cmd.cursors);
};

/** The documents matching a count's or distinct's query (with skip and limit), with (at least) the fields `reading` selects. */
function matching(
  ctx: CommandContext,
  name: string,
  cmd: Document,
  skip: number,
  limit: number,
  reading: FieldSelection,
): { docs: Document[]; evaluation: Evaluation } {
  const query = optionalDocument(cmd, 'query');
  const { coll, view, evaluation } = readTarget(ctx, name, cmd);
  if (view) return { docs: readView(ctx.databases, view, findStages(query, undefined, skip, limit), evaluation), evaluation };
  return { docs: select(coll, query, undefined, skip, limit, evaluation, reading).map((m) => m.fields), evaluation };
}

const count: CommandHandler = (cmd, ctx) => {
  const name = targetCollection(cmd, 'count');
  const skip = nonNegativeInt(cmd, 'skip') ?? 0;
  const limit = Math.abs(Number(cmd.limit ?? 0));
  return { n: matching(ctx, name, cmd, skip, limit, FieldSelection.none).docs.length, ok: 1 };
};

const distinct: CommandHandler = (cmd, ctx) => {
  const name = targetCollection(cmd, 'distinct');
  if (typeof cmd.key !== 'string') throw typeMismatch("'key' must be a string");
  if (cmd.key.startsWith('$')) throw badValue(`'key' cannot start with '$'`);
  const { docs, evaluation } = matching(ctx, name, cmd, 0, 0, fieldsOfPaths([cmd.key]));
  const collation = evaluation.collation;
  // Values the collation calls equal are one value: the first one met stands for them.
  const strings = collation?.strings();
  const seen = new Map<string, unknown>();
  for (const doc of docs) {
    for (const v of valuesAtPath(doc, cmd.key)) {
      const key = keyOf(v, strings?.keyOf);
      if (v !== undefined && !seen.has(key)) seen.set(key, v);
    }
  }
  return { values: [...seen.values()].sort((a, b) => compareBson(a, b, collation?.compare)), ok: 1 };
};

export const readCommands: Record<string, CommandHandler> = {
  find,
  getMore,
  killCursors,
  count,
  distinct,
};
