/**
 * How the store keeps a document: as its BSON bytes alone (`_id` first), with no parsed copy, which
 * would cost several times the bytes in heap. Readers decode what they need: the whole document
 * (copyOf) or some of its fields (FieldSelection); what they decode is theirs to change.
 */
import { BSON, type Document } from 'bson';

export type StoredDoc = Buffer;

/** A document a query found, and the fields of it that the query decoded. */
export interface Found {
  readonly stored: StoredDoc;
  /** A private copy of (at least) the fields the reader asked for; of every field if it asked for the whole document. */
  readonly fields: Document;
}

/** A private, mutable copy of a stored document. */
export const copyOf = (stored: StoredDoc): Document => BSON.deserialize(stored);
