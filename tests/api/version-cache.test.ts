import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { CATALOG_VERSION_MAX_AGE_MS } from '../../src/data/catalog-versions/pointer.ts';
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
