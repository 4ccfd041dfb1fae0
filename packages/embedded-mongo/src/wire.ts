/**
 * MongoDB wire protocol framing: OP_QUERY in (the driver's first hello), OP_REPLY out for it,
 * OP_MSG both ways for everything else. Anything malformed raises WireError, which closes only
 * the offending connection.
 */
import { BSON, type Document } from 'bson';

export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_MSG = 2013;
export const MAX_MESSAGE_SIZE = 48_000_000;
export const MAX_BSON_SIZE = 16 * 1024 * 1024;

const HEADER_SIZE = 16;
const FLAG_CHECKSUM_PRESENT = 1;
const FLAG_MORE_TO_COME = 2;

export class WireError extends Error {}

/** A document as received: parsed for evaluation, bytes kept for storage. */
export interface IncomingDocument {
  doc: Document;
  raw: Uint8Array;
}

export interface Request {
  requestId: number;
  opCode: typeof OP_QUERY | typeof OP_MSG;
  body: Document;
  /** The body as the client encoded it. */
  bodyRaw: Uint8Array;
  /** OP_MSG kind 1 sections by identifier ("documents", "updates", "deletes"). */
  sequences: Map<string, IncomingDocument[]>;
  /** The client wants no reply (unacknowledged write). */
  moreToCome: boolean;
}

function readDocument(buf: Buffer, offset: number, end: number): IncomingDocument {
  if (offset + 5 > end) throw new WireError('truncated BSON document');
  const size = buf.readInt32LE(offset);
  if (size < 5 || offset + size > end || size > MAX_BSON_SIZE) throw new WireError('invalid BSON document size');
  const raw = buf.subarray(offset, offset + size);
  try {
    return { doc: BSON.deserialize(raw), raw };
  } catch (err) {
    throw new WireError(`invalid BSON: ${(err as Error).message}`);
  }
}

function readCString(buf: Buffer, offset: number, end: number): [string, number] {
  const zero = buf.indexOf(0, offset);
  if (zero === -1 || zero >= end) throw new WireError('unterminated cstring');
  return [buf.toString('utf8', offset, zero), zero + 1];
}

function parseQuery(msg: Buffer, requestId: number): Request {
  const end = msg.length;
  const [collection, afterName] = readCString(msg, HEADER_SIZE + 4, end);
  if (!collection.endsWith('.$cmd')) throw new WireError(`OP_QUERY is only supported for commands, got ${collection}`);
  const { doc, raw } = readDocument(msg, afterName + 8, end);
  const command: Document = doc.$query && typeof doc.$query === 'object' ? doc.$query : doc;
  return {
    requestId,
    opCode: OP_QUERY,
    body: { ...command, $db: collection.slice(0, -'.$cmd'.length) },
    bodyRaw: raw,
    sequences: new Map(),
    moreToCome: false,
  };
}

function parseMsg(msg: Buffer, requestId: number): Request {
  const flags = msg.readUInt32LE(HEADER_SIZE);
  const end = flags & FLAG_CHECKSUM_PRESENT ? msg.length - 4 : msg.length;
  let offset = HEADER_SIZE + 4;
  let body: IncomingDocument | undefined;
  const sequences = new Map<string, IncomingDocument[]>();
  while (offset < end) {
    const kind = msg[offset++];
    if (kind === 0) {
      if (body) throw new WireError('OP_MSG with two body sections');
      body = readDocument(msg, offset, end);
      offset += body.raw.length;
    } else if (kind === 1) {
      if (offset + 4 > end) throw new WireError('truncated document sequence');
      const sectionEnd = offset + msg.readInt32LE(offset);
      if (sectionEnd > end || sectionEnd < offset + 5) throw new WireError('invalid document sequence size');
      const [identifier, docsStart] = readCString(msg, offset + 4, sectionEnd);
      const docs: IncomingDocument[] = [];
      for (let at = docsStart; at < sectionEnd; ) {
        const d = readDocument(msg, at, sectionEnd);
        docs.push(d);
        at += d.raw.length;
      }
      sequences.set(identifier, docs);
      offset = sectionEnd;
    } else {
      throw new WireError(`unknown OP_MSG section kind ${kind}`);
    }
  }
  if (!body) throw new WireError('OP_MSG without body section');
  return { requestId, opCode: OP_MSG, body: body.doc, bodyRaw: body.raw, sequences, moreToCome: (flags & FLAG_MORE_TO_COME) !== 0 };
}

/** Accumulates socket bytes and yields whole requests. */
export class MessageReader {
  #chunks: Buffer[] = [];
  #buffered = 0;
  /** Length of the message being received, once its header has arrived. */
  #expected: number | undefined;

  push(chunk: Buffer): Request[] {
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
    const requests: Request[] = [];
    for (;;) {
      if (this.#expected === undefined) {
        if (this.#buffered < 4) break;
        const length = this.#flatten().readInt32LE(0);
        if (length < HEADER_SIZE + 5 || length > MAX_MESSAGE_SIZE) throw new WireError(`invalid message length ${length}`);
        this.#expected = length;
      }
      // Chunks are joined only once the whole message is here: joining on every chunk would
      // copy a large insert quadratically.
      if (this.#buffered < this.#expected) break;
      const all = this.#flatten();
      const msg = all.subarray(0, this.#expected);
      this.#chunks = all.length > this.#expected ? [all.subarray(this.#expected)] : [];
      this.#buffered -= this.#expected;
      this.#expected = undefined;
      requests.push(parseMessage(msg));
    }
    return requests;
  }

  #flatten(): Buffer {
    const all = this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks);
    this.#chunks = [all];
    return all;
  }
}

function parseMessage(msg: Buffer): Request {
  const requestId = msg.readInt32LE(4);
  const opCode = msg.readInt32LE(12);
  if (opCode === OP_MSG) return parseMsg(msg, requestId);
  if (opCode === OP_QUERY) return parseQuery(msg, requestId);
  throw new WireError(`unsupported opCode ${opCode}`);
}

let nextResponseId = 1;

/** Frames an encoded reply document for the request's opcode, as one buffer (one socket write). */
export function frameReply(request: Request, body: Uint8Array): Buffer {
  // OP_REPLY: responseFlags (AwaitCapable), cursorID 0, startingFrom 0, numberReturned 1.
  // OP_MSG: flagBits 0, section kind 0.
  const legacy = request.opCode === OP_QUERY;
  const fieldsSize = legacy ? 20 : 5;
  const out = Buffer.alloc(HEADER_SIZE + fieldsSize + body.length);
  out.writeInt32LE(out.length, 0);
  out.writeInt32LE(nextResponseId++ & 0x7fffffff, 4);
  out.writeInt32LE(request.requestId, 8);
  out.writeInt32LE(legacy ? OP_REPLY : OP_MSG, 12);
  if (legacy) {
    out.writeInt32LE(8, HEADER_SIZE);
    out.writeInt32LE(1, HEADER_SIZE + 16);
  }
  out.set(body, HEADER_SIZE + fieldsSize);
  return out;
}
