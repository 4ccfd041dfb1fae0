/** The fetch rules of a refresh, against a local HTTP server: conditional requests, retries, timeouts, the size limit. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FetchOptions, fetchSourceDocument, SourceFetchError } from '../../src/ingest/fetch-source.ts';
import { type SourceServer, startSourceServer } from '../support/source-server.ts';

// Short limits: the server misbehaves on purpose, and nothing here measures time.
const options: FetchOptions = { timeoutMs: 300, maxBytes: 1_000, attempts: 3, retryDelayMs: 0 };
const TEXT = JSON.stringify({ data: [{ id: 'a/b' }] });

let server: SourceServer;
beforeAll(async () => {
  server = await startSourceServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.sendEtags(true);
  server.serve('/models.json', TEXT);
});

const answers = () => server.requests.map((request) => request.answer);

async function failure(promise: Promise<unknown>): Promise<SourceFetchError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SourceFetchError);
  return error as SourceFetchError;
}

describe('fetching a source document', () => {
  it('returns the text with its validators, and sends them back: an unchanged document is a 304', async () => {
    const fetched = await fetchSourceDocument(server.url('/models.json'), null, options);
    expect(fetched).toMatchObject({ status: 'FETCHED', text: TEXT, validators: { etag: expect.stringMatching(/^"/), lastModified: expect.any(String) } });
    if (fetched.status !== 'FETCHED') return;

    expect(await fetchSourceDocument(server.url('/models.json'), fetched.validators, options)).toEqual({ status: 'NOT_MODIFIED' });
    expect(server.requests[1]).toMatchObject({ ifNoneMatch: fetched.validators.etag, ifModifiedSince: fetched.validators.lastModified, answer: 304 });

    server.serve('/models.json', `${TEXT} `);
    expect(await fetchSourceDocument(server.url('/models.json'), fetched.validators, options)).toMatchObject({ status: 'FETCHED', text: `${TEXT} ` });
  });

  it('uses Last-Modified alone when the server sends no ETag', async () => {
    server.sendEtags(false);
    const fetched = await fetchSourceDocument(server.url('/models.json'), null, options);
    expect(fetched).toMatchObject({ status: 'FETCHED', validators: { etag: null, lastModified: expect.any(String) } });
    if (fetched.status === 'FETCHED')
      expect(await fetchSourceDocument(server.url('/models.json'), fetched.validators, options)).toEqual({ status: 'NOT_MODIFIED' });
  });

  it('retries a 500 and succeeds when the server recovers', async () => {
    server.misbehave('/models.json', 'error-500', 2);
    expect(await fetchSourceDocument(server.url('/models.json'), null, options)).toMatchObject({ status: 'FETCHED', text: TEXT });
    expect(answers()).toEqual(['error-500', 'error-500', 200]);
  });

  it('gives up after the last attempt, naming the URL and the status', async () => {
    server.misbehave('/models.json', 'error-500', 3);
    const error = await failure(fetchSourceDocument(server.url('/models.json'), null, options));
    expect(error.message).toContain(`${server.url('/models.json')}: HTTP 500`);
    expect(answers()).toEqual(['error-500', 'error-500', 'error-500']);
  });

  it('does not retry a 4xx: asking again will not make the document exist', async () => {
    server.misbehave('/models.json', 'not-found-404');
    const error = await failure(fetchSourceDocument(server.url('/models.json'), null, options));
    expect(error).toMatchObject({ retryable: false, message: expect.stringContaining('HTTP 404') });
    expect(answers()).toEqual(['not-found-404']);
  });

  it('times an attempt out when no response comes, and retries it', async () => {
    server.misbehave('/models.json', 'hang', 3);
    const error = await failure(fetchSourceDocument(server.url('/models.json'), null, options));
    expect(error.message).toContain('no complete response within 300 ms');
    expect(answers()).toEqual(['hang', 'hang', 'hang']);
  });

  it('treats a body cut short as a network error, and retries it', async () => {
    server.misbehave('/models.json', 'truncate');
    expect(await fetchSourceDocument(server.url('/models.json'), null, options)).toMatchObject({ status: 'FETCHED', text: TEXT });
    expect(answers()).toEqual(['truncate', 200]);
  });

  it('refuses a body over the size limit while it streams, without retrying', async () => {
    server.serve('/models.json', 'x'.repeat(options.maxBytes + 1));
    const error = await failure(fetchSourceDocument(server.url('/models.json'), null, options));
    expect(error).toMatchObject({ retryable: false, message: expect.stringContaining('larger than the limit of 1000 bytes') });
    expect(answers()).toEqual([200]);
  });

  it('refuses a body whose declared length is over the limit before reading it', async () => {
    server.serve('/models.json', 'x'.repeat(options.maxBytes + 1));
    // `truncate` declares the whole length in Content-Length (and would then cut the body short).
    server.misbehave('/models.json', 'truncate');
    const error = await failure(fetchSourceDocument(server.url('/models.json'), null, options));
    expect(error).toMatchObject({ retryable: false, message: expect.stringContaining('larger than the limit') });
    expect(answers()).toEqual(['truncate']);
  });

  it('refuses a body that is not UTF-8 text', async () => {
    server.serve('/models.json', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const error = await failure(fetchSourceDocument(server.url('/models.json'), null, options));
    expect(error).toMatchObject({ retryable: false, message: expect.stringContaining('not UTF-8') });
  });

  it('a refused connection is retried, then reported', async () => {
    const error = await failure(fetchSourceDocument('http://127.0.0.1:9/models.json', null, options));
    expect(error).toMatchObject({ retryable: true, message: expect.stringContaining('fetch failed') });
  });

  it('stops when aborted, without waiting out the backoff', async () => {
    server.misbehave('/models.json', 'error-500', 3);
    const abort = new AbortController();
    server.onAnswered = () => abort.abort();
    // A minute's backoff: the test would time out if the abort did not end the wait.
    const error = await failure(fetchSourceDocument(server.url('/models.json'), null, { ...options, retryDelayMs: 60_000, signal: abort.signal }));
    server.onAnswered = null;
    expect(error).toMatchObject({ retryable: false, message: expect.stringContaining('aborted') });
    expect(answers()).toEqual(['error-500']);
  });
});
