/** Collections and views: create, collMod, drop, listCollections. */
import type { Document } from 'bson';
import { Collation } from '../collation.ts';
import { Collection } from '../collection.ts';
import { MongoCommandError, namespaceNotFound } from '../errors.ts';
import { compileFilter } from '../query.ts';
import { DocumentValidation } from '../validation.ts';
import { View, viewOptions } from '../views.ts';
import { type CommandHandler, optionalDocument, targetCollection } from './context.ts';

/** Fields of a command that are protocol envelope, not collection options. */
const ENVELOPE = new Set(['$db', 'lsid', '$readPreference', 'writeConcern', 'comment', 'apiVersion', 'apiStrict', 'apiDeprecationErrors']);

const optionsOf = (cmd: Document, command: string): Document => Object.fromEntries(Object.entries(cmd).filter(([k]) => k !== command && !ENVELOPE.has(k)));

/** A collection's options as kept (and shown by listCollections): the collation in full, the validation checked. */
function collectionOptions(options: Document): Document {
  if (options.pipeline !== undefined) throw new MongoCommandError(72, 'InvalidOptions', "'pipeline' requires 'viewOn' to also be specified");
  const { collation, ...rest } = options;
  DocumentValidation.of(rest);
  const parsed = Collation.parse(collation);
  return parsed ? { ...rest, collation: { ...parsed.spec } } : rest;
}

const create: CommandHandler = async (cmd, ctx) => {
  const name = targetCollection(cmd, 'create');
  const options = optionsOf(cmd, 'create');
  ctx.databases.createCollection(ctx.db, name, options.viewOn !== undefined ? viewOptions(options) : collectionOptions(options));
  await ctx.durable();
  return { ok: 1 };
};

/** collMod options: what the store changes, per kind of namespace, and what mongod knows but the store does not do. */
const COLLECTION_CHANGES = new Set(['validator', 'validationLevel', 'validationAction']);
const VIEW_CHANGES = new Set(['viewOn', 'pipeline']);
const UNSUPPORTED_CHANGES = new Set([
  'index',
  'expireAfterSeconds',
  'changeStreamPreAndPostImages',
  'recordPreImages',
  'timeseries',
  'cappedSize',
  'cappedMax',
  'dryRun',
  'clusteredIndex',
  'timeseriesBucketsMayHaveMixedSchemaData',
]);

const collMod: CommandHandler = async (cmd, ctx) => {
  const name = targetCollection(cmd, 'collMod');
  const found = ctx.databases.namespace(ctx.db, name);
  if (!found) throw namespaceNotFound(`ns does not exist: ${ctx.db}.${name}`);
  const changes = optionsOf(cmd, 'collMod');
  for (const option of Object.keys(changes)) {
    if (UNSUPPORTED_CHANGES.has(option))
      throw new MongoCommandError(115, 'CommandNotSupported', `collMod option '${option}' is not supported by the embedded store`);
    if (!COLLECTION_CHANGES.has(option) && !VIEW_CHANGES.has(option)) {
      throw new MongoCommandError(40415, 'Location40415', `BSON field 'collMod.${option}' is an unknown field.`);
    }
    const allowed = found instanceof View ? VIEW_CHANGES : COLLECTION_CHANGES;
    if (!allowed.has(option)) {
      throw new MongoCommandError(
        72,
        'InvalidOptions',
        found instanceof View ? `option not supported on a view: ${option}` : `option only supported on a view: ${option}`,
      );
    }
  }
  const next = { ...found.options, ...changes };
  if (found instanceof View) ctx.databases.redefineView(found, viewOptions(next));
  else found.setOptions(collectionOptions(next));
  await ctx.durable();
  return { ok: 1 };
};

const drop: CommandHandler = async (cmd, ctx) => {
  const name = targetCollection(cmd, 'drop');
  const dropped = ctx.databases.dropCollection(ctx.db, name);
  await ctx.durable();
  return { nIndexesWas: dropped instanceof Collection ? dropped.indexes.size + 1 : 0, ns: `${ctx.db}.${name}`, ok: 1 };
};

const listCollections: CommandHandler = (cmd, ctx) => {
  const matches = compileFilter(optionalDocument(cmd, 'filter'));
  const nameOnly = cmd.nameOnly === true;
  const infos = [...(ctx.databases.byName.get(ctx.db)?.values() ?? [])]
    .map((c) =>
      c instanceof View
        ? { name: c.name, type: 'view', options: c.options, info: { readOnly: true } }
        : { name: c.name, type: 'collection', options: c.options, info: { readOnly: false }, idIndex: c.idSpec() },
    )
    .filter(matches)
    .map((info) => (nameOnly ? { name: info.name, type: info.type } : info));
  return ctx.cursors.open(`${ctx.db}.$cmd.listCollections`, infos, optionalDocument(cmd, 'cursor')?.batchSize);
};

export const namespaceCommands: Record<string, CommandHandler> = { create, collMod, drop, listCollections };
