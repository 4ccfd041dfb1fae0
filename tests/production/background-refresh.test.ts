/**
 * The server's background refresh, end to end: `src/server.ts` with REFRESH_INTERVAL and
 * REFRESH_URLS pointing at a local fixture server. Its run at start refreshes in a worker thread while
 * /ready keeps answering; each outcome is logged and counted in /metrics with the age of each source;
 * a failed source changes nothing; SIGTERM stops it cleanly.
 */
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SourceServer, startSourceServer } from '../support/source-server.ts';
import { catalogDataDir, type RunningServer, startServer } from './helpers.ts';

const DB_NAME = 'background_refresh_test';
const openRouterSeed = readFileSync(new URL('../../seed/data/openrouter/models.json', import.meta.url), 'utf8');

/** The seed's OpenRouter list with GPT-5's input price raised from $1.25 to $2 per 1M tokens. */
function withNewGpt5Price(): string {
  const list = JSON.parse(openRouterSeed) as { data: { id: string; pricing: Record<string, string> }[] };
  list.data.find((model) => model.id === 'openai/gpt-5')!.pricing.prompt = '0.000002';
  return JSON.stringify(list);
}

let sources: SourceServer;
let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  sources = await startSourceServer();
  sources.serve('/openrouter/models.json', withNewGpt5Price());
  // The LMArena mirror has lost its text leaderboard: that source's refresh fails, OpenRouter's does not.
  sources.misbehave('/lmarena/text.csv', 'not-found-404');
  dataDir = await catalogDataDir(DB_NAME, { name: 'models.json', text: openRouterSeed });
  server = await startServer(dataDir, {
    MONGODB_DB: DB_NAME,
    REFRESH_INTERVAL: '6h',
    REFRESH_SOURCES: 'openrouter,lmarena',
    REFRESH_URLS: [
      `openrouter/models=${sources.url('/openrouter/models.json')}`,
      `lmarena/text=${sources.url('/lmarena/text.csv')}`,
      `lmarena/vision=${sources.url('/lmarena/vision.csv')}`,
      `lmarena/image=${sources.url('/lmarena/image.csv')}`,
    ].join(','),
  });
}, 120_000);
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await sources?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const get = (path: string) => fetch(`http://127.0.0.1:${server.port}${path}`);
const finished = (source: string) => (line: Record<string, unknown>) => line.source === source && String(line.msg).startsWith('refresh ');

describe('background refresh', () => {
  it('refreshes at start off the request thread: /ready answers throughout, and every outcome is logged', async () => {
    const done = Promise.all([server.logged(finished('openrouter')), server.logged(finished('lmarena'))]);
    let refreshed = false;
    void done.then(() => (refreshed = true));
    const readiness: number[] = [];
    while (!refreshed) readiness.push((await get('/ready')).status);
    expect(readiness.length).toBeGreaterThan(0);
    expect(new Set(readiness)).toEqual(new Set([200]));

    const [openRouter, lmArena] = await done;
    expect(openRouter).toMatchObject({ level: 'info', msg: 'refresh finished', result: 'applied', catalogVersion: 2, priceChanges: 1 });
    expect(lmArena).toMatchObject({
      level: 'warn',
      msg: 'refresh failed; the catalog is unchanged',
      result: 'failed',
      error: expect.stringContaining('HTTP 404'),
    });
  }, 120_000);

  it('/metrics counts refreshes by source and result, and has the age of each refreshed source (none for one never refreshed)', async () => {
    const metrics = await (await get('/metrics')).text();
    expect(metrics).toMatch(/^catalog_refreshes_total\{source="openrouter",result="applied"\} 1$/m);
    expect(metrics).toMatch(/^catalog_refreshes_total\{source="lmarena",result="failed"\} 1$/m);
    const age = Number(/^catalog_source_age_seconds\{source="openrouter"\} (\S+)$/m.exec(metrics)?.[1]);
    expect(age).toBeGreaterThanOrEqual(0);
    expect(metrics).not.toMatch(/catalog_source_age_seconds\{source="lmarena"\}/);
  });

  it('the refreshed price is served, and the refresh is the newest catalog update', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{
          model(id: "openai/gpt-5") { offerings { price { tokens { input { usd } } } } }
          catalogUpdates(first: 1) { edges { node { source trigger urls changes { priceChanges { total items { offeringId } } } } } }
        }`,
      }),
    });
    const { data } = (await response.json()) as {
      data: { model: { offerings: { price: { tokens: { input: { usd: string } } } }[] }; catalogUpdates: { edges: { node: unknown }[] } };
    };
    expect(data.model.offerings.map((offering) => offering.price.tokens.input.usd)).toEqual(['2']);
    expect(data.catalogUpdates.edges[0]!.node).toEqual({
      source: 'openrouter',
      trigger: 'SCHEDULE',
      urls: [sources.url('/openrouter/models.json')],
      changes: { priceChanges: { total: 1, items: [{ offeringId: 'openrouter/openai/gpt-5' }] } },
    });
  });

  it('SIGTERM stops the schedule with the server, which exits 0', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['background refresh on', 'draining', 'stopped']));
  });
});
