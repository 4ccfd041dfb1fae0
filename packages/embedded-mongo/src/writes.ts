/**
 * Writes to one collection as MongoDB makes them: inserts with a storable `_id`, updates of the
 * matched documents, upserts built from the filter. Shared by the write commands and findAndModify.
 */
import { BSON, type Document } from 'bson';
import type { Collection } from './collection.ts';
import { assertStorableId } from './field-names.ts';
import { fieldsOfSort } from './fields-read.ts';
import { isOperatorObject } from './operators.ts';
import type { Evaluation } from './query.ts';
import { bufferOver, withIdFirst } from './raw-bson.ts';
import { sortDocuments } from './sorting.ts';
import { copyOf, type StoredDoc } from './stored-doc.ts';
import { applyUpdate, isOperatorUpdate, type UpdateSpec, upsertSeed, withId } from './updates.ts';

/** Inserts a document with `_id` first; the client's bytes (`raw`) are kept when `_id` can be put first by splicing them. */
export function insertDocument(coll: Collection, doc: Document, raw?: Uint8Array, bypassValidation = false): StoredDoc {
  assertStorableId(doc._id);
  const withFirstId = withId(doc);
  const spliced = raw && withIdFirst(raw, doc, withFirstId._id);
  if (spliced) return coll.insert(withFirstId, spliced, bypassValidation);
  // Not copied: the collection keeps a copy of what it stores (slabs.ts).
  const bytes = bufferOver(BSON.serialize(withFirstId));
  return coll.insert(BSON.deserialize(bytes), bytes, bypassValidation);
}

/** One update to make: an update statement's, or findAndModify's. */
export interface UpdateRequest {
  q: Document;
  u: UpdateSpec;
  arrayFilters?: Document[];
  evaluation?: Evaluation;
  /** The command's bypassDocumentValidation. */
  bypassValidation?: boolean;
}

export interface UpdateOutcome {
  matched: number;
  modified: number;
  upsertedId?: unknown;
  /** The document after the update (or the inserted one), for findAndModify. */
  after?: StoredDoc;
}

export function updateDocuments(coll: Collection, matches: StoredDoc[], { q, u, arrayFilters, evaluation, bypassValidation }: UpdateRequest): UpdateOutcome {
  let modified = 0;
  let after: StoredDoc | undefined;
  for (const stored of matches) {
    const next = applyUpdate(copyOf(stored), u, { filter: q, arrayFilters, inserting: false, evaluation });
    after = stored;
    if (next) {
      after = coll.replace(stored, next, bypassValidation);
      modified++;
    }
  }
  return { matched: matches.length, modified, after };
}

/** Inserts the document an upsert builds: the filter's equalities (or its _id, for a replacement) updated. */
export function upsertDocument(coll: Collection, { q, u, arrayFilters, evaluation, bypassValidation }: UpdateRequest): UpdateOutcome {
  const replacement = !Array.isArray(u) && !isOperatorUpdate(u);
  const seed = replacement ? (q._id !== undefined && !isOperatorObject(q._id) ? { _id: q._id } : {}) : upsertSeed(q);
  const doc = withId(applyUpdate(seed, u, { filter: {}, arrayFilters, inserting: true, evaluation }) ?? seed);
  const stored = insertDocument(coll, doc, undefined, bypassValidation);
  return { matched: 0, modified: 0, upsertedId: doc._id, after: stored };
}

/** The document a single-document write acts on: the first match, in `sort` order if given. */
export function firstBySort(coll: Collection, query: Document, sort: Document | undefined, evaluation?: Evaluation): StoredDoc | undefined {
  if (!sort || Object.keys(sort).length === 0) return coll.find(query, 1, evaluation)[0]?.stored;
  return sortDocuments(coll.find(query, Infinity, evaluation, fieldsOfSort(sort)), sort, (m) => m.fields, evaluation?.collation)[0]?.stored;
}
