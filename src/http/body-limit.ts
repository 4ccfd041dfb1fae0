import type { Plugin } from 'graphql-yoga';
import { apiError } from '../graphql/errors.ts';

export interface BodyLimitOptions {
  /** The limit for a request, e.g. larger for a valid admin token. */
  maxBytesFor(request: Request): number;
}

/**
 * How much of an oversized body is read (and thrown away) before the 413 goes out. A server that
 * answers and closes while the client is still sending makes the client's TCP stack see a reset
 * instead of the answer; reading the rest first lets every client read its 413. Beyond this the
 * connection is cut: a client sending that much after being refused is not owed an answer.
 */
export const MAX_DRAINED_BYTES = 64 * 1024 * 1024;

/**
 * Refuses a body larger than the limit with 413 before it is parsed. A declared Content-Length is
 * enough to refuse (the HTTP parser never delivers more than it declares); a chunked body is read
 * up to the limit and no further. Either way the rest of the body is drained (up to
 * MAX_DRAINED_BYTES) before answering.
 */
export function useBodyLimit({ maxBytesFor }: BodyLimitOptions): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return;
      const maxBytes = maxBytesFor(request);
      const tooLarge = () =>
        endResponse(
          fetchAPI.Response.json(
            { errors: [apiError('PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes} bytes.`, { maxBytes }).toJSON()] },
            { status: 413, headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' } },
          ),
        );
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (Number(declared) <= maxBytes) return;
        if (Number(declared) <= MAX_DRAINED_BYTES) await drain(request.body.getReader(), MAX_DRAINED_BYTES);
        return tooLarge();
      }
      const reader = request.body.getReader();
      const body = await readAtMost(reader, maxBytes);
      if (body === null) {
        await drain(reader, MAX_DRAINED_BYTES - maxBytes);
        return tooLarge();
      }
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal }));
    },
  };
}

/** The whole stream, or null as soon as it exceeds maxBytes (the reader is left where it stopped). */
async function readAtMost(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) return null;
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Reads and discards the rest of the stream, or cancels it once more than `limitBytes` came. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, limitBytes: number): Promise<void> {
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel();
      return;
    }
  }
}
