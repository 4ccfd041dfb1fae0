/**
 * Encodes reply and journal documents that embed already-serialized BSON documents verbatim.
 * Stored documents keep the bytes the client sent, so a find reply or a journal record copies
 * them instead of serializing every document again.
 */
import { BSON } from 'bson';

/** An already-serialized BSON document placed as-is. */
export class RawDoc {
  constructor(readonly bytes: Uint8Array) {}
}

/** An array whose elements are already-serialized BSON documents. */
export class RawArray {
  constructor(readonly items: readonly Uint8Array[]) {}
}

const TYPE_DOCUMENT = 0x03;
const TYPE_ARRAY = 0x04;

function hasRaw(v: unknown): boolean {
  if (v instanceof RawDoc || v instanceof RawArray) return true;
  if (v === null || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v).some(hasRaw);
}

function cstring(s: string): Buffer {
  return Buffer.concat([Buffer.from(s, 'utf8'), Buffer.alloc(1)]);
}

function wrapDocument(parts: Uint8Array[]): Buffer {
  const size = parts.reduce((n, p) => n + p.length, 0) + 5;
  const head = Buffer.alloc(4);
  head.writeInt32LE(size, 0);
  return Buffer.concat([head, ...parts, Buffer.alloc(1)]);
}

function element(type: number, key: string, body: Uint8Array): Uint8Array[] {
  return [Buffer.of(type), cstring(key), body];
}

/** A BSON array of documents, written into one buffer: a reply batch can hold thousands. */
function encodeArray(items: readonly Uint8Array[]): Buffer {
  let size = 5;
  for (let i = 0; i < items.length; i++) size += 2 + String(i).length + items[i]!.length;
  const out = Buffer.allocUnsafe(size);
  out.writeInt32LE(size, 0);
  let at = 4;
  for (let i = 0; i < items.length; i++) {
    out[at++] = TYPE_DOCUMENT;
    at += out.write(String(i), at, 'latin1');
    out[at++] = 0;
    out.set(items[i]!, at);
    at += items[i]!.length;
  }
  out[at] = 0;
  return out;
}

/** BSON.serialize, except that RawDoc/RawArray values (at any depth of plain objects) are spliced in. */
export function encode(doc: Record<string, unknown>): Buffer {
  if (!hasRaw(doc)) return Buffer.from(BSON.serialize(doc));
  const parts: Uint8Array[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined) continue;
    if (value instanceof RawDoc) parts.push(...element(TYPE_DOCUMENT, key, value.bytes));
    else if (value instanceof RawArray) parts.push(...element(TYPE_ARRAY, key, encodeArray(value.items)));
    else if (hasRaw(value)) {
      parts.push(...element(TYPE_DOCUMENT, key, encode(value as Record<string, unknown>)));
    } else {
      const single = BSON.serialize({ [key]: value });
      parts.push(single.subarray(4, single.length - 1));
    }
  }
  return wrapDocument(parts);
}
