import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { checkAdminToken } from '../../src/services/admin-token.ts';
import { ADMIN_TOKEN, codesOf, INGEST_MUTATION, openRouterFile, post, startTestStore, type TestStore } from './helpers.ts';

describe('admin ingest mutation', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore();
  });
  afterAll(() => store.close());

  const ingest = (adminToken: string | undefined, headers: Record<string, string>) =>
    post(createApp({ db: store.db, adminToken }), { query: INGEST_MUTATION, variables: { files: [openRouterFile(3)] } }, headers);

  it('without a token: UNAUTHENTICATED, and nothing is imported', async () => {
    const response = await ingest(ADMIN_TOKEN, {});
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.body.data).toBeNull();
    expect(await store.db.collection('catalogState').findOne({ _id: 'current' as never })).toBeNull();
  });

  it.each([
    ['a wrong token', 'FORBIDDEN', 'Bearer not-the-token'],
    ['the token and one more character', 'FORBIDDEN', `Bearer ${ADMIN_TOKEN}x`],
    ['a prefix of the token', 'FORBIDDEN', `Bearer ${ADMIN_TOKEN.slice(0, 10)}`],
    ['the token without the Bearer scheme', 'UNAUTHENTICATED', ADMIN_TOKEN],
  ])('with %s: %s', async (_case, code, authorization) => {
    expect(codesOf(await ingest(ADMIN_TOKEN, { authorization }))).toEqual([code]);
  });

  it.each([
    ['not configured', undefined],
    ['configured empty', ''],
  ])('with the admin token %s, even a token that would match is FORBIDDEN', async (_case, adminToken) => {
    expect(codesOf(await ingest(adminToken, { authorization: 'Bearer ' }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await ingest(adminToken, { authorization: `Bearer ${ADMIN_TOKEN}` }))).toEqual(['FORBIDDEN']);
  });

  it('with the right token: runs the import and returns its report per collection', async () => {
    const response = await ingest(ADMIN_TOKEN, { authorization: `Bearer ${ADMIN_TOKEN}` });
    expect(response.body.errors).toBeUndefined();
    const report = response.body.data!.ingest;
    expect(report.status).toBe('APPLIED');
    expect(report.catalogVersion).toBeGreaterThan(0);
    expect(report.collections.find((counts: { collection: string }) => counts.collection === 'MODELS')).toMatchObject({ added: 3, rejected: 0 });
  });

  it('takes one file as `data` (the text alone) just as it takes `files`; both or neither is BAD_USER_INPUT', async () => {
    const app = createApp({ db: store.db, adminToken: ADMIN_TOKEN });
    const authorization = `Bearer ${ADMIN_TOKEN}`;
    const query = `mutation($data: String, $files: [IngestFileInput!]) {
      ingest(format: OPENROUTER, data: $data, files: $files) { status catalogVersion collections { collection added } }
    }`;
    const applied = await post(app, { query, variables: { data: openRouterFile(5).text } }, { authorization });
    expect(applied.body.errors).toBeUndefined();
    expect(applied.body.data!.ingest.status).toBe('APPLIED');
    // The same file again through `files`: the catalog already holds it.
    const again = await post(app, { query, variables: { files: [openRouterFile(5)] } }, { authorization });
    expect(again.body.data!.ingest).toMatchObject({ status: 'UNCHANGED', catalogVersion: applied.body.data!.ingest.catalogVersion });

    for (const variables of [{}, { data: openRouterFile(2).text, files: [openRouterFile(2)] }]) {
      const refused = await post(app, { query, variables }, { authorization });
      expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.body.errors![0]!.extensions).toMatchObject({ argument: 'data' });
    }
    // Authorization comes first: a caller without the token learns nothing about the arguments.
    expect(codesOf(await post(app, { query, variables: {} }))).toEqual(['UNAUTHENTICATED']);
  });

  it('reports a bad file as FAILED with the reason, changing nothing', async () => {
    const before = await store.db.collection('catalogState').findOne({ _id: 'current' as never });
    const response = await post(
      createApp({ db: store.db, adminToken: ADMIN_TOKEN }),
      { query: INGEST_MUTATION, variables: { files: [{ name: 'models.json', text: '{"data": "not a list"}' }] } },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(response.body.data!.ingest).toMatchObject({ status: 'FAILED', catalogVersion: before!.version });
    expect(response.body.data!.ingest.error).toMatch(/expected \{"data": \[\.\.\.\]\}/);
  });
});

describe('checkAdminToken', () => {
  it('needs the Bearer scheme and the exact token; no configured token disables it', () => {
    expect(checkAdminToken(`Bearer ${ADMIN_TOKEN}`, ADMIN_TOKEN)).toBe('GRANTED');
    expect(checkAdminToken(`bearer   ${ADMIN_TOKEN}`, ADMIN_TOKEN)).toBe('GRANTED');
    expect(checkAdminToken(null, ADMIN_TOKEN)).toBe('MISSING');
    expect(checkAdminToken('Basic abc', ADMIN_TOKEN)).toBe('MISSING');
    expect(checkAdminToken(`Bearer ${ADMIN_TOKEN} extra`, ADMIN_TOKEN)).toBe('MISSING');
    expect(checkAdminToken('Bearer x', ADMIN_TOKEN)).toBe('WRONG');
    expect(checkAdminToken(`Bearer ${ADMIN_TOKEN}`, undefined)).toBe('DISABLED');
    expect(checkAdminToken(`Bearer ${ADMIN_TOKEN}`, '')).toBe('DISABLED');
  });
});
