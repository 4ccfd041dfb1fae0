/** find, getMore, killCursors, aggregate, count, distinct. */
import type { Document } from 'bson';
import { compareBson, keyOf } from '../bson-order.ts';
import { type Collection, copyOf, type StoredDoc } from '../collection.ts';
import type { ResultItem } from '../cursors.ts';
import { badValue, MongoCommandError, typeMismatch } from '../errors.ts';
import { valuesAtPath } from '../indexes.ts';
import { compileFilter, type Evaluation, project, aggregate as runPipeline } from '../query.ts';
import { sortDocuments } from '../sorting.ts';
import { defineVariables } from '../variables.ts';
import { type CommandHandler, nonNegativeInt, operationCollation, optionalDocument, targetCollection } from './context.ts';

/** Matching documents after sort, skip and limit (limit 0 = no limit). */
function select(
  coll: Collection | undefined,
  filter: Document | undefined,
  sort: Document | undefined,
  skip: number,
  limit: number,
  evaluation?: Evaluation,
): StoredDoc[] {
  if (!coll) {
    compileFilter(filter, evaluation); // a bad filter is an error even on a missing collection
    return [];
  }
  const sorted = sort && Object.keys(sort).length > 0;
  const enough = !sorted && limit > 0 ? skip + limit : Infinity;
  const matches = coll.find(filter, enough, evaluation);
  if (sorted) sortDocuments(matches, sort, (m) => m.doc, evaluation?.collation);
  return matches.slice(skip, limit > 0 ? skip + limit : undefined);
}

function batchSizeOf(cmd: Document, holder: Document | undefined = cmd): number | undefined {
  return holder ? nonNegativeInt(holder, 'batchSize') : undefined;
}

const find: CommandHandler = (cmd, ctx) => {
  const name = targetCollection(cmd, 'find');
  const rawLimit = cmd.limit === undefined ? 0 : Number(cmd.limit);
  if (!Number.isInteger(rawLimit)) throw typeMismatch('limit must be an integer');
  const projection = optionalDocument(cmd, 'projection');
  const coll = ctx.databases.collection(ctx.db, name);
  const evaluation: Evaluation = { collation: operationCollation(cmd.collation, coll), variables: defineVariables(cmd.let, 'let') };
  const matches = select(
    coll,
    optionalDocument(cmd, 'filter'),
    optionalDocument(cmd, 'sort'),
    nonNegativeInt(cmd, 'skip') ?? 0,
    Math.abs(rawLimit),
    evaluation,
  );
  const items: ResultItem[] =
    projection && Object.keys(projection).length > 0 ? project(matches.map(copyOf), projection, evaluation) : matches.map((m) => m.raw);
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

/** Stages that never modify their input documents in mingo, so stored documents need no copy. */
const READ_ONLY_STAGES = new Set(['$match', '$group', '$sort', '$limit', '$skip', '$count', '$sortByCount']);

const UNSUPPORTED_STAGES = new Set(['$out', '$merge', '$changeStream', '$currentOp', '$collStats', '$indexStats']);

const aggregate: CommandHandler = (cmd, ctx) => {
  const pipeline = cmd.pipeline;
  if (!Array.isArray(pipeline)) throw typeMismatch("'pipeline' option must be specified as an array");
  for (const stage of pipeline as Document[]) {
    const op = Object.keys(stage)[0];
    if (op && UNSUPPORTED_STAGES.has(op)) throw new MongoCommandError(115, 'CommandNotSupported', `${op} is not supported by the embedded store`);
  }
  const cursorOpts = optionalDocument(cmd, 'cursor');
  if (!cursorOpts && cmd.explain !== true)
    throw new MongoCommandError(9, 'FailedToParse', "The 'cursor' option is required, except for aggregate with the explain argument");
  const collectionLevel = typeof cmd.aggregate === 'string';
  const name = collectionLevel ? targetCollection(cmd, 'aggregate') : '$cmd.aggregate';
  const coll = collectionLevel ? ctx.databases.collection(ctx.db, name) : undefined;
  // A leading $match is answered through the collection so it can use an index.
  const first = pipeline[0] as Document | undefined;
  const leadingMatch = first && Object.keys(first).length === 1 && first.$match ? (first.$match as Document) : undefined;
  const rest = (leadingMatch ? pipeline.slice(1) : pipeline) as Document[];
  const readOnly = rest.every((stage) => READ_ONLY_STAGES.has(Object.keys(stage)[0] ?? ''));
  const evaluation: Evaluation = { collation: operationCollation(cmd.collation, coll), variables: defineVariables(cmd.let, 'let') };
  const input = coll ? coll.find(leadingMatch, Infinity, evaluation).map((m) => (readOnly ? m.doc : copyOf(m))) : [];
  const resolver = (other: string) => ctx.databases.collection(ctx.db, other)?.find(undefined).map(copyOf) ?? [];
  const results = runPipeline(input, rest, evaluation, resolver);
  return ctx.cursors.open(`${ctx.db}.${name}`, results, batchSizeOf(cmd, cursorOpts));
};

const count: CommandHandler = (cmd, ctx) => {
  const name = targetCollection(cmd, 'count');
  const skip = nonNegativeInt(cmd, 'skip') ?? 0;
  const limit = Math.abs(Number(cmd.limit ?? 0));
  const coll = ctx.databases.collection(ctx.db, name);
  const n = select(coll, optionalDocument(cmd, 'query'), undefined, skip, limit, { collation: operationCollation(cmd.collation, coll) }).length;
  return { n, ok: 1 };
};

const distinct: CommandHandler = (cmd, ctx) => {
  const name = targetCollection(cmd, 'distinct');
  if (typeof cmd.key !== 'string') throw typeMismatch("'key' must be a string");
  if (cmd.key.startsWith('$')) throw badValue(`'key' cannot start with '$'`);
  const coll = ctx.databases.collection(ctx.db, name);
  const collation = operationCollation(cmd.collation, coll);
  // Values the collation calls equal are one value: the first one met stands for them.
  const strings = collation?.strings();
  const seen = new Map<string, unknown>();
  for (const m of select(coll, optionalDocument(cmd, 'query'), undefined, 0, 0, { collation })) {
    for (const v of valuesAtPath(m.doc, cmd.key)) {
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
  aggregate,
  count,
  distinct,
};
