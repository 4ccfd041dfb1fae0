/**
 * aggregate: over a collection, a view (its pipeline first) or the database ($documents); a final
 * `$out` or `$merge` writes the results (see output-stages.ts) and the reply's cursor is empty.
 */
import type { Document } from 'bson';
import { MongoCommandError, typeMismatch } from '../errors.ts';
import { OUTPUT_STAGES, outputStageOf, writeOutput } from '../output-stages.ts';
import { type Evaluation, isPipelineStage } from '../query.ts';
import { readView, runPipeline, viewCollation } from '../reads.ts';
import { defineVariables } from '../variables.ts';
import { View } from '../views.ts';
import { type CommandHandler, nonNegativeInt, operationCollation, optionalDocument, targetCollection } from './context.ts';

/** Stages the store does not run (they report on a server or stream changes). */
const UNSUPPORTED_STAGES = new Set(['$changeStream', '$currentOp', '$collStats', '$indexStats', '$listSessions', '$planCacheStats']);

/** Each stage is an object with one field naming a known stage, as mongod parses a pipeline. */
function assertStages(pipeline: unknown[]): asserts pipeline is Document[] {
  for (const stage of pipeline) {
    if (stage === null || typeof stage !== 'object' || Array.isArray(stage)) throw typeMismatch("Each element of the 'pipeline' array must be an object");
    const names = Object.keys(stage);
    if (names.length !== 1) throw new MongoCommandError(40323, 'Location40323', 'A pipeline stage specification object must contain exactly one field.');
    const name = names[0]!;
    if (UNSUPPORTED_STAGES.has(name)) throw new MongoCommandError(115, 'CommandNotSupported', `${name} is not supported by the embedded store`);
    if (!OUTPUT_STAGES.has(name) && !isPipelineStage(name)) throw new MongoCommandError(40324, 'Location40324', `Unrecognized pipeline stage name: '${name}'`);
  }
}

const aggregate: CommandHandler = async (cmd, ctx) => {
  const pipeline = cmd.pipeline;
  if (!Array.isArray(pipeline)) throw typeMismatch("'pipeline' option must be specified as an array");
  assertStages(pipeline);
  const { stages, output } = outputStageOf(pipeline);
  const cursorOpts = optionalDocument(cmd, 'cursor');
  if (!cursorOpts && cmd.explain !== true)
    throw new MongoCommandError(9, 'FailedToParse', "The 'cursor' option is required, except for aggregate with the explain argument");
  const collectionLevel = typeof cmd.aggregate === 'string';
  const name = collectionLevel ? targetCollection(cmd, 'aggregate') : '$cmd.aggregate';
  const found = collectionLevel ? ctx.databases.namespace(ctx.db, name) : undefined;
  const variables = defineVariables(cmd.let, 'let');
  const evaluation: Evaluation =
    found instanceof View ? { collation: viewCollation(found, cmd.collation), variables } : { collation: operationCollation(cmd.collation, found), variables };
  const results = found instanceof View ? readView(ctx.databases, found, stages, evaluation) : runPipeline(ctx.databases, ctx.db, found, stages, evaluation);
  const batchSize = cursorOpts ? nonNegativeInt(cursorOpts, 'batchSize') : undefined;
  if (!output) return ctx.cursors.open(`${ctx.db}.${name}`, results, batchSize);
  try {
    writeOutput(ctx.databases, output, results, { db: ctx.db, evaluation, bypassValidation: cmd.bypassDocumentValidation === true });
  } finally {
    // $merge keeps what it wrote before an error, and that must be durable before the reply.
    await ctx.durable();
  }
  return ctx.cursors.open(`${ctx.db}.${name}`, [], batchSize);
};

export const aggregateCommands: Record<string, CommandHandler> = { aggregate };
