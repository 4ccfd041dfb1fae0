/**
 * Update specifications: a replacement document or update operators (`$set`, ...), applied to a
 * private copy of a document; the document an upsert starts from; the checks MongoDB makes on each.
 */
import { BSON, type Document, ObjectId } from 'bson';
import { updateOne } from 'mingo/updater';
import { resolve } from 'mingo/util';
import { isNumeric } from './bson-order.ts';
import { MongoCommandError, typeMismatch } from './errors.ts';
import { assertModifierPaths, assertReplaceable, topLevelDollarPath } from './field-names.ts';
import { isOperatorObject } from './operators.ts';
import { aggregate, type Evaluation, guarded, isPipelineStage, options } from './query.ts';

export type UpdateSpec = Document | Document[];

/** mingo's update operators, plus `$setOnInsert`, which the store implements itself. */
const UPDATE_OPERATORS = new Set([
  '$addToSet',
  '$bit',
  '$currentDate',
  '$inc',
  '$max',
  '$min',
  '$mul',
  '$pop',
  '$pull',
  '$pullAll',
  '$push',
  '$rename',
  '$set',
  '$setOnInsert',
  '$unset',
]);

const unknownModifier = (name: string) =>
  new MongoCommandError(9, 'FailedToParse', `Unknown modifier: ${name}. Expected a valid update modifier or pipeline-style update specified as an array`);

/** As MongoDB decides: an update whose first field is `$`-prefixed is made of operators, otherwise it is a replacement. */
export function isOperatorUpdate(update: Document): boolean {
  const keys = Object.keys(update);
  if (!keys[0]?.startsWith('$')) return false;
  for (const key of keys) if (!UPDATE_OPERATORS.has(key)) throw unknownModifier(key);
  return true;
}

export interface UpdateTarget {
  /** The statement's filter: the positional `$` operator refers to the array element it matched. */
  filter: Document;
  arrayFilters?: Document[];
  /** The document is being created by an upsert: `$setOnInsert` applies, and field names follow insert rules. */
  inserting: boolean;
  evaluation?: Evaluation;
}

/** Applies an update to a private copy of a document. Returns the new document, or undefined if nothing changed. */
export function applyUpdate(doc: Document, update: UpdateSpec, target: UpdateTarget): Document | undefined {
  if (Array.isArray(update)) return withPipeline(doc, update, target);
  if (!isOperatorUpdate(update)) return replaced(doc, update, target.inserting);
  return withOperators(doc, update, target);
}

/** The stages an update pipeline may have ("Updates with Aggregation Pipeline" in the manual). */
const UPDATE_PIPELINE_STAGES = new Set(['$addFields', '$set', '$project', '$unset', '$replaceRoot', '$replaceWith']);

/** Checks an update pipeline's stages as MongoDB parses them, before any document is touched. */
export function assertUpdatePipeline(stages: unknown[]): void {
  for (const stage of stages) {
    if (stage === null || typeof stage !== 'object' || Array.isArray(stage)) throw typeMismatch("Each element of the 'pipeline' array must be an object");
    const names = Object.keys(stage);
    if (names.length !== 1) throw new MongoCommandError(40323, 'Location40323', 'A pipeline stage specification object must contain exactly one field.');
    const name = names[0]!;
    if (!isPipelineStage(name)) throw new MongoCommandError(40324, 'Location40324', `Unrecognized pipeline stage name: '${name}'`);
    if (!UPDATE_PIPELINE_STAGES.has(name)) throw new MongoCommandError(72, 'InvalidOptions', `${name} is not allowed to be used within an update`);
  }
}

/**
 * The pipeline's output replaces the document; a pipeline that dropped `_id` keeps the old one
 * (changing it fails later as ImmutableField). Unchanged means byte-for-byte the same document.
 */
function withPipeline(doc: Document, stages: Document[], { arrayFilters, inserting, evaluation }: UpdateTarget): Document | undefined {
  if (arrayFilters) throw new MongoCommandError(9, 'FailedToParse', 'arrayFilters may not be specified for pipeline-style updates');
  assertUpdatePipeline(stages);
  const before = inserting ? undefined : BSON.serialize(doc);
  const [result] = aggregate([doc], stages, evaluation);
  const next = result && '_id' in result ? result : { _id: doc._id, ...result };
  if (before && Buffer.from(before).equals(BSON.serialize(next))) return undefined;
  return next;
}

/** A replacement keeps the old _id; one that names a different _id fails later as ImmutableField. */
function replaced(doc: Document, replacement: Document, inserting: boolean): Document {
  if (!inserting) assertReplaceable(replacement);
  return { _id: doc._id, ...replacement };
}

function withOperators(doc: Document, update: Document, { filter, arrayFilters, inserting, evaluation }: UpdateTarget): Document | undefined {
  const { $setOnInsert, ...rest } = update;
  // mingo has no $setOnInsert: while inserting it is a $set, otherwise it does nothing.
  let modifier: Document = inserting && $setOnInsert ? { ...rest, $set: { ...(rest.$set as Document | undefined), ...$setOnInsert } } : rest;
  if (inserting) modifier = setDollarPrefixedFields(doc, modifier);
  else assertModifierPaths(modifier);
  if (Object.keys(modifier).length === 0) return inserting ? doc : undefined;
  assertArithmetic(doc, modifier);
  const result = guarded(() => updateOne([doc], filter, modifier, { arrayFilters, cloneMode: 'copy' }, options(evaluation)));
  if (result.modifiedCount === 0) return inserting ? doc : undefined;
  return doc;
}

/**
 * An upsert that inserts may create `$`-prefixed top-level fields with `$set` (insert rules apply),
 * which mingo refuses as paths: they are set here and left out of what mingo applies.
 */
function setDollarPrefixedFields(doc: Document, modifier: Document): Document {
  const $set = modifier.$set as Document | undefined;
  if (!$set || !Object.keys($set).some((path) => topLevelDollarPath(path) === path)) return modifier;
  const rest: Document = {};
  for (const [path, value] of Object.entries($set)) {
    if (topLevelDollarPath(path) === path) doc[path] = value;
    else rest[path] = value;
  }
  return { ...modifier, $set: rest };
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
