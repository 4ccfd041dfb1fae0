/**
 * Writes to one collection as MongoDB makes them: inserts with a storable `_id`, updates of the
 * matched documents, upserts built from the filter. Shared by the write commands and findAndModify.
 */
import { BSON, type Document } from 'bson';
import { type Collection, copyOf, type StoredDoc } from './collection.ts';
import { assertStorableId } from './field-names.ts';
import { isOperatorObject } from './operators.ts';
import type { Evaluation } from './query.ts';
import { sortDocuments } from './sorting.ts';
import { applyUpdate, isOperatorUpdate, type UpdateSpec, upsertSeed, withId } from './updates.ts';

export function insertDocument(coll: Collection, doc: Document, raw?: Uint8Array): StoredDoc {
  assertStorableId(doc._id);
  // The client's bytes are stored as-is unless _id must be added or moved to the front.
  if (raw && Object.keys(doc)[0] === '_id') return coll.insert(doc, Buffer.from(raw));
  const bytes = Buffer.from(BSON.serialize(withId(doc)));
  return coll.insert(BSON.deserialize(bytes), bytes);
}

/** One update to make: an update statement's, or findAndModify's. */
export interface UpdateRequest {
  q: Document;
  u: UpdateSpec;
  arrayFilters?: Document[];
  evaluation?: Evaluation;
}

export interface UpdateOutcome {
  matched: number;
  modified: number;
  upsertedId?: unknown;
  /** The document after the update (or the inserted one), for findAndModify. */
  after?: StoredDoc;
}

export function updateDocuments(coll: Collection, matches: StoredDoc[], { q, u, arrayFilters, evaluation }: UpdateRequest): UpdateOutcome {
  let modified = 0;
  let after: StoredDoc | undefined;
  for (const stored of matches) {
    const next = applyUpdate(copyOf(stored), u, { filter: q, arrayFilters, inserting: false, evaluation });
    after = stored;
    if (next) {
      after = coll.replace(stored, next);
      modified++;
    }
  }
  return { matched: matches.length, modified, after };
}

/** Inserts the document an upsert builds: the filter's equalities (or its _id, for a replacement) updated. */
export function upsertDocument(coll: Collection, { q, u, arrayFilters, evaluation }: UpdateRequest): UpdateOutcome {
  const replacement = !Array.isArray(u) && !isOperatorUpdate(u);
  const seed = replacement ? (q._id !== undefined && !isOperatorObject(q._id) ? { _id: q._id } : {}) : upsertSeed(q);
  const doc = withId(applyUpdate(seed, u, { filter: {}, arrayFilters, inserting: true, evaluation }) ?? seed);
  const stored = insertDocument(coll, doc);
  return { matched: 0, modified: 0, upsertedId: stored.doc._id, after: stored };
}

/** The document a single-document write acts on: the first match, in `sort` order if given. */
export function firstBySort(coll: Collection, query: Document, sort: Document | undefined, evaluation?: Evaluation): StoredDoc | undefined {
  if (!sort || Object.keys(sort).length === 0) return coll.find(query, 1, evaluation)[0];
  return sortDocuments(coll.find(query, Infinity, evaluation), sort, (m) => m.doc, evaluation?.collation)[0];
}
