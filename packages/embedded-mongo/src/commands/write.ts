/** insert, update, delete and findAndModify, with MongoDB's per-statement writeErrors. */
import type { Document } from 'bson';
import type { Collection } from '../collection.ts';
import { MongoCommandError, toCommandError } from '../errors.ts';
import { type Evaluation, project } from '../query.ts';
import { UPDATE_STATEMENT_SORT } from '../server-version.ts';
import { copyOf, type StoredDoc } from '../stored-doc.ts';
import { isOperatorUpdate, type UpdateSpec } from '../updates.ts';
import { defineVariables } from '../variables.ts';
import { View, viewNotCollection } from '../views.ts';
import { firstBySort, insertDocument, type UpdateOutcome, type UpdateRequest, updateDocuments, upsertDocument } from '../writes.ts';
import { type CommandContext, type CommandHandler, operationCollation, optionalDocument, statements, targetCollection } from './context.ts';

interface WriteError {
  index: number;
  code: number;
  errmsg: string;
  [extra: string]: unknown;
}

/**
 * Runs each statement, collecting writeErrors; an ordered batch stops at the first failure.
 * Replies only after everything written is durable.
 */
async function runBatch(cmd: Document, ctx: CommandContext, count: number, run: (i: number) => void, reply: () => Document): Promise<Document> {
  const ordered = cmd.ordered !== false;
  const writeErrors: WriteError[] = [];
  for (let i = 0; i < count; i++) {
    try {
      run(i);
    } catch (err) {
      const e = toCommandError(err);
      writeErrors.push({ index: i, code: e.code, errmsg: e.message, ...e.extra });
      if (ordered) break;
    }
  }
  await ctx.durable();
  return writeErrors.length ? { ...reply(), writeErrors, ok: 1 } : { ...reply(), ok: 1 };
}

/** The command's `let` variables, for every statement of it. */
const commandEvaluation = (cmd: Document): Evaluation => ({ variables: defineVariables(cmd.let, 'let') });

const insert: CommandHandler = (cmd, ctx) => {
  const name = targetCollection(cmd, 'insert');
  const docs = statements(cmd, ctx, 'documents');
  const coll = ctx.databases.ensureCollection(ctx.db, name);
  let n = 0;
  return runBatch(
    cmd,
    ctx,
    docs.length,
    (i) => {
      const { doc, raw } = docs[i]!;
      insertDocument(coll, doc, raw, cmd.bypassDocumentValidation === true);
      n++;
    },
    () => ({ n }),
  );
};

/** The fields of an update statement in the version the store reports (8.0 added `sort`). */
const UPDATE_STATEMENT_FIELDS = new Set([
  'q',
  'u',
  'c',
  'arrayFilters',
  'multi',
  'upsert',
  'upsertSupplied',
  'collation',
  'hint',
  'sampleId',
  '$_allowShardKeyUpdatesWithoutFullShardKeyInQuery',
  ...(UPDATE_STATEMENT_SORT ? ['sort'] : []),
]);

/** MongoDB's command parser refuses fields it does not know, naming them by their path. */
function assertKnownFields(doc: Document, known: ReadonlySet<string>, path: string): void {
  for (const field of Object.keys(doc)) {
    if (!known.has(field)) throw new MongoCommandError(40415, 'Location40415', `BSON field '${path}.${field}' is an unknown field.`);
  }
}

function updateRequest(cmd: Document, stmt: Document, evaluation: Evaluation, coll: Collection): UpdateRequest {
  const u = stmt.u as UpdateSpec;
  if (u === null || typeof u !== 'object') throw new MongoCommandError(14, 'TypeMismatch', 'u must be an object or an array');
  // `c` holds constants for a pipeline update, read like `let` variables.
  if (stmt.c !== undefined && !Array.isArray(u))
    throw new MongoCommandError(51198, 'Location51198', 'Constant values may only be specified for pipeline updates');
  const variables = defineVariables(stmt.c, 'c', evaluation);
  const collation = operationCollation(stmt.collation, coll);
  return {
    q: (stmt.q ?? {}) as Document,
    u,
    arrayFilters: stmt.arrayFilters as Document[] | undefined,
    evaluation: { collation, variables },
    bypassValidation: cmd.bypassDocumentValidation === true,
  };
}

const update: CommandHandler = (cmd, ctx) => {
  const coll = ctx.databases.ensureCollection(ctx.db, targetCollection(cmd, 'update'));
  const stmts = statements(cmd, ctx, 'updates');
  // Parsed before any statement runs: a malformed statement fails the whole command.
  for (const stmt of stmts) assertKnownFields(stmt.doc, UPDATE_STATEMENT_FIELDS, 'update.updates');
  const evaluation = commandEvaluation(cmd);
  let n = 0;
  let nModified = 0;
  const upserted: Document[] = [];
  const updateStatement = (stmt: Document): UpdateOutcome => {
    const request = updateRequest(cmd, stmt, evaluation, coll);
    const multi = stmt.multi === true;
    if (multi && !Array.isArray(request.u) && !isOperatorUpdate(request.u)) {
      throw new MongoCommandError(9, 'FailedToParse', 'multi update is not supported for replacement-style update');
    }
    const first = multi ? undefined : firstBySort(coll, request.q, optionalDocument(stmt, 'sort'), request.evaluation);
    const matches = multi ? coll.find(request.q, Infinity, request.evaluation).map((found) => found.stored) : first ? [first] : [];
    if (matches.length === 0 && stmt.upsert === true) return upsertDocument(coll, request);
    return updateDocuments(coll, matches, request);
  };
  return runBatch(
    cmd,
    ctx,
    stmts.length,
    (i) => {
      const r = updateStatement(stmts[i]!.doc);
      n += r.matched;
      nModified += r.modified;
      if (r.upsertedId !== undefined) {
        n++;
        upserted.push({ index: i, _id: r.upsertedId });
      }
    },
    () => ({ n, nModified, ...(upserted.length ? { upserted } : {}) }),
  );
};

const del: CommandHandler = (cmd, ctx) => {
  const found = ctx.databases.namespace(ctx.db, targetCollection(cmd, 'delete'));
  if (found instanceof View) throw viewNotCollection(found.ns);
  const coll = found;
  const stmts = statements(cmd, ctx, 'deletes');
  const evaluation = commandEvaluation(cmd);
  let n = 0;
  return runBatch(
    cmd,
    ctx,
    stmts.length,
    (i) => {
      const { q, limit, collation } = stmts[i]!.doc;
      if (limit !== 0 && limit !== 1) throw new MongoCommandError(9, 'FailedToParse', 'The limit field in delete objects must be 0 or 1');
      const statement = { ...evaluation, collation: operationCollation(collation, coll) };
      if (!coll) return;
      for (const { stored } of coll.find(q ?? {}, limit === 1 ? 1 : Infinity, statement)) {
        coll.delete(stored);
        n++;
      }
    },
    () => ({ n }),
  );
};

function shown(stored: StoredDoc | undefined, fields: Document | undefined, evaluation: Evaluation): Document | null {
  if (!stored) return null;
  return project([copyOf(stored)], fields, evaluation)[0] ?? null;
}

const findAndModify: CommandHandler = async (cmd, ctx) => {
  const name = targetCollection(cmd, Object.keys(cmd)[0]!);
  const query = optionalDocument(cmd, 'query') ?? {};
  const sort = optionalDocument(cmd, 'sort');
  const fields = optionalDocument(cmd, 'fields');
  const remove = cmd.remove === true;
  const u = cmd.update as UpdateSpec | undefined;
  if (remove === (u !== undefined)) throw new MongoCommandError(9, 'FailedToParse', 'Either an update or remove=true must be specified');
  if (remove && cmd.upsert === true) throw new MongoCommandError(9, 'FailedToParse', 'Cannot specify both upsert=true and remove=true');
  const coll = ctx.databases.ensureCollection(ctx.db, name);
  const evaluation = { ...commandEvaluation(cmd), collation: operationCollation(cmd.collation, coll) };
  const target = firstBySort(coll, query, sort, evaluation);
  const request: UpdateRequest = {
    q: query,
    u: u!,
    arrayFilters: cmd.arrayFilters as Document[] | undefined,
    evaluation,
    bypassValidation: cmd.bypassDocumentValidation === true,
  };
  let reply: Document;
  if (remove) {
    if (target) coll.delete(target);
    reply = { lastErrorObject: { n: target ? 1 : 0 }, value: shown(target, fields, evaluation), ok: 1 };
  } else if (target) {
    const r = updateDocuments(coll, [target], request);
    reply = { lastErrorObject: { n: 1, updatedExisting: true }, value: shown(cmd.new === true ? r.after : target, fields, evaluation), ok: 1 };
  } else if (cmd.upsert === true) {
    const r = upsertDocument(coll, request);
    reply = {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: r.upsertedId },
      value: cmd.new === true ? shown(r.after, fields, evaluation) : null,
      ok: 1,
    };
  } else {
    reply = { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
  }
  await ctx.durable();
  return reply;
};

export const writeCommands: Record<string, CommandHandler> = {
  insert,
  update,
  delete: del,
  findAndModify,
  findandmodify: findAndModify,
};
