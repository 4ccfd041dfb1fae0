import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Yoga's default `maxRequestBodySize`, which this plugin keeps in its place. */
export const YOGA_MAX_REQUEST_BODY_BYTES = 25_000_000;

/** Only a single non-negative integer is a valid Content-Length (as Yoga has it). */
const CONTENT_LENGTH = /^\d+$/;

const tooLarge = () => createGraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });
const invalidContentLength = () => createGraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });

/** The request with its body counted as it is read, failing past `limitBytes` (Yoga's own stream, for a body of no declared length). */
function countedBody(request: Request, limitBytes: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  if (!request.body) return request;
  // A native stream needs the native TransformStream (Yoga's workaround for its ponyfill).
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytesRead = 0;
  const body = request.body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > limitBytes) return controller.error(tooLarge());
        controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}

/**
 * Yoga's request body limit (`maxRequestBodySize`, turned off in app.ts), with the same errors and
 * the same limit, except that a body whose declared Content-Length is within it is read as it is:
 * Node's HTTP parser never delivers more than a request declares, so counting it could never refuse
 * anything, and the stream Yoga pipes every body through cost ~4% of the server's CPU under the
 * model list's load (the pipe, and the DOMException its pipeline's abort makes per request).
 * Last among the plugins, as Yoga's is: it wraps whichever request parser was chosen.
 */
export function useRequestBodySize(limitBytes = YOGA_MAX_REQUEST_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const contentLength = request.headers.get('content-length');
      if (contentLength !== null) {
        if (!CONTENT_LENGTH.test(contentLength)) throw invalidContentLength();
        if (Number(contentLength) > limitBytes) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((parsed) => requestParser(countedBody(parsed, limitBytes, fetchAPI)));
    },
  };
}
