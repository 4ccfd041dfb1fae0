import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DEFAULTS, createApp } from '../../src/app.ts';
import { OPERATION_LIMITS } from '../../src/http/operation-limits.ts';
import { ADMIN_TOKEN, codesOf, post, unreachableDb } from './helpers.ts';

// Limits are checked before anything reads data, so a database that never answers is enough:
// an operation within the limits fails later, with DATABASE_UNAVAILABLE, never with a limit code.
const database = unreachableDb();
afterAll(() => database.close());
const app = createApp({ db: database.db, adminToken: ADMIN_TOKEN, maxBodyBytes: 20_000, adminMaxBodyBytes: 100_000 });

/** The limits an operation was refused for (graphql-js may report other validation errors beside them). */
const limitsHit = (response: Awaited<ReturnType<typeof post>>) =>
  (response.body.errors ?? []).filter((error) => error.extensions?.code === 'OPERATION_TOO_COMPLEX').map((error) => error.extensions?.limit);

const nested = (depth: number): string => (depth === 0 ? 'id' : `lab { models(first: 1) { edges { node { ${nested(depth - 1)} } } } }`);

describe('operation limits', () => {
  it('every example operation of schema/operations is within every limit', async () => {
    const directory = new URL('../../schema/operations/', import.meta.url);
    const files = readdirSync(directory).filter((name) => name.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const response = await post(app, { query: readFileSync(new URL(file, directory), 'utf8'), variables: { id: 'x', models: ['a', 'b'] } });
      expect(codesOf(response), file).not.toContain('OPERATION_TOO_COMPLEX');
    }
  });

  it(`refuses nesting deeper than ${OPERATION_LIMITS.maxDepth}`, async () => {
    const response = await post(app, { query: `{ model(id: "x") { ${nested(4)} } }` });
    expect(response.status).toBe(400);
    expect(limitsHit(response)).toContain('maxDepth');
  });

  it(`refuses more than ${OPERATION_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: OPERATION_LIMITS.maxAliases + 1 }, (_, i) => `m${i}: methodology { version }`).join(' ');
    const response = await post(app, { query: `{ ${aliases} }` });
    expect(response.status).toBe(400);
    expect(limitsHit(response)).toContain('maxAliases');
  });

  it(`refuses more than ${OPERATION_LIMITS.maxDirectives} directives`, async () => {
    const response = await post(app, { query: `{ __typename ${'@skip(if: false) '.repeat(OPERATION_LIMITS.maxDirectives + 1)} }` });
    expect(response.status).toBe(400);
    expect(limitsHit(response)).toContain('maxDirectives');
  });

  it(`refuses an operation costing more than ${OPERATION_LIMITS.maxCost}: every provider of 100 models with all its offerings, every offering of every provider`, async () => {
    for (const query of [
      '{ models(first: 100) { edges { node { offerings { provider { offerings { model { name } } } } } } } }',
      '{ providers { offerings { model { offerings { price { kind } } } } } }',
      `{ ${Array.from({ length: 5 }, (_, i) => `f${i}: frontier { withoutScore }`).join(' ')} }`,
    ]) {
      const response = await post(app, { query });
      expect(response.status, query).toBe(400);
      expect(limitsHit(response), query).toEqual(['maxCost']);
      expect(response.body.errors![0]!.message).toMatch(/^The operation costs [\d,]+, more than the limit of 50,000\.$/);
    }
  });

  it('passes the list page a product needs at its largest page: 100 models with lab, release, context window, price, score and rank', async () => {
    const query = `{ models(first: 100) { edges { node { canonicalId name lab { name } releaseDate limits { contextWindow { tokens reason } }
      canonicalPrice { kind tokens { input { display } output { display } } }
      scores { overall { value confidence } ranks { overall { peerGroup { label } } } } } } } }`;
    const response = await post(app, { query });
    expect(codesOf(response)).not.toContain('OPERATION_TOO_COMPLEX');
  });

  it(`refuses a document of more than ${OPERATION_LIMITS.maxTokens} tokens without parsing it all`, async () => {
    const response = await post(app, { query: `{ ${'a '.repeat(OPERATION_LIMITS.maxTokens)} }` });
    expect(response.status).toBe(400);
    expect(limitsHit(response)).toEqual(['maxTokens']);
  });
});

describe('request body limit', () => {
  const bigQuery = { query: `{ __typename }`, variables: { padding: 'x'.repeat(30_000) } };

  it('answers 413 PAYLOAD_TOO_LARGE for a body over the limit (chunked: no Content-Length)', async () => {
    const response = await post(app, bigQuery);
    expect(response.status).toBe(413);
    expect(codesOf(response)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('answers 413 from the declared Content-Length alone', async () => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '10000000' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(413);
  });

  it('accepts the same body under the limit, and a larger one with the admin token', async () => {
    expect((await post(app, { query: '{ __typename }' })).body.data).toEqual({ __typename: 'Query' });
    const admin = await post(app, bigQuery, { authorization: `Bearer ${ADMIN_TOKEN}` });
    expect(admin.status).toBe(200);
    expect(admin.body.data).toEqual({ __typename: 'Query' });
  });

  it(`holds the admin limit it states (default ${APP_DEFAULTS.adminMaxBodyBytes} bytes), not Yoga's own 25 MB`, async () => {
    const defaults = createApp({ db: database.db, adminToken: ADMIN_TOKEN });
    // 26 MB: over Yoga's default maxRequestBodySize (25,000,000 bytes), under 32 MiB.
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(26_000_000) } });
    expect(body.length).toBeGreaterThan(25_000_000);
    expect(body.length).toBeLessThan(APP_DEFAULTS.adminMaxBodyBytes);
    const admin = await post(defaults, body, { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-length': String(body.length) });
    expect(admin.status).toBe(200);
    expect(admin.body.data).toEqual({ __typename: 'Query' });
  });
});

/** POSTs `bytes` of body with fetch (a fresh connection each time: the server closes it after a 413); the status read, or the error seen. */
async function postBody(port: number, bytes: number, { chunked }: { chunked: boolean }): Promise<number | string> {
  const payload = new Uint8Array(bytes).fill(0x20);
  const body = chunked
    ? new ReadableStream<Uint8Array>({
        start(controller) {
          for (let offset = 0; offset < bytes; offset += 64 * 1024) controller.enqueue(payload.subarray(offset, offset + 64 * 1024));
          controller.close();
        },
      })
    : payload;
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      ...(chunked ? { duplex: 'half' } : {}),
    } as RequestInit);
    await response.text();
    return response.status;
  } catch (error) {
    return String((error as Error).cause ?? error);
  }
}

describe('request body limit over real sockets', () => {
  let server: ChildProcess;
  let port: number;
  beforeAll(async () => {
    // Its own process, as in production: in one process the client and the server share an event
    // loop, and the reset this guards against did not show.
    server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./fixtures/limited-server.ts', import.meta.url))], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(server.stdout!, 'data')) as [Buffer];
    port = (JSON.parse(line.toString()) as { port: number }).port;
  });
  afterAll(() => {
    server?.kill();
  });

  // Refused from its Content-Length and closed mid-upload, 25 of 40 clients saw EPIPE or a reset instead of the 413.
  it.each([
    ['declared Content-Length', false],
    ['chunked', true],
  ])('every client sending 5 MB (%s) reads the 413, over 30 fresh connections', async (_label, chunked) => {
    const outcomes: (number | string)[] = [];
    for (let i = 0; i < 30; i++) outcomes.push(await postBody(port, 5_000_000, { chunked }));
    expect(outcomes).toEqual(Array.from({ length: 30 }, () => 413));
  });
});

describe('operation timeout', () => {
  it('aborts a query that runs too long with OPERATION_TIMEOUT, well before the database gives up', async () => {
    const slowDatabase = unreachableDb(5_000);
    try {
      const impatient = createApp({ db: slowDatabase.db, operationTimeoutMs: 200 });
      const startedAt = performance.now();
      const response = await post(impatient, { query: '{ models(first: 1) { totalCount } }' });
      expect(performance.now() - startedAt).toBeLessThan(2_000);
      expect(codesOf(response)).toEqual(['OPERATION_TIMEOUT']);
      expect(response.body.errors![0]!.message).toMatch(/longer than 200 ms/);
    } finally {
      await slowDatabase.close();
    }
  });
});
