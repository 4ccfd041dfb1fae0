import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { CATALOG_VERSION_MAX_AGE_MS } from '../../src/data/catalog-versions/pointer.ts';
import { ADMIN_TOKEN, codesOf, INGEST_MUTATION, openRouterFile, post, type RawResponse, startTestStore, type TestStore } from './helpers.ts';

const QUERY = { query: '{ models(first: 1) { totalCount } }' };
const DB_TIMEOUT_MS = 500;
// Long enough to watch the outage (a request and a /ready probe each take up to DB_TIMEOUT_MS).
const RESTART_DELAY_MS = 4_000;

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore({ dbTimeoutMs: DB_TIMEOUT_MS, restartDelayMs: RESTART_DELAY_MS });
});
afterAll(() => store.close());

async function eventually(probe: () => Promise<RawResponse>, accept: (response: RawResponse) => boolean, timeoutMs: number): Promise<RawResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await probe();
    if (accept(response) || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it('a crash of the embedded store worker: DATABASE_UNAVAILABLE and /ready 503 until it is restarted, then the same data', async () => {
  const app = createApp({ db: store.db, adminToken: ADMIN_TOKEN, readyTimeoutMs: DB_TIMEOUT_MS });
  const ready = async () => (await app.fetch('http://localhost/ready')).status;
  const ingested = await post(app, { query: INGEST_MUTATION, variables: { files: [openRouterFile(3)] } }, { authorization: `Bearer ${ADMIN_TOKEN}` });
  expect(ingested.body.data?.ingest.status).toBe('APPLIED');
  expect((await post(app, QUERY)).body.data).toEqual({ models: { totalCount: 3 } });
  expect(await ready()).toBe(200);

  await store.crashStore();
  // The process survived the crash (this test is still running); the app notices once its view of the catalog version expires.
  await new Promise((resolve) => setTimeout(resolve, CATALOG_VERSION_MAX_AGE_MS + 100));
  const down = await post(app, QUERY);
  expect(codesOf(down)).toEqual(['DATABASE_UNAVAILABLE']);
  expect(await ready()).toBe(503);

  const recovered = await eventually(
    () => post(app, QUERY),
    (response) => response.body.data?.models?.totalCount === 3,
    RESTART_DELAY_MS + 15_000,
  );
  expect(recovered.body).toEqual({ data: { models: { totalCount: 3 } } });
  expect(await ready()).toBe(200);
}, 40_000);
