/** insert, update, delete and findAndModify, with MongoDB's per-statement writeErrors. */
import { BSON, type Document } from 'bson';
import { type Collection, copyOf, type StoredDoc } from '../collection.ts';
import { MongoCommandError, toCommandError } from '../errors.ts';
import { assertStorableId } from '../field-names.ts';
import { isOperatorObject, sortDocuments } from '../operators.ts';
import { project } from '../query.ts';
import { UPDATE_STATEMENT_SORT } from '../server-version.ts';
import { applyUpdate, isOperatorUpdate, type UpdateSpec, upsertSeed, withId } from '../updates.ts';
import { type CommandContext, type CommandHandler, optionalDocument, statements, targetCollection } from './context.ts';

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

function insertDocument(coll: Collection, doc: Document, raw?: Uint8Array): StoredDoc {
  assertStorableId(doc._id);
  // The client's bytes are stored as-is unless _id must be added or moved to the front.
  if (raw && Object.keys(doc)[0] === '_id') return coll.insert(doc, Buffer.from(raw));
  const bytes = Buffer.from(BSON.serialize(withId(doc)));
  return coll.insert(BSON.deserialize(bytes), bytes);
}

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
      insertDocument(coll, doc, raw);
      n++;
    },
    () => ({ n }),
  );
};

interface UpdateOutcome {
  matched: number;
  modified: number;
  upsertedId?: unknown;
  /** The document after the update (or the inserted one), for findAndModify. */
  after?: StoredDoc;
}

function updateMatches(coll: Collection, matches: StoredDoc[], q: Document, u: UpdateSpec, arrayFilters: Document[] | undefined): UpdateOutcome {
  let modified = 0;
  let after: StoredDoc | undefined;
  for (const stored of matches) {
    const next = applyUpdate(copyOf(stored), u, { filter: q, arrayFilters, inserting: false });
    after = stored;
    if (next) {
      after = coll.replace(stored, next);
      modified++;
    }
  }
  return { matched: matches.length, modified, after };
}

function upsert(coll: Collection, q: Document, u: UpdateSpec, arrayFilters: Document[] | undefined): UpdateOutcome {
  const replacement = !Array.isArray(u) && !isOperatorUpdate(u);
  const seed = replacement ? (q._id !== undefined && !isOperatorObject(q._id) ? { _id: q._id } : {}) : upsertSeed(q);
  const doc = withId(applyUpdate(seed, u, { filter: {}, arrayFilters, inserting: true }) ?? seed);
  const stored = insertDocument(coll, doc);
  return { matched: 0, modified: 0, upsertedId: stored.doc._id, after: stored };
}

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

function updateOne(coll: Collection, stmt: Document): UpdateOutcome {
  const q = (stmt.q ?? {}) as Document;
  const u = stmt.u as UpdateSpec;
  if (u === null || typeof u !== 'object') throw new MongoCommandError(14, 'TypeMismatch', 'u must be an object or an array');
  const multi = stmt.multi === true;
  if (multi && !Array.isArray(u) && !isOperatorUpdate(u)) {
    throw new MongoCommandError(9, 'FailedToParse', 'multi update is not supported for replacement-style update');
  }
  const arrayFilters = stmt.arrayFilters as Document[] | undefined;
  const first = multi ? undefined : firstBySort(coll, q, optionalDocument(stmt, 'sort'));
  const matches = multi ? coll.find(q) : first ? [first] : [];
  if (matches.length === 0 && stmt.upsert === true) return upsert(coll, q, u, arrayFilters);
  return updateMatches(coll, matches, q, u, arrayFilters);
}

const update: CommandHandler = (cmd, ctx) => {
  const coll = ctx.databases.ensureCollection(ctx.db, targetCollection(cmd, 'update'));
  const stmts = statements(cmd, ctx, 'updates');
  // Parsed before any statement runs: a malformed statement fails the whole command.
  for (const stmt of stmts) assertKnownFields(stmt.doc, UPDATE_STATEMENT_FIELDS, 'update.updates');
  let n = 0;
  let nModified = 0;
  const upserted: Document[] = [];
  return runBatch(
    cmd,
    ctx,
    stmts.length,
    (i) => {
      const r = updateOne(coll, stmts[i]!.doc);
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
  const coll = ctx.databases.collection(ctx.db, targetCollection(cmd, 'delete'));
  const stmts = statements(cmd, ctx, 'deletes');
  let n = 0;
  return runBatch(
    cmd,
    ctx,
    stmts.length,
    (i) => {
      const { q, limit } = stmts[i]!.doc;
      if (limit !== 0 && limit !== 1) throw new MongoCommandError(9, 'FailedToParse', 'The limit field in delete objects must be 0 or 1');
      if (!coll) return;
      for (const stored of coll.find(q ?? {}, limit === 1 ? 1 : Infinity)) {
        coll.delete(stored);
        n++;
      }
    },
    () => ({ n }),
  );
};

function firstBySort(coll: Collection, query: Document, sort: Document | undefined): StoredDoc | undefined {
  if (!sort || Object.keys(sort).length === 0) return coll.find(query, 1)[0];
  return sortDocuments(coll.find(query), sort, (m) => m.doc)[0];
}

function shown(stored: StoredDoc | undefined, fields: Document | undefined): Document | null {
  if (!stored) return null;
  return project([copyOf(stored)], fields)[0] ?? null;
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
  const target = firstBySort(coll, query, sort);
  let reply: Document;
  if (remove) {
    if (target) coll.delete(target);
    reply = { lastErrorObject: { n: target ? 1 : 0 }, value: shown(target, fields), ok: 1 };
  } else if (target) {
    const r = updateMatches(coll, [target], query, u!, cmd.arrayFilters as Document[] | undefined);
    reply = { lastErrorObject: { n: 1, updatedExisting: true }, value: shown(cmd.new === true ? r.after : target, fields), ok: 1 };
  } else if (cmd.upsert === true) {
    const r = upsert(coll, query, u!, cmd.arrayFilters as Document[] | undefined);
    reply = {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: r.upsertedId },
      value: cmd.new === true ? shown(r.after, fields) : null,
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
