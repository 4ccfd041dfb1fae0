/**
 * `$out` and `$merge`, the stages that write an aggregation's results into a collection (of the
 * same or another database), as the manual describes them:
 * - `$out` replaces the target's documents, keeping its options and indexes; the results are
 *   built in a temporary collection and renamed over the target, so the target is either wholly
 *   replaced or untouched, also across a crash.
 * - `$merge` incorporates each result into the target, matched on the `on` fields (a unique
 *   index must back them), per `whenMatched` and `whenNotMatched`; writes made before an error stay.
 */
import { randomUUID } from 'node:crypto';
import { type Document, ObjectId } from 'bson';
import { Collation } from './collation.ts';
import type { Collection } from './collection.ts';
import { type Databases, OUT_TEMP_PREFIX, validateCollectionName } from './databases.ts';
import { badValue, MongoCommandError, toCommandError, typeMismatch } from './errors.ts';
import { duplicateKeyError, type Index } from './indexes.ts';
import { type Evaluation, evaluate } from './query.ts';
import { copyOf } from './stored-doc.ts';
import { assertUpdatePipeline, type UpdateSpec } from './updates.ts';
import { assertUserVariableName } from './variables.ts';
import { View, viewNotCollection } from './views.ts';
import { insertDocument, updateDocuments } from './writes.ts';

export const OUTPUT_STAGES = new Set(['$out', '$merge']);

/** The stages whose sub-pipelines may not write, and the error each gives. */
const NESTING: Record<string, [number, (stage: string) => string, (spec: Document) => unknown[]]> = {
  $facet: [40600, (stage) => `${stage} is not allowed to be used within a $facet stage`, (spec) => Object.values(spec)],
  $lookup: [51047, (stage) => `${stage} is not allowed within a $lookup's sub-pipeline`, (spec) => [spec.pipeline ?? []]],
  $unionWith: [
    31441,
    (stage) => `${stage} is not allowed within a $unionWith's sub-pipeline`,
    (spec) => (typeof spec === 'string' ? [] : [spec.pipeline ?? []]),
  ],
};

function assertNoNestedOutput(pipeline: unknown[]): void {
  for (const stage of pipeline) {
    if (stage === null || typeof stage !== 'object') continue;
    for (const [name, spec] of Object.entries(stage)) {
      const nesting = NESTING[name];
      if (!nesting || spec === null || typeof spec !== 'object') continue;
      const [code, message, subPipelines] = nesting;
      for (const sub of subPipelines(spec as Document)) {
        if (!Array.isArray(sub)) continue;
        const inner = sub.map((s) => Object.keys(s ?? {})[0]).find((s) => s !== undefined && OUTPUT_STAGES.has(s));
        if (inner) throw new MongoCommandError(code, `Location${code}`, message(inner));
        assertNoNestedOutput(sub);
      }
    }
  }
}

/** Splits a pipeline's final `$out`/`$merge` off; anywhere else is an error, as mongod checks before running. */
export function outputStageOf(pipeline: Document[]): { stages: Document[]; output?: { name: string; spec: unknown } } {
  pipeline.forEach((stage, i) => {
    const name = Object.keys(stage)[0];
    if (name && OUTPUT_STAGES.has(name) && i !== pipeline.length - 1) {
      throw new MongoCommandError(40601, 'Location40601', `${name} can only be the final stage in the pipeline`);
    }
  });
  assertNoNestedOutput(pipeline);
  const last = pipeline[pipeline.length - 1];
  const name = last && Object.keys(last)[0];
  if (!name || !OUTPUT_STAGES.has(name)) return { stages: pipeline };
  return { stages: pipeline.slice(0, -1), output: { name, spec: last[name] } };
}

/** The namespace an output stage names: a collection name (this database) or `{ db, coll }`. */
function targetOf(stage: string, spec: unknown, db: string): { db: string; coll: string } {
  if (typeof spec === 'string') return { db, coll: validateCollectionName(spec) };
  if (spec === null || typeof spec !== 'object' || typeof (spec as Document).coll !== 'string') {
    throw typeMismatch(`${stage} requires a collection name or { db, coll }`);
  }
  const target = spec as Document;
  return { db: typeof target.db === 'string' ? target.db : db, coll: validateCollectionName(target.coll) };
}

function writableTarget(databases: Databases, db: string, coll: string): Collection | undefined {
  const found = databases.namespace(db, coll);
  if (found instanceof View) throw viewNotCollection(found.ns);
  return found;
}

export interface OutputOptions {
  db: string;
  evaluation: Evaluation;
  bypassValidation: boolean;
}

function writeOut(databases: Databases, spec: unknown, results: Document[], { db, bypassValidation }: OutputOptions): void {
  if (spec !== null && typeof spec === 'object' && 'timeseries' in spec)
    throw new MongoCommandError(115, 'CommandNotSupported', '$out to a time series collection is not supported by the embedded store');
  const to = targetOf('$out', spec, db);
  const target = writableTarget(databases, to.db, to.coll);
  const temp = databases.createCollection(to.db, `${OUT_TEMP_PREFIX}${randomUUID()}`, target?.options ?? {}) as Collection;
  try {
    for (const index of target?.indexes.values() ?? []) temp.createIndex(index.spec);
    for (const doc of results) insertDocument(temp, doc, undefined, bypassValidation);
  } catch (err) {
    databases.dropCollection(temp.db, temp.name);
    throw err;
  }
  databases.renameCollection(temp, to.db, to.coll);
}

const WHEN_MATCHED = ['replace', 'keepExisting', 'merge', 'fail'] as const;
const WHEN_NOT_MATCHED = ['insert', 'discard', 'fail'] as const;
type WhenMatched = (typeof WHEN_MATCHED)[number] | Document[];
type WhenNotMatched = (typeof WHEN_NOT_MATCHED)[number];

const MERGE_FIELDS = new Set(['into', 'on', 'let', 'whenMatched', 'whenNotMatched', 'targetCollectionVersion']);

interface MergeSpec {
  into: unknown;
  on: string[];
  letSpec: Document | undefined;
  whenMatched: WhenMatched;
  whenNotMatched: WhenNotMatched;
}

function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (!(allowed as readonly unknown[]).includes(value)) throw badValue(`Enumeration value '${String(value)}' for field '${field}' is not a valid value.`);
  return value as T;
}

function parseMerge(spec: unknown): MergeSpec {
  if (typeof spec === 'string') return { into: spec, on: ['_id'], letSpec: undefined, whenMatched: 'merge', whenNotMatched: 'insert' };
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec))
    throw new MongoCommandError(51182, 'Location51182', '$merge only supports a string or object argument');
  const doc = spec as Document;
  for (const field of Object.keys(doc)) {
    if (!MERGE_FIELDS.has(field)) throw new MongoCommandError(40415, 'Location40415', `BSON field '$merge.${field}' is an unknown field.`);
  }
  const whenMatched: WhenMatched = Array.isArray(doc.whenMatched)
    ? (doc.whenMatched as Document[])
    : oneOf(doc.whenMatched ?? 'merge', 'whenMatched', WHEN_MATCHED);
  const whenNotMatched = oneOf(doc.whenNotMatched ?? 'insert', 'whenNotMatched', WHEN_NOT_MATCHED);
  const matchedMode = Array.isArray(whenMatched) ? 'pipeline' : whenMatched;
  if ((matchedMode === 'keepExisting' || matchedMode === 'fail') && whenNotMatched !== 'insert') {
    throw new MongoCommandError(
      51181,
      'Location51181',
      `Combination of $merge modes 'whenMatched: ${matchedMode}' and 'whenNotMatched: ${whenNotMatched}' is not supported`,
    );
  }
  const letSpec = doc.let as Document | undefined;
  if (letSpec !== undefined) {
    if (matchedMode !== 'pipeline') throw new MongoCommandError(51199, 'Location51199', `Cannot use 'let' variables with 'whenMatched: ${matchedMode}' mode`);
    if ('new' in letSpec && letSpec.new !== '$$ROOT') {
      throw new MongoCommandError(51273, 'Location51273', "'let' may not define a value for the reserved 'new' variable other than '$$ROOT'");
    }
    for (const name of Object.keys(letSpec)) assertUserVariableName(name);
  }
  if (Array.isArray(whenMatched)) assertUpdatePipeline(whenMatched);
  const on = doc.on === undefined ? ['_id'] : Array.isArray(doc.on) ? doc.on : [doc.on];
  if (on.length === 0 || !on.every((f) => typeof f === 'string')) throw typeMismatch("$merge 'on' must be a field name or an array of field names");
  const seen = new Set<string>();
  for (const field of on as string[]) {
    if (seen.has(field)) throw new MongoCommandError(31465, 'Location31465', `Found a duplicate field '${field}'`);
    seen.add(field);
  }
  return { into: doc.into, on: on as string[], letSpec, whenMatched, whenNotMatched };
}

const noUniqueIndex = () => new MongoCommandError(51183, 'Location51183', 'Cannot find index to verify that join fields will be unique');

/** The unique index that backs `on` fields other than `_id`: exactly those keys, not partial, under the aggregation's collation. */
function supportingIndex(target: Collection | undefined, on: string[], collation: Collation | undefined): Index | undefined {
  if (on.length === 1 && on[0] === '_id') return undefined;
  const wanted = [...on].sort().join('\0');
  const index = [...(target?.indexes.values() ?? [])].find(
    (i) => i.unique && !i.spec.partialFilterExpression && [...i.fields].sort().join('\0') === wanted && Collation.same(i.collation, collation),
  );
  if (!index) throw noUniqueIndex();
  return index;
}

/** The `on` fields' values of a result, which must be present and single-valued (`_id` is generated if missing). */
function onValues(doc: Document, on: string[]): Document {
  const values: Document = {};
  for (const field of on) {
    let value: unknown = doc;
    for (const part of field.split('.')) value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Document)[part] : undefined;
    if (Array.isArray(value)) throw new MongoCommandError(51185, 'Location51185', `$merge write error: 'on' field '${field}' is an array`);
    if (value === undefined || value === null) {
      throw new MongoCommandError(51132, 'Location51132', `$merge write error: 'on' field '${field}' cannot be missing, null, undefined or an array`);
    }
    values[field] = value;
  }
  return values;
}

/** mongod's wording when a $merge write would change an existing document's _id. */
function immutableId(err: unknown): never {
  const e = toCommandError(err);
  if (e.code !== 66) throw e;
  throw new MongoCommandError(
    66,
    'ImmutableField',
    `$merge failed to update the matching document, did you attempt to modify the _id or the shard key? :: caused by :: ${e.message}`,
  );
}

function writeMerge(databases: Databases, spec: unknown, results: Document[], { db, evaluation, bypassValidation }: OutputOptions): void {
  const merge = parseMerge(spec);
  const to = targetOf('$merge', merge.into, db);
  const existing = writableTarget(databases, to.db, to.coll);
  const index = supportingIndex(existing, merge.on, evaluation.collation);
  const target = existing ?? databases.ensureCollection(to.db, to.coll);
  for (const result of results) {
    const doc = merge.on.includes('_id') && result._id === undefined ? { _id: new ObjectId(), ...result } : result;
    const filter = onValues(doc, merge.on);
    const matched = target.find(filter, 1, { collation: evaluation.collation })[0]?.stored;
    if (!matched) {
      if (merge.whenNotMatched === 'insert') insertDocument(target, doc, undefined, bypassValidation);
      else if (merge.whenNotMatched === 'fail') {
        throw new MongoCommandError(
          13113,
          'MergeStageNoMatchingDocument',
          '$merge could not find a matching document in the target collection for at least one document in the source collection',
        );
      }
      continue;
    }
    if (merge.whenMatched === 'keepExisting') continue;
    if (merge.whenMatched === 'fail') throw duplicateKeyError(target.ns, index ?? { name: '_id_', fields: ['_id'] }, doc);
    const replacement = merge.whenMatched === 'merge' ? { ...copyOf(matched), ...doc } : doc;
    const u: UpdateSpec = Array.isArray(merge.whenMatched) ? merge.whenMatched : replacement;
    const variables = merge.letSpec
      ? Object.fromEntries(Object.entries(merge.letSpec).map(([name, expr]) => [name, evaluate(expr, evaluation, doc)]))
      : { new: doc };
    try {
      updateDocuments(target, [matched], {
        q: filter,
        u,
        evaluation: { ...evaluation, variables: { ...evaluation.variables, ...variables } },
        bypassValidation,
      });
    } catch (err) {
      immutableId(err);
    }
  }
}

/** Writes an aggregation's results as its `$out` or `$merge` stage says. */
export function writeOutput(databases: Databases, output: { name: string; spec: unknown }, results: Document[], options: OutputOptions): void {
  if (output.name === '$out') writeOut(databases, output.spec, results, options);
  else writeMerge(databases, output.spec, results, options);
}
