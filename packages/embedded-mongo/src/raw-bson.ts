/**
 * Encodes reply and journal documents that embed already-serialized BSON documents verbatim.
 * Stored documents keep the bytes the client sent, so a find reply or a journal record copies
 * them instead of serializing every document again.
 */
import { BSON } from 'bson';

/** A Buffer over the same bytes, not a copy. */
export const bufferOver = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

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

/** `_id: id` as one BSON element (type, name, value), as it would be written into a document. */
function idElement(id: unknown): Buffer {
  const single = BSON.serialize({ _id: id });
  return Buffer.from(single.subarray(4, single.length - 1));
}

/**
 * A client's document bytes with `_id` as the first field, spliced rather than re-encoded, so
 * every value keeps its exact BSON type (a Double 3.0 stays a double): as-is when `_id` is
 * already first, with the element moved from the end (where drivers append it), or prepended
 * when the document has none (`id` is then the generated one). Undefined for any other layout.
 * As-is means the client's own bytes, not a copy: a collection keeps a copy of what it stores (slabs.ts).
 */
export function withIdFirst(raw: Uint8Array, doc: Record<string, unknown>, id: unknown): Buffer | undefined {
  const keys = Object.keys(doc);
  if (keys[0] === '_id') return bufferOver(raw);
  const element = idElement(id);
  const body = bufferOver(raw.subarray(4, raw.length - 1));
  if (!('_id' in doc)) return wrapDocument([element, body]);
  const rest = body.subarray(0, body.length - element.length);
  if (keys[keys.length - 1] === '_id' && body.subarray(rest.length).equals(element)) return wrapDocument([element, rest]);
  return undefined;
}

/** The little-endian int32 at `at`: Buffer#readInt32LE's checks cost as much as a scan's other work. */
export const int32At = (buf: Uint8Array, at: number): number => buf[at]! | (buf[at + 1]! << 8) | (buf[at + 2]! << 16) | (buf[at + 3]! << 24);

/** The byte length of a BSON value of `type` that starts at `at`. */
export function valueLength(buf: Buffer, type: number, at: number): number {
  switch (type) {
    case 0x01: // double
    case 0x09: // date
    case 0x11: // timestamp
    case 0x12: // int64
      return 8;
    case 0x02: // string
    case 0x0d: // JavaScript code
    case 0x0e: // symbol
      return 4 + int32At(buf, at);
    case 0x03: // document
    case 0x04: // array
    case 0x0f: // code with scope
      return int32At(buf, at);
    case 0x05: // binary: length, subtype, bytes
      return 5 + int32At(buf, at);
    case 0x06: // undefined
    case 0x0a: // null
    case 0x7f: // max key
    case 0xff: // min key
      return 0;
    case 0x07: // ObjectId
      return 12;
    case 0x08: // boolean
      return 1;
    case 0x0b: // regex: pattern and options, two cstrings
      return buf.indexOf(0, buf.indexOf(0, at) + 1) + 1 - at;
    case 0x0c: // DBPointer: string and ObjectId
      return 4 + int32At(buf, at) + 12;
    case 0x10: // int32
      return 4;
    case 0x13: // decimal128
      return 16;
    default:
      throw new Error(`unknown BSON type 0x${type.toString(16)}`);
  }
}

/** The elements of a (valid) BSON document: their names, types and value bytes. */
function* elements(doc: Buffer): Generator<{ name: string; type: number; value: Buffer }> {
  const end = doc.readInt32LE(0) - 1;
  for (let at = 4; at < end; ) {
    const type = doc[at]!;
    const nameEnd = doc.indexOf(0, at + 1);
    const start = nameEnd + 1;
    const length = valueLength(doc, type, start);
    yield { name: doc.toString('utf8', at + 1, nameEnd), type, value: doc.subarray(start, start + length) };
    at = start + length;
  }
}

/**
 * The bytes of each document of an array field of a (valid) BSON document: a write command's
 * inline `documents`, `updates` or `deletes`, kept exactly as the client encoded them.
 * Undefined unless the field is an array of documents.
 */
export function arrayDocuments(doc: Uint8Array, field: string): Buffer[] | undefined {
  for (const element of elements(bufferOver(doc))) {
    if (element.name !== field) continue;
    if (element.type !== TYPE_ARRAY) return undefined;
    const items = [...elements(element.value)];
    return items.every((item) => item.type === TYPE_DOCUMENT) ? items.map((item) => item.value) : undefined;
  }
  return undefined;
}
