/** Indexes and databases. */
import type { Document } from 'bson';
import { Collection, ID_INDEX_NAME } from '../collection.ts';
import { MongoCommandError, namespaceNotFound, typeMismatch } from '../errors.ts';
import { defaultIndexName, type KeyPattern } from '../indexes.ts';
import { compileFilter } from '../query.ts';
import { viewNotCollection } from '../views.ts';
import { type CommandContext, type CommandHandler, optionalDocument, targetCollection } from './context.ts';

/** The collection an index command names: a view has no indexes. */
function existing(ctx: CommandContext, name: string): Collection {
  const found = ctx.databases.namespace(ctx.db, name);
  if (!found) throw namespaceNotFound(`ns does not exist: ${ctx.db}.${name}`);
  if (!(found instanceof Collection)) throw viewNotCollection(found.ns);
  return found;
}

const createIndexes: CommandHandler = async (cmd, ctx) => {
  const name = targetCollection(cmd, 'createIndexes');
  if (!Array.isArray(cmd.indexes) || cmd.indexes.length === 0) throw typeMismatch('indexes must be a non-empty array');
  const created = !ctx.databases.collection(ctx.db, name);
  const coll = ctx.databases.ensureCollection(ctx.db, name);
  const before = coll.indexes.size + 1;
  const outcomes = (cmd.indexes as Document[]).map((spec) => coll.createIndex(spec));
  await ctx.durable();
  return {
    createdCollectionAutomatically: created,
    numIndexesBefore: before,
    numIndexesAfter: coll.indexes.size + 1,
    ...(outcomes.every((o) => o === 'exists') ? { note: 'all indexes already exist' } : {}),
    ok: 1,
  };
};

const listIndexes: CommandHandler = (cmd, ctx) => {
  const coll = existing(ctx, targetCollection(cmd, 'listIndexes'));
  const specs = [coll.idSpec(), ...[...coll.indexes.values()].map((i) => i.spec)];
  return ctx.cursors.open(`${ctx.db}.${coll.name}`, specs, optionalDocument(cmd, 'cursor')?.batchSize);
};

function indexNamesToDrop(coll: Collection, index: unknown): string[] {
  if (index === '*') return [...coll.indexes.keys()];
  if (typeof index === 'string') return [index];
  if (Array.isArray(index)) return index.map(String);
  if (index && typeof index === 'object') {
    const wanted = JSON.stringify(index);
    const match = [...coll.indexes.values()].find((i) => JSON.stringify(i.spec.key) === wanted);
    if (wanted === JSON.stringify({ _id: 1 })) return [ID_INDEX_NAME];
    if (!match) throw new MongoCommandError(27, 'IndexNotFound', `can't find index with key: ${defaultIndexName(index as KeyPattern)}`);
    return [match.name];
  }
  throw typeMismatch('index must be a string, an array of strings or a key pattern');
}

const dropIndexes: CommandHandler = async (cmd, ctx) => {
  const coll = existing(ctx, targetCollection(cmd, Object.keys(cmd)[0]!));
  const nIndexesWas = coll.indexes.size + 1;
  const names = indexNamesToDrop(coll, cmd.index);
  for (const name of names) {
    if (name === ID_INDEX_NAME) throw new MongoCommandError(72, 'InvalidOptions', 'cannot drop _id index');
    if (!coll.indexes.has(name)) throw new MongoCommandError(27, 'IndexNotFound', `index not found with name [${name}]`);
  }
  for (const name of names) coll.dropIndex(name);
  await ctx.durable();
  return { nIndexesWas, ok: 1 };
};

const dropDatabase: CommandHandler = async (_cmd, ctx) => {
  ctx.databases.dropDatabase(ctx.db);
  await ctx.durable();
  return { ok: 1 };
};

function sizeOf(namespaces: Iterable<unknown>): number {
  let bytes = 0;
  for (const c of namespaces) if (c instanceof Collection) for (const stored of c.docs.values()) bytes += stored.length;
  return bytes;
}

const listDatabases: CommandHandler = (cmd, ctx) => {
  if (ctx.db !== 'admin') throw new MongoCommandError(13, 'Unauthorized', 'listDatabases may only be run against the admin database.');
  const matches = compileFilter(optionalDocument(cmd, 'filter'));
  const databases = [...ctx.databases.byName.entries()]
    .map(([name, colls]) => ({ name, sizeOnDisk: sizeOf(colls.values()), empty: colls.size === 0 }))
    .filter(matches);
  if (cmd.nameOnly === true) return { databases: databases.map(({ name }) => ({ name })), ok: 1 };
  const totalSize = databases.reduce((n, d) => n + d.sizeOnDisk, 0);
  return { databases, totalSize, totalSizeMb: Math.floor(totalSize / 1024 / 1024), ok: 1 };
};

export const adminCommands: Record<string, CommandHandler> = {
  createIndexes,
  listIndexes,
  dropIndexes,
  deleteIndexes: dropIndexes,
  dropDatabase,
  listDatabases,
};
