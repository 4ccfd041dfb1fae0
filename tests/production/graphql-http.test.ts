import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { startTestStore, type TestStore } from './helpers.ts';

/**
 * The GraphQL-over-HTTP spec's audits (graphql-http) against the real app as production builds it
 * (limits, body limit, response cache, masking): every MUST passes; SHOULD and MAY are reported.
 */
describe('GraphQL over HTTP audits', () => {
  let store: TestStore;
  let app: App;
  beforeAll(async () => {
    store = await startTestStore();
    app = createApp({ db: store.db, responseCache: { ttlMs: 60_000 } });
  });
  afterAll(() => store.close());

  const audits = serverAudits({
    url: 'http://localhost/graphql',
    fetchFn: (input: string, init?: RequestInit) => app.fetch(new Request(input, init)),
  });

  it.each(audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
  });

  it('passes the SHOULD audits too (reported, for the record)', async () => {
    const failed: string[] = [];
    for (const audit of audits.filter((candidate) => !candidate.name.startsWith('MUST'))) {
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
  });
});
