/**
 * Refreshing sources from their URLs, against a local HTTP server serving fixture files: a refresh
 * is applied atomically, a bad response changes nothing, a 304 writes nothing, two instances never
 * import at once, and the change set names exactly the changed offerings.
 */
import { execFile } from 'node:child_process';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireImportLock } from '../../src/data/catalog-versions/lock.ts';
import { currentCatalogVersion } from '../../src/data/catalog-versions/pointer.ts';
import { collections } from '../../src/data/collections.ts';
import type { IngestFormat } from '../../src/domain/ingest-report.ts';
import type { FetchLimits } from '../../src/ingest/fetch-source.ts';
import { type RefreshOutcome, refreshSource } from '../../src/ingest/refresh.ts';
import { type RefreshPlan, refreshDueSources, refreshInWorker } from '../../src/ingest/refresh-run.ts';
import { resolveDocuments } from '../../src/ingest/remote-sources.ts';
import { type Misbehaviour, type SourceServer, startSourceServer } from '../support/source-server.ts';
import { catalogFingerprint, type IngestTestStore, openIngestStore, seedText } from './helpers.ts';

const limits: FetchLimits = { timeoutMs: 500, maxBytes: 8 * 1024 * 1024, attempts: 2, retryDelayMs: 0 };

interface OpenRouterModel {
  id: string;
  pricing: Record<string, string>;
}
const openRouterModels = (JSON.parse(seedText('data/openrouter/models.json')) as { data: OpenRouterModel[] }).data.slice(0, 12);
const openRouterText = (models: OpenRouterModel[]) => JSON.stringify({ data: models });
/** The fixture with the first model's input price set to `usdPerToken`. */
function repriced(usdPerToken: string): string {
  const models = structuredClone(openRouterModels);
  models[0]!.pricing.prompt = usdPerToken;
  return openRouterText(models);
}

/** Two providers of models.dev's api.json and a few of its models: a two-document source, small. */
function modelsDevFixture() {
  const api = JSON.parse(seedText('data/models-dev/api.json')) as Record<string, unknown>;
  const models = JSON.parse(seedText('data/models-dev/models.json')) as Record<string, unknown>;
  return {
    api: JSON.stringify({ anthropic: api.anthropic, openai: api.openai }),
    models: JSON.stringify(Object.fromEntries(Object.entries(models).filter(([id]) => id.startsWith('anthropic/')))),
  };
}

let store: IngestTestStore;
let server: SourceServer;

const OPENROUTER_PATH = '/api/v1/models';
const refresh = (source: IngestFormat, urls: string[], db = store.db) =>
  refreshSource(db, source, resolveDocuments(source, {}, urls), { ...limits, trigger: 'FETCH' });
const refreshOpenRouter = (db = store.db) => refresh('openrouter', [server.url(OPENROUTER_PATH)], db);

/** What a refresh that changes nothing must leave exactly as it was. */
async function everythingWritten(): Promise<string> {
  const all = collections(store.db);
  return JSON.stringify({
    catalog: await catalogFingerprint(store.db),
    ingestRuns: await all.ingestRuns.countDocuments(),
    catalogUpdates: await all.catalogUpdates.countDocuments(),
    fetches: await all.sourceFetches.find({}).sort({ _id: 1 }).toArray(),
  });
}

beforeAll(async () => {
  store = await openIngestStore('refresh');
  server = await startSourceServer();
});
afterAll(async () => {
  await server?.close();
  await store?.close();
});

describe('refreshing a source from its URL', () => {
  it('imports what the URL serves as a new catalog version, and remembers its validators and record count', async () => {
    server.serve(OPENROUTER_PATH, openRouterText(openRouterModels));
    const outcome = await refreshOpenRouter();
    expect(outcome).toMatchObject({
      source: 'openrouter',
      result: 'applied',
      error: null,
      documents: [{ url: server.url(OPENROUTER_PATH), status: 'FETCHED' }],
    });
    expect(outcome.report).toMatchObject({ status: 'APPLIED', trigger: 'FETCH', urls: [server.url(OPENROUTER_PATH)], catalogVersion: 1 });
    expect(outcome.report!.changes!.modelsAdded.total).toBeGreaterThan(0);
    const fetch = await collections(store.db).sourceFetches.findOne({ _id: server.url(OPENROUTER_PATH) });
    expect(fetch).toMatchObject({ source: 'openrouter', kind: 'openrouter/models', etag: expect.stringMatching(/^"/), records: openRouterModels.length });
  });

  it('a 304 writes nothing but the time the source was confirmed current', async () => {
    const before = await everythingWritten();
    const checkedBefore = (await collections(store.db).sourceFetches.findOne({}))!.checkedAt;
    const outcome = await refreshOpenRouter();
    expect(outcome).toMatchObject({ result: 'not-modified', report: null, documents: [{ status: 'NOT_MODIFIED' }] });
    expect(server.requests.at(-1)).toMatchObject({ ifNoneMatch: expect.stringMatching(/^"/), answer: 304 });
    const fetch = (await collections(store.db).sourceFetches.findOne({}))!;
    expect(fetch.checkedAt.getTime()).toBeGreaterThanOrEqual(checkedBefore.getTime());
    // Everything else, catalog, import runs, updates and validators, is as it was.
    const after = JSON.parse(await everythingWritten());
    const expected = JSON.parse(before);
    expected.fetches[0].checkedAt = after.fetches[0].checkedAt;
    expect(after).toEqual(expected);
  });

  it.each<[string, Misbehaviour | 'empty list' | 'most records gone', string]>([
    ['a 500 on every attempt', 'error-500', 'HTTP 500'],
    ['no response before the timeout', 'hang', 'no complete response within 500 ms'],
    ['a body cut short on every attempt', 'truncate', 'terminated: other side closed'],
    ['a complete response with half the JSON', 'half-body', 'not valid JSON'],
    ['an empty model list', 'empty list', 'no record in the response was accepted'],
    ['a list that lost most of its models', 'most records gone', 'records accepted where the last imported response had 12'],
  ])('%s changes nothing, and the next refresh imports the new price', async (_case, problem, message) => {
    const before = await everythingWritten();
    const version = await currentCatalogVersion(store.db);
    server.serve(OPENROUTER_PATH, repriced(`0.0000${version + 1}`));
    if (problem === 'empty list') server.serve(OPENROUTER_PATH, openRouterText([]));
    else if (problem === 'most records gone') server.serve(OPENROUTER_PATH, openRouterText(openRouterModels.slice(0, 5)));
    // Misbehaving on every attempt the fetcher makes: those it retries, and the one it does not.
    else server.misbehave(OPENROUTER_PATH, problem, problem === 'half-body' ? 1 : limits.attempts);

    const failed = await refreshOpenRouter();
    expect(failed.result).toBe('failed');
    expect(failed.error).toContain(message);
    const after = JSON.parse(await everythingWritten());
    const expected = JSON.parse(before);
    // A response that arrived whole but failed validation leaves its FAILED import run, as a bad file does.
    if (failed.report) expected.ingestRuns += 1;
    expect(after).toEqual(expected);

    server.serve(OPENROUTER_PATH, repriced(`0.0000${version + 1}`));
    const retried = await refreshOpenRouter();
    expect(retried.result).toBe('applied');
    expect(retried.report!.catalogVersion).toBe(version + 1);
  });

  it('the change set names exactly the offering whose price changed, with its price before and after', async () => {
    server.serve(OPENROUTER_PATH, repriced('0.00009'));
    const outcome = await refreshOpenRouter();
    const changes = outcome.report!.changes!;
    expect(changes.priceChanges.items.map((change) => change.offeringId)).toEqual([`openrouter/${openRouterModels[0]!.id}`]);
    expect(changes.priceChanges.total).toBe(1);
    expect(changes.priceChanges.items[0]!.price.tokens.inputNanoUsdPerMTok).toBe(90_000_000_000);
    expect(changes.limitChanges.total + changes.modelsAdded.total + changes.modelsRemoved.total + changes.benchmarkResultsAdded.total).toBe(0);
    const update = await collections(store.db).catalogUpdates.findOne({ catalogVersion: outcome.report!.catalogVersion });
    expect(update?.changes).toEqual(changes);
  });

  it('while another import holds the lock, a refresh is busy: it imports and remembers nothing', async () => {
    server.serve(OPENROUTER_PATH, repriced('0.00008'));
    const before = await everythingWritten();
    const release = await acquireImportLock(store.db);
    try {
      expect(await refreshOpenRouter()).toMatchObject({ result: 'busy', report: null, error: expect.stringContaining('another import is running') });
      expect(await everythingWritten()).toBe(before);
    } finally {
      await release();
    }
    expect((await refreshOpenRouter()).result).toBe('applied');
  });

  it('two instances refreshing at once: one imports, the other never imports beside it', async () => {
    const other = await new MongoClient(store.uri).connect();
    try {
      server.serve(OPENROUTER_PATH, repriced('0.00007'));
      const version = await currentCatalogVersion(store.db);
      const outcomes = await Promise.all([refreshOpenRouter(store.db), refreshOpenRouter(other.db(store.dbName))]);
      const results = outcomes.map((outcome) => outcome.result).sort();
      // The second either found the lock taken (busy) or came after the first had finished (unchanged).
      expect(results[0]).toBe('applied');
      expect(['busy', 'unchanged']).toContain(results[1]);
      expect(await currentCatalogVersion(store.db)).toBe(version + 1);
      expect(await collections(store.db).catalogUpdates.countDocuments({ catalogVersion: { $gt: version } })).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('a source of several documents imports only those that changed; the others answer 304', async () => {
    const fixture = modelsDevFixture();
    server.serve('/api.json', fixture.api);
    server.serve('/models.json', fixture.models);
    const urls = [`api=${server.url('/api.json')}`, `models=${server.url('/models.json')}`];
    expect((await refresh('models-dev', urls)).result).toBe('applied');

    server.serve('/models.json', `${fixture.models}\n`);
    const partial = await refresh('models-dev', urls);
    expect(partial.documents.map((document) => document.status)).toEqual(['NOT_MODIFIED', 'FETCHED']);
    expect(partial.report!.files.map((file) => file.kind)).toEqual(['models-dev/models']);
    expect(partial.result).toBe('unchanged');
    expect((await refresh('models-dev', urls)).result).toBe('not-modified');
  });

  it('the CLI fetches a source with --source and --url, and says when it was not modified', async () => {
    // Asynchronously: the fixture server answers from this process.
    const cli = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'src/cli/ingest.ts', ...args],
          { env: { ...process.env, MONGODB_URI: store.uri, MONGODB_DB: store.dbName }, timeout: 60_000 },
          (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
        );
      });
    server.serve('/cli/models.json', repriced('0.00006'));
    const applied = await cli(['--source', 'openrouter', '--url', server.url('/cli/models.json')]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/^APPLIED openrouter import/);
    expect(applied.stdout).toContain(`fetched from ${server.url('/cli/models.json')}`);
    expect(applied.stdout).toContain('1 price changes');

    const again = await cli(['--source', 'openrouter', '--url', server.url('/cli/models.json'), '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ result: 'not-modified', report: null });

    // The same URL as another source's document: what was learnt of it as OpenRouter's does not count.
    const asModelsDev = await cli(['--source', 'models-dev', '--url', `models=${server.url('/cli/models.json')}`]);
    expect(asModelsDev.code).toBe(1);
    expect(asModelsDev.stdout).toMatch(/^FAILED models-dev import .*\nerror: models.json: not a models.dev file/);

    const wrong = await cli(['--source', 'models-dev', '--url', server.url('/cli/prices.json')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('write NAME=URL');
  }, 120_000);
});

describe('scheduled runs across instances', () => {
  const plan = (intervalMs: number): RefreshPlan => ({
    intervalMs,
    limits,
    sources: [{ source: 'openrouter', documents: resolveDocuments('openrouter', { 'openrouter/models': server.url('/due/models.json') }) }],
  });
  const run = async (db: IngestTestStore['db'], intervalMs: number) => {
    const outcomes: RefreshOutcome[] = [];
    await refreshDueSources(db, plan(intervalMs), new AbortController().signal, (outcome) => outcomes.push(outcome));
    return outcomes.map(({ source, result }) => ({ source, result }));
  };

  it('a source another instance confirmed current less than half an interval ago is skipped, without a request', async () => {
    server.serve('/due/models.json', repriced('0.00005'));
    expect(await run(store.db, 6 * 3_600_000)).toEqual([{ source: 'openrouter', result: 'applied' }]);
    const other = await new MongoClient(store.uri).connect();
    try {
      const requests = server.requests.length;
      expect(await run(other.db(store.dbName), 6 * 3_600_000)).toEqual([]);
      expect(server.requests.length).toBe(requests);
      // Once half an interval has passed (here: an interval of a millisecond), it is due again: a 304.
      expect(await run(other.db(store.dbName), 1)).toEqual([{ source: 'openrouter', result: 'not-modified' }]);
    } finally {
      await other.close();
    }
  });

  it('a run in a worker thread reports each outcome; a database it cannot reach is each source failing', async () => {
    server.serve('/due/models.json', repriced('0.00004'));
    const outcomes: RefreshOutcome[] = [];
    const worker = { uri: store.uri, dbName: store.dbName, dbTimeoutMs: 1_000, ...plan(1) };
    await refreshInWorker(worker, (outcome) => outcomes.push(outcome))(new AbortController().signal);
    expect(outcomes.map(({ result, report }) => ({ result, trigger: report?.trigger }))).toEqual([{ result: 'applied', trigger: 'SCHEDULE' }]);

    await refreshInWorker({ ...worker, uri: 'mongodb://127.0.0.1:9/', dbTimeoutMs: 200 }, (outcome) => outcomes.push(outcome))(new AbortController().signal);
    expect(outcomes[1]).toMatchObject({ source: 'openrouter', result: 'failed', error: expect.any(String) });
  });

  it('an unreachable database is a failed outcome, not an exception', async () => {
    const unreachable = new MongoClient('mongodb://127.0.0.1:9/', { serverSelectionTimeoutMS: 200, connectTimeoutMS: 200 });
    try {
      expect(await run(unreachable.db('nothing'), 1)).toEqual([{ source: 'openrouter', result: 'failed' }]);
    } finally {
      await unreachable.close();
    }
  });
});
