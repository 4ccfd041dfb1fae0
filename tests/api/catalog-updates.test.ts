/**
 * What changed, through the API: catalogUpdates (one entry per import that changed the catalog) and
 * priceChanges (the price events), on a copy of the seeded catalog after one admin ingest that
 * raises GPT-5's input price at OpenRouter; the mutation returns the same change set.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { errorCodes, execute } from '../support/graphql.ts';

const ADMIN_TOKEN = 'catalog-updates-test-token-0123456789';
const TODAY = new Date().toISOString().slice(0, 10);

const CHANGES = /* GraphQL */ `
  modelsAdded { total modelIds }
  modelsRemoved { total }
  priceChanges { total items { offeringId providerId modelId previousPrice { tokens { input { usd unit } output { usd } } } price { tokens { input { usd unit } output { usd } } } } }
  limitChanges { total }
  benchmarkResultsAdded { total }
`;

function openRouterWithNewGpt5Price(): string {
  const list = JSON.parse(readFileSync(new URL('../../seed/data/openrouter/models.json', import.meta.url), 'utf8')) as {
    data: { id: string; pricing: Record<string, string> }[];
  };
  list.data.find((model) => model.id === 'openai/gpt-5')!.pricing.prompt = '0.000002';
  return JSON.stringify(list);
}

let harness: ApiHarness;
let app: App;
let ingested: Record<string, unknown>;

beforeAll(async () => {
  harness = await startApiHarness();
  app = createApp({ db: harness.db, adminToken: ADMIN_TOKEN });
  const response = await execute(
    app,
    `mutation($files: [IngestFileInput!]!) { ingest(format: OPENROUTER, files: $files) { status trigger catalogVersion changes { ${CHANGES} } } }`,
    { files: [{ name: 'models.json', text: openRouterWithNewGpt5Price() }] },
    { authorization: `Bearer ${ADMIN_TOKEN}` },
  );
  expect(response.errors).toBeUndefined();
  ingested = response.data!.ingest;
}, 180_000);
afterAll(() => harness?.close());

describe('the ingest mutation', () => {
  it('returns the change set: exactly GPT-5 at OpenRouter, $1.25 → $2 per 1M input tokens, exact', () => {
    expect(ingested).toMatchObject({ status: 'APPLIED', trigger: 'ADMIN', catalogVersion: 2 });
    expect(ingested.changes).toEqual({
      modelsAdded: { total: 0, modelIds: [] },
      modelsRemoved: { total: 0 },
      priceChanges: {
        total: 1,
        items: [
          {
            offeringId: 'openrouter/openai/gpt-5',
            providerId: 'openrouter',
            modelId: 'openai/gpt-5',
            previousPrice: { tokens: { input: { usd: '1.25', unit: 'USD_PER_MILLION_TOKENS' }, output: { usd: '10' } } },
            price: { tokens: { input: { usd: '2', unit: 'USD_PER_MILLION_TOKENS' }, output: { usd: '10' } } },
          },
        ],
      },
      limitChanges: { total: 0 },
      benchmarkResultsAdded: { total: 0 },
    });
  });
});

describe('catalogUpdates', () => {
  const UPDATES = `query($first: Int, $after: String) {
    catalogUpdates(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { catalogVersion source trigger urls startedAt collections { collection added updated removed } changes { ${CHANGES} } } }
    }
  }`;

  it('lists the imports that changed the catalog, newest first, with the same change set the mutation returned', async () => {
    const response = await execute(app, UPDATES, { first: 1 });
    expect(response.errors).toBeUndefined();
    const { totalCount, pageInfo, edges } = response.data!.catalogUpdates;
    expect(totalCount).toBe(2);
    expect(pageInfo.hasNextPage).toBe(true);
    expect(edges[0].node).toMatchObject({ catalogVersion: 2, source: 'openrouter', trigger: 'ADMIN', urls: [], changes: ingested.changes });
    expect(edges[0].node.collections).toContainEqual({ collection: 'OFFERINGS', added: 0, updated: 1, removed: 0 });

    const next = await execute(app, UPDATES, { first: 1, after: pageInfo.endCursor });
    const seed = next.data!.catalogUpdates.edges[0].node;
    expect(seed).toMatchObject({ catalogVersion: 1, source: 'seed', trigger: 'SEED' });
    // The seed added every model of the catalog; the list is capped at 200, the total is not.
    const catalog = await execute(app, '{ models(first: 0) { totalCount } }');
    expect(seed.changes.modelsAdded.total).toBe(catalog.data!.models.totalCount);
    expect(seed.changes.modelsAdded.total).toBeGreaterThan(200);
    expect(seed.changes.modelsAdded.modelIds).toHaveLength(200);
    expect(next.data!.catalogUpdates.pageInfo.hasNextPage).toBe(false);
  });

  it('a cursor of another connection is BAD_USER_INPUT naming after', async () => {
    const models = await execute(app, '{ models(first: 1) { pageInfo { endCursor } } }');
    const response = await execute(app, UPDATES, { first: 1, after: models.data!.models.pageInfo.endCursor });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions).toMatchObject({ argument: 'after' });
  });
});

describe('priceChanges', () => {
  const CHANGES_QUERY = `query($since: LocalDate!, $model: ID, $provider: ID, $first: Int, $after: String) {
    priceChanges(since: $since, model: $model, provider: $provider, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor }
      edges { node { date change offeringId offering { id providerModelId } provider { slug } model { canonicalId }
        previousPrice { tokens { input { usd } } } price { tokens { input { usd } } } provenance { source observedAt } } }
    }
  }`;

  it('lists the price events since a day for a model (by alias), with before and after', async () => {
    const response = await execute(app, CHANGES_QUERY, { since: TODAY, model: 'gpt-5' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.priceChanges.totalCount).toBe(1);
    expect(response.data!.priceChanges.edges[0].node).toMatchObject({
      date: TODAY,
      change: 'UPDATED',
      offeringId: 'openrouter/openai/gpt-5',
      offering: { providerModelId: 'openai/gpt-5' },
      provider: { slug: 'openrouter' },
      model: { canonicalId: 'openai/gpt-5' },
      previousPrice: { tokens: { input: { usd: '1.25' } } },
      price: { tokens: { input: { usd: '2' } } },
      provenance: { source: 'OPENROUTER', observedAt: TODAY },
    });
  });

  it('pages through the history newest first, filtered by provider, without overlap', async () => {
    const first = await execute(app, CHANGES_QUERY, { since: '2025-06-01', provider: 'anthropic', first: 5 });
    const second = await execute(app, CHANGES_QUERY, {
      since: '2025-06-01',
      provider: 'anthropic',
      first: 5,
      after: first.data!.priceChanges.pageInfo.endCursor,
    });
    const nodes = [...first.data!.priceChanges.edges, ...second.data!.priceChanges.edges].map(
      (edge: { node: { date: string; offeringId: string } }) => edge.node,
    );
    expect(first.data!.priceChanges.totalCount).toBeGreaterThan(10);
    expect(nodes).toHaveLength(10);
    expect(new Set(nodes.map((node) => `${node.offeringId}|${node.date}`)).size).toBe(10);
    expect(nodes.every((node) => node.offeringId.startsWith('anthropic/'))).toBe(true);
    expect(nodes.map((node) => node.date)).toEqual([...nodes.map((node) => node.date)].sort().reverse());
  });

  it.each([
    [{ since: TODAY, model: 'no-such/model' }, 'model'],
    [{ since: TODAY, provider: 'no-such-provider' }, 'provider'],
    [{ since: TODAY, after: 'not-a-cursor' }, 'after'],
  ])('%j is BAD_USER_INPUT naming %s', async (variables, argument) => {
    const response = await execute(app, CHANGES_QUERY, variables);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions).toMatchObject({ argument });
  });

  it('a cursor from another filter is refused, not misread', async () => {
    const page = await execute(app, CHANGES_QUERY, { since: '2025-06-01', first: 1 });
    const response = await execute(app, CHANGES_QUERY, { since: '2025-07-01', first: 1, after: page.data!.priceChanges.pageInfo.endCursor });
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('a malformed day is refused before anything runs', async () => {
    const response = await execute(app, CHANGES_QUERY, { since: '2026-13-45' });
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
  });
});
