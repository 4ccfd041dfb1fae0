/**
 * A local stand-in for the sources' public endpoints (models.dev, OpenRouter, the LMArena mirror):
 * an HTTP server on a loopback port that serves the texts it is given with ETag and Last-Modified,
 * answers conditional requests with 304, and misbehaves on request (a 500, a 404, a response that
 * never comes, a body cut short). Every request is recorded, so a test can say what was asked.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Misbehaviour =
  /** HTTP 500, as an overloaded origin answers. */
  | 'error-500'
  | 'not-found-404'
  /** Headers never come: only a timeout ends the request. */
  | 'hang'
  /** Headers promise the whole body; half of it is sent and the connection is destroyed. */
  | 'truncate'
  /** A complete, well-formed HTTP response whose body is only the first half of the text. */
  | 'half-body';

export interface RecordedRequest {
  path: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  /** What the server answered (a status code, or the misbehaviour). */
  answer: number | Misbehaviour;
}

export interface SourceServer {
  /** The absolute URL of `path` on this server. */
  url(path: string): string;
  /** Serves `body` at `path` from now on, with an ETag of its content and a Last-Modified of now. */
  serve(path: string, body: string | Buffer): void;
  /** The next `times` requests for `path` misbehave instead of being answered. */
  misbehave(path: string, misbehaviour: Misbehaviour, times?: number): void;
  /** Whether responses carry an ETag (default yes); without, validators come from Last-Modified alone. */
  sendEtags(on: boolean): void;
  readonly requests: RecordedRequest[];
  /** Called once each answer has been sent (a hung request has none). */
  onAnswered: ((request: RecordedRequest) => void) | null;
  close(): Promise<void>;
}

interface Served {
  body: Buffer;
  etag: string;
  lastModified: string;
}

export async function startSourceServer(): Promise<SourceServer> {
  const served = new Map<string, Served>();
  const misbehaviours = new Map<string, Misbehaviour[]>();
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  let etags = true;

  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const record = (result: RecordedRequest['answer']) => {
      const recorded = {
        path,
        ifNoneMatch: request.headers['if-none-match'] ?? null,
        ifModifiedSince: request.headers['if-modified-since'] ?? null,
        answer: result,
      };
      requests.push(recorded);
      response.once('finish', () => control.onAnswered?.(recorded));
    };
    const misbehaviour = misbehaviours.get(path)?.shift();
    const file = served.get(path);
    if (misbehaviour) record(misbehaviour);
    switch (misbehaviour) {
      case 'error-500':
        response.writeHead(500).end('internal error');
        return;
      case 'not-found-404':
        response.writeHead(404).end('not found');
        return;
      case 'hang':
        hanging.add(response);
        return;
      case 'truncate': {
        const body = file?.body ?? Buffer.from('x'.repeat(1000));
        response.writeHead(200, { 'content-length': body.length });
        response.write(body.subarray(0, body.length >> 1), () => response.destroy());
        return;
      }
      case 'half-body': {
        const body = file?.body ?? Buffer.alloc(0);
        response.writeHead(200, { 'content-type': 'application/json' }).end(body.subarray(0, body.length >> 1));
        return;
      }
    }
    if (!file) {
      record(404);
      response.writeHead(404).end('not found');
      return;
    }
    const validators = { ...(etags && { etag: file.etag }), 'last-modified': file.lastModified };
    const notModified =
      etags && request.headers['if-none-match'] ? request.headers['if-none-match'] === file.etag : request.headers['if-modified-since'] === file.lastModified;
    record(notModified ? 304 : 200);
    if (notModified) response.writeHead(304, validators).end();
    else response.writeHead(200, { ...validators, 'content-type': path.endsWith('.csv') ? 'text/csv' : 'application/json' }).end(file.body);
  };

  const server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let servedAtMs = Date.now();

  const control: SourceServer = {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    serve(path, text) {
      const body = Buffer.from(text);
      // Last-Modified has one-second resolution: each new body gets a later second than the last.
      servedAtMs = Math.max(Date.now(), servedAtMs + 1000);
      served.set(path, { body, etag: `"${createHash('sha1').update(body).digest('hex')}"`, lastModified: new Date(servedAtMs).toUTCString() });
    },
    misbehave(path, misbehaviour, times = 1) {
      misbehaviours.set(path, [...(misbehaviours.get(path) ?? []), ...Array<Misbehaviour>(times).fill(misbehaviour)]);
    },
    sendEtags(on) {
      etags = on;
    },
    requests,
    onAnswered: null,
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return control;
}
