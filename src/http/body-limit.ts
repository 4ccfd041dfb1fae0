import type { Plugin } from 'graphql-yoga';
import { apiError } from '../graphql/errors.ts';

export interface BodyLimitOptions {
  /** The limit for a request, e.g. larger for a valid admin token. */
  maxBytesFor(request: Request): number;
}

/**
 * Refuses a body larger than the limit with 413 before it is parsed. A declared Content-Length is
 * enough to refuse (the HTTP parser never delivers more than it declares); a chunked body is read
 * up to the limit and no further.
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
        if (Number(declared) > maxBytes) tooLarge();
        return;
      }
      const body = await readAtMost(request.body, maxBytes);
      if (body === null) return tooLarge();
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal }));
    },
  };
}

/** The whole stream, or null (and the stream cancelled) as soon as it exceeds maxBytes. */
async function readAtMost(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
