/** What every command handler gets, and argument helpers they share. */
import { BSON, type Document } from 'bson';
import { Collation } from '../collation.ts';
import type { Collection } from '../collection.ts';
import type { CursorRegistry } from '../cursors.ts';
import type { Databases } from '../databases.ts';
import { validateCollectionName } from '../databases.ts';
import { badValue, typeMismatch } from '../errors.ts';
import { arrayDocuments } from '../raw-bson.ts';
import type { IncomingDocument } from '../wire.ts';

export interface CommandContext {
  db: string;
  databases: Databases;
  cursors: CursorRegistry;
  connectionId: number;
  /** OP_MSG kind 1 document sequences of the request. */
  sequences: Map<string, IncomingDocument[]>;
  /** The command document as the client encoded it. */
  bodyRaw: Uint8Array;
  /** Resolves once every write made so far is on disk; write commands await it before replying. */
  durable: () => Promise<void>;
}

export type CommandHandler = (cmd: Document, ctx: CommandContext) => Document | Promise<Document>;

/** The collection named by the command's first field (`{ find: "coll", ... }`). */
export function targetCollection(cmd: Document, command: string): string {
  return validateCollectionName(cmd[command]);
}

/** A statement list given as a document sequence or inline array (`documents`, `updates`, `deletes`), with the client's bytes. */
export function statements(cmd: Document, ctx: CommandContext, field: string): IncomingDocument[] {
  const seq = ctx.sequences.get(field);
  if (seq) return seq;
  const inline = cmd[field];
  if (!Array.isArray(inline)) throw typeMismatch(`${field} must be an array`);
  const raws = arrayDocuments(ctx.bodyRaw, field);
  return inline.map((doc: Document, i) => ({ doc, raw: raws?.[i] ?? BSON.serialize(doc) }));
}

export function optionalDocument(cmd: Document, field: string): Document | undefined {
  const v = cmd[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) throw typeMismatch(`${field} must be an object`);
  return v as Document;
}

export function nonNegativeInt(cmd: Document, field: string): number | undefined {
  const v = cmd[field];
  if (v === undefined || v === null) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw typeMismatch(`${field} must be an integer`);
  if (n < 0) throw badValue(`${field} must be non-negative`);
  return n;
}

/** The collation an operation runs under: its own (`{ locale: "simple" }` for binary), else the collection's default. */
export function operationCollation(requested: unknown, coll: Collection | undefined): Collation | undefined {
  return requested === undefined ? coll?.collation : Collation.parse(requested);
}
