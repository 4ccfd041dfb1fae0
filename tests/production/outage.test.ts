import { GraphQLError } from 'graphql';
import { MongoServerSelectionError } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { CATALOG_VERSION_MAX_AGE_MS } from '../../src/data/catalog-versions/pointer.ts';
import { createMaskError } from '../../src/http/mask-error.ts';
import { codesOf, metricValue, post, startTestStore, type TestStore } from './helpers.ts';

const QUERY = { query: '{ models(first: 1) { totalCount } }' };
const DB_TIMEOUT_MS = 1_000;

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('database outage and recovery', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore({ dbTimeoutMs: DB_TIMEOUT_MS });
  });
  afterAll(() => store.close());

  it.each([
    ['without a response cache', undefined],
    ['with the response cache', { ttlMs: 60_000 }],
  ])('%s: fails fast with DATABASE_UNAVAILABLE and /ready 503 while the store is down, and recovers without a restart', async (_case, responseCache) => {
    const app = createApp({ db: store.db, readyTimeoutMs: 500, responseCache });
    const ready = async () => (await app.fetch('http://localhost/ready')).status;

    // Three times: with the response cache, a miss, a hit, and a hit answered from its serialised copy.
    for (let attempt = 0; attempt < 3; attempt++) expect((await post(app, QUERY)).body.data).toEqual({ models: { totalCount: 0 } });
    expect(await ready()).toBe(200);

    await store.stopStore();
    // Until its view of the version pointer expires, the instance may still answer what it has cached.
    await new Promise((resolve) => setTimeout(resolve, CATALOG_VERSION_MAX_AGE_MS));
    const startedAt = performance.now();
    const down = await post(app, QUERY);
    expect(performance.now() - startedAt).toBeLessThan(DB_TIMEOUT_MS * 3);
    expect(codesOf(down)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(down.body.errors![0]!.message).toBe('The database cannot be reached right now; retry later.');
    expect(JSON.stringify(down.body)).not.toMatch(/Mongo|ECONNREFUSED|stack/);
    expect(await ready()).toBe(503);
    expect(await metricValue(app, 'database_unavailable_errors_total')).toBeGreaterThan(0);

    await store.restartStore();
    const recovered = await eventually(
      () => post(app, QUERY),
      (response) => response.body.data?.models?.totalCount === 0,
      15_000,
    );
    expect(recovered.body.errors).toBeUndefined();
    expect(await ready()).toBe(200);
  });
});

describe('error masking', () => {
  const mask = createMaskError(() => {});

  it('an unexpected error becomes INTERNAL_SERVER_ERROR "Unexpected error." with no message or stack of its own', () => {
    const masked = mask(new GraphQLError('secret detail', { originalError: new TypeError('x is undefined'), path: ['model'] }), 'Unexpected error.');
    const json = JSON.stringify((masked as GraphQLError).toJSON());
    expect(masked.message).toBe('Unexpected error.');
    expect((masked as GraphQLError).extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(json).not.toMatch(/secret|undefined|stack|TypeError/);
  });

  it('a driver error about reaching the server becomes DATABASE_UNAVAILABLE, keeping the path', () => {
    const driverError = new MongoServerSelectionError('connect ECONNREFUSED 127.0.0.1:27017', { type: 'Unknown', servers: new Map() } as never);
    const masked = mask(new GraphQLError(driverError.message, { originalError: driverError, path: ['models'] }), 'Unexpected error.') as GraphQLError;
    expect(masked.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(masked.path).toEqual(['models']);
    expect(masked.message).not.toMatch(/ECONNREFUSED/);
  });

  it('an error the API raised on purpose passes unchanged', () => {
    const coded = new GraphQLError('id: must not be empty', { extensions: { code: 'BAD_USER_INPUT', argument: 'id' } });
    expect(mask(coded, 'Unexpected error.')).toBe(coded);
  });
});
