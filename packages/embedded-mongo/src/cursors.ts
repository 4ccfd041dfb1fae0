/**
 * Open cursors: the remaining results of a find/aggregate/list command, handed out in batches by
 * getMore and forgotten when exhausted, killed or idle for too long (as mongod's cursor timeout).
 */
import { BSON, type Document, Long } from 'bson';
import { toNumber } from './bson-order.ts';
import { MongoCommandError } from './errors.ts';
import { RawArray } from './raw-bson.ts';
import { MAX_BSON_SIZE } from './wire.ts';

/** A result as stored bytes (returned verbatim) or as a computed document (serialized when sent). */
export type ResultItem = Uint8Array | Document;

const DEFAULT_FIRST_BATCH = 101;
// Leave room for the reply envelope around the batch.
const MAX_BATCH_BYTES = MAX_BSON_SIZE - 64 * 1024;

interface OpenCursor {
  ns: string;
  items: ResultItem[];
  position: number;
  lastUsed: number;
}

export class CursorRegistry {
  readonly #cursors = new Map<number, OpenCursor>();
  readonly #timer: NodeJS.Timeout;
  #nextId = Math.floor(Math.random() * 2 ** 40) + 1;

  constructor(readonly idleTimeoutMs = 10 * 60 * 1000) {
    this.#timer = setInterval(() => this.#expire(), Math.min(idleTimeoutMs, 60_000));
    this.#timer.unref();
  }

  #expire(): void {
    const cutoff = Date.now() - this.idleTimeoutMs;
    for (const [id, c] of this.#cursors) if (c.lastUsed < cutoff) this.#cursors.delete(id);
  }

  get size(): number {
    return this.#cursors.size;
  }

  #batch(cursor: OpenCursor, batchSize: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    let bytes = 0;
    while (cursor.position < cursor.items.length && out.length < batchSize) {
      const item = cursor.items[cursor.position]!;
      const encoded = item instanceof Uint8Array ? item : BSON.serialize(item);
      if (out.length > 0 && bytes + encoded.length > MAX_BATCH_BYTES) break;
      out.push(encoded);
      bytes += encoded.length;
      cursor.position++;
    }
    return out;
  }

  /** The reply to a command that opens a cursor over `items`. */
  open(ns: string, items: ResultItem[], batchSize: number | undefined, singleBatch = false): Document {
    const cursor: OpenCursor = { ns, items, position: 0, lastUsed: Date.now() };
    const firstBatch = this.#batch(cursor, batchSize ?? DEFAULT_FIRST_BATCH);
    let id = 0;
    if (!singleBatch && cursor.position < items.length) {
      id = this.#nextId++;
      this.#cursors.set(id, cursor);
    }
    return { cursor: { firstBatch: new RawArray(firstBatch), id: Long.fromNumber(id), ns }, ok: 1 };
  }

  getMore(rawId: unknown, ns: string, batchSize: number | undefined): Document {
    const id = toNumber(rawId);
    const cursor = this.#cursors.get(id);
    if (!cursor) throw new MongoCommandError(43, 'CursorNotFound', `cursor id ${id} not found`);
    if (cursor.ns !== ns)
      throw new MongoCommandError(13, 'Unauthorized', `Requested getMore on namespace '${ns}', but cursor belongs to a different namespace ${cursor.ns}`);
    cursor.lastUsed = Date.now();
    const nextBatch = this.#batch(cursor, batchSize && batchSize > 0 ? batchSize : Infinity);
    const exhausted = cursor.position >= cursor.items.length;
    if (exhausted) this.#cursors.delete(id);
    return { cursor: { nextBatch: new RawArray(nextBatch), id: Long.fromNumber(exhausted ? 0 : id), ns }, ok: 1 };
  }

  kill(ids: unknown[]): Document {
    const killed: Long[] = [];
    const notFound: Long[] = [];
    for (const raw of ids) {
      const id = toNumber(raw);
      (this.#cursors.delete(id) ? killed : notFound).push(Long.fromNumber(id));
    }
    return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
  }

  close(): void {
    clearInterval(this.#timer);
    this.#cursors.clear();
  }
}
