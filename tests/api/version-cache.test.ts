import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMongo } from '@model-compare/embedded-mongo';
import { type Collection, type Db, MongoClient } from 'mongodb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.ts';
import { CATALOG_VERSION_MAX_AGE_MS, catalogVersionSource } from '../../src/data/catalog-versions/pointer.ts';
import { runImport } from '../../src/ingest/import.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { type AdHocData, execute } from '../support/graphql.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

const COUNT_AND_MODEL = `query($id: ID!) { models(first: 0) { totalCount } model(id: $id) { canonicalId } }`;

describe('reads shared across requests (VersionCache)', () => {
  it('never outlive their catalog version: an import is seen within the pointer max age, and the replaced version stays whole for requests still on it', async () => {
    const openRouter = JSON.parse(readFileSync(new URL('../../seed/data/openrouter/models.json', import.meta.url), 'utf8')) as { data: { id: string }[] };
    // A model only OpenRouter lists: dropping it from the file removes it from the catalog.
    const before = await execute(harness.app, COUNT_AND_MODEL, { id: 'x' });
    const onlyOnOpenRouter: string[] = [];
    for (const { id } of openRouter.data) {
      const found = await execute(harness.app, `query($id: ID!) { model(id: $id) { canonicalId offerings { provider { slug } } } }`, { id });
      const providers = found.data?.model?.offerings.map((offering: AdHocData) => offering.provider.slug) ?? [];
      if (found.data?.model?.canonicalId === id && providers.length > 0 && providers.every((slug: string) => slug === 'openrouter')) onlyOnOpenRouter.push(id);
      if (onlyOnOpenRouter.length > 0) break;
    }
    const dropped = onlyOnOpenRouter[0]!;
    expect((await execute(harness.app, COUNT_AND_MODEL, { id: dropped })).data!.model).toEqual({ canonicalId: dropped });
    // An instance whose view of the pointer is still the version being replaced.
    const behind = createApp({ db: harness.db, catalogVersionMaxAgeMs: 60_000 });
    expect((await execute(behind, COUNT_AND_MODEL, { id: dropped })).data).toEqual({ models: before.data!.models, model: { canonicalId: dropped } });

    const file = { ...openRouter, data: openRouter.data.filter((model) => model.id !== dropped) };
    const report = await runImport(harness.db, {
      format: 'openrouter',
      files: [{ name: 'data/openrouter/models.json', text: JSON.stringify(file) }],
      observedAt: '2026-07-02',
    });
    expect(report.status).toBe('APPLIED');

    // The replaced version is still whole: a request on it reads the catalog it started with.
    const onReplaced = await execute(behind, COUNT_AND_MODEL, { id: dropped });
    expect(onReplaced.data).toEqual({ models: before.data!.models, model: { canonicalId: dropped } });

    await new Promise((resolve) => setTimeout(resolve, CATALOG_VERSION_MAX_AGE_MS));
    const after = await execute(harness.app, COUNT_AND_MODEL, { id: dropped });
    expect(after.data!.model).toBeNull();
    expect(after.data!.models.totalCount).toBe(before.data!.models.totalCount - 1);
  });
});

describe("an instance's view of the version pointer (catalogVersionSource)", () => {
  const MAX_AGE_MS = 1_000;
  let db: Db;
  let pointer: Collection<{ _id: string; version: number }>;
  beforeAll(async () => {
    db = harness.client.db('pointer_view_test');
    pointer = db.collection('catalogState');
    await pointer.insertOne({ _id: 'current', version: 1 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const movePointer = (version: number) => pointer.updateOne({ _id: 'current' }, { $set: { version } });
  /** Lets a read started in the background land (it is real I/O to the store). */
  const readLands = () => new Promise((resolve) => setTimeout(resolve, 200));

  it('reads ahead in the second half of its life, so that requests on a busy instance never wait for the pointer', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const view = catalogVersionSource(db, MAX_AGE_MS);
    expect(await view.current()).toBe(1);
    await movePointer(2);
    vi.advanceTimersByTime(MAX_AGE_MS / 2 - 1);
    // First half: the cached version, read nowhere.
    expect(view.current()).toBe(1);
    await readLands();
    expect(view.current()).toBe(1);
    vi.advanceTimersByTime(1);
    // Second half: still answered at once, and the read ahead starts.
    expect(view.current()).toBe(1);
    await readLands();
    expect(view.current()).toBe(2);
    // Past the whole life with no request in it: the next one waits for a read.
    await movePointer(3);
    vi.advanceTimersByTime(MAX_AGE_MS);
    const waited = view.current();
    expect(waited).toBeInstanceOf(Promise);
    expect(await waited).toBe(3);
  });

  it('keeps its version when a read ahead fails, until it expires and the request that reads again fails', async () => {
    const dbpath = mkdtempSync(join(tmpdir(), 'pointer-view-'));
    const store = await startEmbeddedMongo({ dbpath, port: 0, inProcess: true });
    const client = await new MongoClient(store.uri, { serverSelectionTimeoutMS: 200 }).connect();
    try {
      const storeDb = client.db('pointer_view_test');
      await storeDb.collection<{ _id: string; version: number }>('catalogState').insertOne({ _id: 'current', version: 7 });
      vi.useFakeTimers({ toFake: ['performance'] });
      const view = catalogVersionSource(storeDb, MAX_AGE_MS);
      expect(await view.current()).toBe(7);
      await store.stop();
      vi.advanceTimersByTime(MAX_AGE_MS / 2);
      expect(view.current()).toBe(7);
      // Past the driver's server selection timeout: the read ahead has failed, unreported.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(view.current()).toBe(7);
      vi.advanceTimersByTime(MAX_AGE_MS / 2);
      await expect(view.current()).rejects.toThrow();
    } finally {
      await client.close();
      await store.stop();
      rmSync(dbpath, { recursive: true, force: true });
    }
  });
});
