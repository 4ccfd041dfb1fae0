/** A bad file gives a clear message and leaves the catalog byte-for-byte as it was. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireImportLock, ImportBusyError } from '../../src/data/catalog-versions/lock.ts';
import { type ImportRequest, runImport } from '../../src/ingest/import.ts';
import { canonicalDump, type IngestTestStore, openIngestStore, seedText } from './helpers.ts';

let store: IngestTestStore;
let before: string;
const openRouterText = seedText('data/openrouter/models.json');
const textCsv = seedText('data/lmarena/text.csv');

beforeAll(async () => {
  store = await openIngestStore('badfiles');
  for (const request of [
    { format: 'openrouter', files: [{ name: 'models.json', text: openRouterText }], observedAt: '2026-07-02' },
    { format: 'lmarena', files: [{ name: 'text.csv', text: textCsv }], observedAt: '2025-08-04' },
  ] satisfies ImportRequest[]) {
    expect((await runImport(store.db, request)).status).toBe('APPLIED');
  }
  before = await canonicalDump(store.db);
}, 120_000);
afterAll(async () => {
  await store?.close();
});

/** Deterministic pseudo-random bytes, so the garbage is the same on every run. */
function garbage(bytes: number): string {
  const buffer = Buffer.alloc(bytes);
  let state = 0x2545f491;
  for (let i = 0; i < bytes; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    buffer[i] = state & 0xff;
  }
  return buffer.toString('latin1');
}

function withOpenRouterModel(change: (model: { pricing: Record<string, string> }) => void): string {
  const data = JSON.parse(openRouterText) as { data: { id: string; pricing: Record<string, string> }[] };
  change(data.data.find((m) => m.id === 'openai/gpt-5')!);
  return JSON.stringify(data);
}

describe('bad files change nothing', () => {
  it.each<[string, ImportRequest, RegExp]>([
    [
      'truncated JSON',
      { format: 'models-dev', files: [{ name: 'api.json', text: seedText('data/models-dev/api.json').slice(0, 100_000) }] },
      /api\.json: not valid JSON .*truncated/,
    ],
    [
      'a CSV with a missing column',
      { format: 'lmarena', files: [{ name: 'text.csv', text: textCsv.replace(',votes,', ',') }] },
      /text\.csv: not an LMArena leaderboard CSV: missing column\(s\) votes/,
    ],
    ['a 10 MB garbage file', { format: 'openrouter', files: [{ name: 'models.json', text: garbage(10 * 1024 * 1024) }] }, /models\.json: not valid JSON/],
    ['an empty file', { format: 'lmarena', files: [{ name: 'text.csv', text: '' }] }, /text\.csv: file is empty/],
    ['an empty JSON file', { format: 'models-dev', files: [{ name: 'api.json', text: '  \n' }] }, /api\.json: file is empty/],
    [
      'a file of another format',
      { format: 'openrouter', files: [{ name: 'api.json', text: '{"openai": {"models": {}}}' }] },
      /not an OpenRouter \/api\/v1\/models response/,
    ],
  ])('%s: FAILED with a clear message', async (_what, request, message) => {
    const report = await runImport(store.db, request);
    expect(report.status).toBe('FAILED');
    expect(report.error).toMatch(message);
    expect(await canonicalDump(store.db)).toBe(before);
  });

  it.each<[string, string, RegExp]>([
    ['a negative price', withOpenRouterModel((m) => (m.pricing.prompt = '-0.00000125')), /pricing\.prompt: a price must be a non-negative decimal/],
    ['a non-numeric price', withOpenRouterModel((m) => (m.pricing.completion = 'ten dollars')), /pricing\.completion: a price must be a non-negative decimal/],
  ])('%s: that record is rejected with its reason and keeps its previous value', async (_what, text, reason) => {
    const report = await runImport(store.db, { format: 'openrouter', files: [{ name: 'models.json', text }], observedAt: '2026-11-25' });
    expect(report.status).toBe('UNCHANGED');
    expect(report.rejected).toEqual([{ collection: 'offerings', file: 'models.json', sourceId: 'openai/gpt-5', reason: expect.stringMatching(reason) }]);
    expect(report.collections.offerings).toMatchObject({ rejected: 1, updated: 0, removed: 0 });
    expect(await canonicalDump(store.db)).toBe(before);
  });

  it('an import while another holds the lock is refused and changes nothing', async () => {
    const release = await acquireImportLock(store.db);
    try {
      await expect(runImport(store.db, { format: 'openrouter', files: [{ name: 'models.json', text: openRouterText }] })).rejects.toThrow(ImportBusyError);
    } finally {
      await release();
    }
    expect(await canonicalDump(store.db)).toBe(before);
  });

  it('the CLI exits non-zero on a failed import and says why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
    const empty = join(dir, 'text.csv');
    writeFileSync(empty, '');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '--format', 'lmarena', empty, '--json'], {
      env: { ...process.env, MONGODB_URI: store.uri, MONGODB_DB: store.dbName },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'FAILED', error: 'text.csv: file is empty' });
    const usage = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '--format', 'csv', empty], { encoding: 'utf8', timeout: 60_000 });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--format must be one of models-dev, openrouter, lmarena/);
  }, 120_000);
});
