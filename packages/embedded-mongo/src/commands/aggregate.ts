/** aggregate: over a collection, a view (its pipeline first) or the database ($documents). */
import type { Document } from 'bson';
import { MongoCommandError, typeMismatch } from '../errors.ts';
import type { Evaluation } from '../query.ts';
import { readView, runPipeline, viewCollation } from '../reads.ts';
import { defineVariables } from '../variables.ts';
import { View } from '../views.ts';
import { type CommandHandler, nonNegativeInt, operationCollation, optionalDocument, targetCollection } from './context.ts';

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
  const found = collectionLevel ? ctx.databases.namespace(ctx.db, name) : undefined;
  const variables = defineVariables(cmd.let, 'let');
  let results: Document[];
  if (found instanceof View) {
    const evaluation: Evaluation = { collation: viewCollation(found, cmd.collation), variables };
    results = readView(ctx.databases, found, pipeline, evaluation);
  } else {
    const evaluation: Evaluation = { collation: operationCollation(cmd.collation, found), variables };
    results = runPipeline(ctx.databases, ctx.db, found, pipeline, evaluation);
  }
  return ctx.cursors.open(`${ctx.db}.${name}`, results, cursorOpts ? nonNegativeInt(cursorOpts, 'batchSize') : undefined);
};

export const aggregateCommands: Record<string, CommandHandler> = { aggregate };
