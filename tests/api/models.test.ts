import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { type AdHocData, errorCodes, execute } from '../support/graphql.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

const MODEL_FIELDS = /* GraphQL */ `
  canonicalId
  name
  lab { slug }
  releaseDate
  peerGroup
  limits { contextWindow { tokens reason } maxOutput { tokens reason } }
  canonicalPrice { kind tokens { input { usd unit display } output { usd } } }
`;

describe('model(id:)', () => {
  it('finds a model by canonical id with its real figures', async () => {
    const response = await execute(harness.app, `query { model(id: "openai/gpt-5") { ${MODEL_FIELDS} } }`);
    expect(response.errors).toBeUndefined();
    // models.dev: GPT-5, released 2025-08-07, 400K context, 128K output, $1.25 / $10 per 1M tokens.
    expect(response.data!.model).toMatchObject({
      canonicalId: 'openai/gpt-5',
      lab: { slug: 'openai' },
      releaseDate: '2025-08-07',
      peerGroup: 'TEXT',
      limits: { contextWindow: { tokens: 400_000, reason: null }, maxOutput: { tokens: 128_000, reason: null } },
      canonicalPrice: {
        kind: 'PAY_PER_USE',
        tokens: { input: { usd: '1.25', unit: 'USD_PER_MILLION_TOKENS', display: '$1.25 per 1M tokens' }, output: { usd: '10' } },
      },
    });
  });

  it.each([
    ['anthropic/claude-opus-4.5', 'OpenRouter spelling'],
    ['claude-opus-4-5-20251101', 'dated snapshot at the lab'],
    ['us.anthropic.claude-opus-4-5-20251101-v1:0', 'Bedrock region prefix'],
  ])('resolves the alias %s (%s) to the canonical model', async (alias) => {
    const response = await execute(harness.app, `query($id: ID!) { model(id: $id) { canonicalId } }`, { id: alias });
    expect(response.errors).toBeUndefined();
    expect(response.data!.model).toEqual({ canonicalId: 'anthropic/claude-opus-4-5' });
  });

  it('finds a model by its global id, and node(id:) returns the same model', async () => {
    const first = await execute(harness.app, `query { model(id: "openai/gpt-5") { id } }`);
    const globalId = first.data!.model.id as string;
    expect(globalId).not.toBe('openai/gpt-5');
    const byGlobal = await execute(harness.app, `query($id: ID!) { model(id: $id) { canonicalId } node(id: $id) { ... on Model { canonicalId } } }`, {
      id: globalId,
    });
    expect(byGlobal.data).toEqual({ model: { canonicalId: 'openai/gpt-5' }, node: { canonicalId: 'openai/gpt-5' } });
  });

  it('returns null for an unknown id (the one rule for lookups)', async () => {
    const response = await execute(harness.app, `query { model(id: "nobody/no-such-model") { canonicalId } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ model: null });
  });

  it('rejects an empty id with BAD_USER_INPUT naming the argument', async () => {
    const response = await execute(harness.app, `query { model(id: "") { canonicalId } }`);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.argument).toBe('id');
  });

  it('reports an image model’s context window as not applicable, never 0', async () => {
    const response = await execute(harness.app, `query { model(id: "openai/gpt-image-1") { peerGroup limits { contextWindow { tokens reason } } } }`);
    expect(response.data!.model).toEqual({ peerGroup: 'IMAGE_GENERATION', limits: { contextWindow: { tokens: null, reason: 'NOT_APPLICABLE' } } });
  });
});

describe('models(filter:, sort:, first:, after:)', () => {
  const LIST = /* GraphQL */ `
    query($filter: ModelFilter, $sort: ModelSort, $first: Int, $after: String) {
      models(filter: $filter, sort: $sort, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { canonicalId name releaseDate labId: lab { slug } openWeights
          limits { contextWindow { tokens } }
          canonicalPrice { kind tokens { input { usd } output { usd } } } } }
      }
    }`;
  type Page = {
    models: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: AdHocData }[];
    };
  };
  const list = (variables: Record<string, unknown>) => execute<Page>(harness.app, LIST, variables);

  it('holds at least 300 models and pages through all of them without gaps or repeats', async () => {
    const first = await list({ first: 100 });
    const total = first.data!.models.totalCount;
    expect(total).toBeGreaterThanOrEqual(300);
    const seen: string[] = first.data!.models.edges.map((edge) => edge.node.canonicalId);
    let after = first.data!.models.pageInfo.endCursor;
    let hasNextPage = first.data!.models.pageInfo.hasNextPage;
    while (hasNextPage) {
      const page = await list({ first: 100, after });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.models.edges.map((edge) => edge.node.canonicalId));
      after = page.data!.models.pageInfo.endCursor;
      hasNextPage = page.data!.models.pageInfo.hasNextPage;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('first: 0 returns no edges but the total', async () => {
    const response = await list({ first: 0 });
    expect(response.errors).toBeUndefined();
    expect(response.data!.models.edges).toEqual([]);
    expect(response.data!.models.totalCount).toBeGreaterThanOrEqual(300);
  });

  it.each([101, -1])('first: %d is refused with BAD_USER_INPUT naming first', async (first) => {
    const response = await list({ first });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.argument).toBe('first');
  });

  it('refuses a malformed cursor and a cursor from another query', async () => {
    const malformed = await list({ first: 5, after: 'not-a-cursor' });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors![0]!.extensions!.argument).toBe('after');

    const other = await list({ first: 5, sort: { field: 'PRICE', direction: 'ASC' } });
    const foreign = await list({ first: 5, after: other.data!.models.pageInfo.endCursor });
    expect(errorCodes(foreign)).toEqual(['BAD_USER_INPUT']);
  });

  it('sorts by name ascending', async () => {
    const names = (await list({ first: 50 })).data!.models.edges.map((edge) => edge.node.name as string);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  async function allPages(variables: Record<string, unknown>) {
    const nodes: AdHocData[] = [];
    let after: string | null = null;
    do {
      const page: Page['models'] = (await list({ ...variables, first: 100, after })).data!.models;
      nodes.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  }

  /** Ten times the blended price in nano-dollars, exact in integers (floats would reorder near-ties). */
  const blendedTimesTen = (node: AdHocData): number | null => {
    const price = node.canonicalPrice;
    if (price?.kind !== 'PAY_PER_USE' || !price.tokens.input || !price.tokens.output) return null;
    const nano = (usd: string) => Math.round(Number(usd) * 1e9);
    return 6 * nano(price.tokens.input.usd) + 4 * nano(price.tokens.output.usd);
  };

  it.each(['ASC', 'DESC'] as const)('sorts by price %s with unknown prices last', async (direction) => {
    const prices = (await allPages({ sort: { field: 'PRICE', direction } })).map(blendedTimesTen);
    const firstUnknown = prices.indexOf(null);
    expect(firstUnknown).toBeGreaterThan(0);
    expect(prices.slice(firstUnknown).every((price) => price === null)).toBe(true);
    const known = prices.slice(0, firstUnknown) as number[];
    const sorted = [...known].sort((a, b) => (direction === 'ASC' ? a - b : b - a));
    expect(known).toEqual(sorted);
  });

  it('sorts by release date descending, newest first, undated last', async () => {
    const dates = (await allPages({ sort: { field: 'RELEASE_DATE', direction: 'DESC' } })).map((node) => node.releaseDate as string | null);
    const known = dates.filter((date): date is string => date !== null);
    expect(known).toEqual([...known].sort().reverse());
    expect(dates.slice(known.length).every((date) => date === null)).toBe(true);
  });

  it('filters by minimum context window, and excludes models whose context is unknown or not applicable', async () => {
    const response = await list({ first: 100, filter: { minContextTokens: 1_000_000 } });
    const contexts = response.data!.models.edges.map((edge) => edge.node.limits.contextWindow.tokens);
    expect(contexts.length).toBeGreaterThan(0);
    for (const tokens of contexts) expect(tokens).toBeGreaterThanOrEqual(1_000_000);
  });

  it('filters by lab, open weights, release date and text search', async () => {
    const byLab = await list({ first: 100, filter: { labs: ['anthropic'] } });
    expect(byLab.data!.models.edges.length).toBeGreaterThan(3);
    for (const edge of byLab.data!.models.edges) expect(edge.node.canonicalId.startsWith('anthropic/')).toBe(true);

    const open = await list({ first: 100, filter: { openWeights: true, releasedAfter: '2025-06-01' } });
    for (const edge of open.data!.models.edges) {
      expect(edge.node.openWeights).toBe(true);
      expect(edge.node.releaseDate > '2025-06-01').toBe(true);
    }

    const search = await list({ first: 100, filter: { search: 'OPUS 4.5' } });
    expect(search.data!.models.edges.map((edge) => edge.node.canonicalId)).toContain('anthropic/claude-opus-4-5');
  });

  it('filters by max price on the canonical list price (60% input / 40% output)', async () => {
    const response = await list({ first: 100, filter: { maxPriceUsdPerMTok: 1 } });
    expect(response.data!.models.totalCount).toBeGreaterThan(0);
    for (const edge of response.data!.models.edges) {
      const { input, output } = edge.node.canonicalPrice.tokens;
      expect(0.6 * Number(input.usd) + 0.4 * Number(output.usd)).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it('filters by provider: every model returned is served by that provider', async () => {
    const response = await execute(
      harness.app,
      `query { models(filter: { providers: ["amazon-bedrock"] }, first: 100) { totalCount edges { node { offerings { provider { slug } } } } } }`,
    );
    expect(response.data!.models.totalCount).toBeGreaterThan(5);
    for (const edge of response.data!.models.edges) {
      expect(edge.node.offerings.map((offering: AdHocData) => offering.provider.slug)).toContain('amazon-bedrock');
    }
  });
});

describe('node(id:)', () => {
  it('a malformed global id is BAD_USER_INPUT naming id; a well-formed unknown one is null', async () => {
    const malformed = await execute(harness.app, `query { node(id: "not-base64-of-anything") { id } }`);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors![0]!.extensions!.argument).toBe('id');
    const unknown = await execute(harness.app, `query($id: ID!) { node(id: $id) { id } }`, { id: Buffer.from('Model:nobody/nothing').toString('base64') });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ node: null });
  });
});

describe('labs and providers', () => {
  it('lists labs and providers by name, and finds each by slug or global id', async () => {
    const response = await execute(
      harness.app,
      `query { labs { id slug name } providers { id slug name defaultPricingKind } lab(id: "anthropic") { name } provider(id: "amazon-bedrock") { slug offerings { providerModelId } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { labs, providers, lab, provider } = response.data!;
    expect(labs.length).toBeGreaterThan(20);
    // Every provider of the models.dev data (147, OpenRouter among them) is in the catalog.
    expect(providers.length).toBe(147);
    const names = (list: { name: string }[]) => list.map((item) => item.name);
    expect(names(labs)).toEqual([...names(labs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(lab).toEqual({ name: 'Anthropic' });
    expect(provider.slug).toBe('amazon-bedrock');
    expect(provider.offerings.map((offering: AdHocData) => offering.providerModelId)).toContain('us.anthropic.claude-opus-4-5-20251101-v1:0');
    const byGlobalId = await execute(harness.app, `query($lab: ID!, $provider: ID!) { lab(id: $lab) { slug } provider(id: $provider) { slug } }`, {
      lab: labs.find((item: AdHocData) => item.slug === 'openai').id,
      provider: providers.find((item: AdHocData) => item.slug === 'openrouter').id,
    });
    expect(byGlobalId.data).toEqual({ lab: { slug: 'openai' }, provider: { slug: 'openrouter' } });
  });

  it('subscription plans are their own pricing kind, never pay-per-use at $0', async () => {
    const response = await execute(harness.app, `query { provider(id: "zai-coding-plan") { defaultPricingKind offerings { price { kind } } } }`);
    expect(response.data!.provider.defaultPricingKind).toBe('SUBSCRIPTION_PLAN');
    for (const offering of response.data!.provider.offerings) expect(offering.price.kind).not.toBe('PAY_PER_USE');
  });

  it('an unknown slug is null', async () => {
    const response = await execute(harness.app, `query { lab(id: "no-such-lab") { name } provider(id: "no-such-provider") { name } }`);
    expect(response.data).toEqual({ lab: null, provider: null });
  });
});
