/** recommend, frontier, the comparison's crossovers and the score sorts of `models`, through the real server on the seeded catalog. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { errorCodes, execute } from '../support/graphql.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

const USAGE = { requestsPerMonth: 200_000, tokensPerRequest: 3_000, inputShare: 0.75 };

async function run(query: string, variables: Record<string, unknown> = {}) {
  const response = await execute(harness.app, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('recommend', () => {
  const RECOMMEND = `query($useCase: UseCase!, $usage: UsageInput, $constraints: RecommendConstraints, $first: Int!) {
    recommend(useCase: $useCase, usage: $usage, constraints: $constraints, first: $first) {
      candidates {
        rank fit score tiedWithFirst
        model { canonicalId capabilities { functionCalling structuredOutput } lab { slug } }
        offering { providerModelId provider { slug } limits { contextWindow { tokens } } cost(usage: $usage) { monthly { microUsd } } }
        monthlyCost { microUsd usd }
        reasons { kind text figures { name value unit } }
      }
      nearMisses { model { canonicalId } fit failed { constraint text required actual unit } }
      sensitivity { kind variable at text }
      assumptions
    }
  }`;

  it('each candidate’s monthly cost is the cost engine’s for its offering, within every constraint, and it says why', async () => {
    const constraints = { maxMonthlyUsd: 300, minContextTokens: 128_000, capabilities: ['FUNCTION_CALLING'], excludeLabs: ['deepseek'] };
    const { recommend } = await run(RECOMMEND, { useCase: 'CODE_GENERATION', usage: USAGE, constraints, first: 5 });
    expect(recommend.candidates).toHaveLength(5);
    for (const candidate of recommend.candidates) {
      expect(candidate.monthlyCost.microUsd).toBe(candidate.offering.cost.monthly.microUsd);
      expect(Number(candidate.monthlyCost.usd)).toBeLessThanOrEqual(300);
      expect(candidate.offering.limits.contextWindow.tokens).toBeGreaterThanOrEqual(128_000);
      expect(candidate.model.capabilities.functionCalling).toBe(true);
      expect(candidate.model.lab.slug).not.toBe('deepseek');
      expect(candidate.reasons.map((reason: { kind: string }) => reason.kind)).toEqual(
        expect.arrayContaining(['FIT', 'SCORE', 'COST', 'BUDGET', 'CONTEXT', 'TIE']),
      );
      for (const reason of candidate.reasons) expect(reason.figures.length).toBeGreaterThan(0);
    }
    // The best models the budget leaves out say by how much.
    const overBudget = recommend.nearMisses.flatMap((miss: { failed: { constraint: string; required: number; actual: number }[] }) =>
      miss.failed.filter((failure) => failure.constraint === 'MAX_MONTHLY_USD'),
    );
    for (const failure of overBudget) expect(failure.actual).toBeGreaterThan(failure.required);
    expect(recommend.sensitivity.find((point: { kind: string }) => point.kind === 'BUDGET_REACHED')).toMatchObject({ variable: 'REQUESTS_PER_MONTH' });
    expect(recommend.assumptions.join(' ')).toContain('200,000 requests a month');
  });

  it('a budget the best models exceed moves them to the near misses, and the first choice is the best that fits', async () => {
    const free = await run(RECOMMEND, { useCase: 'CODE_GENERATION', usage: USAGE, first: 3 });
    const best = free.recommend.candidates[0];
    const budget = Number(best.monthlyCost.usd) / 2;
    const tight = await run(RECOMMEND, { useCase: 'CODE_GENERATION', usage: USAGE, constraints: { maxMonthlyUsd: budget }, first: 3 });
    expect(tight.recommend.candidates.map((c: { model: { canonicalId: string } }) => c.model.canonicalId)).not.toContain(best.model.canonicalId);
    const miss = tight.recommend.nearMisses.find((m: { model: { canonicalId: string } }) => m.model.canonicalId === best.model.canonicalId);
    expect(miss.failed[0]).toMatchObject({ constraint: 'MAX_MONTHLY_USD', required: budget, actual: Number(best.monthlyCost.usd) });
    for (const candidate of tight.recommend.candidates) expect(Number(candidate.monthlyCost.usd)).toBeLessThanOrEqual(budget);
  });

  it('image generation: priced per token, GPT Image 1 is a candidate; per image, no model has a known price and the near misses say so', async () => {
    const perToken = await run(RECOMMEND, { useCase: 'IMAGE_GENERATION', usage: USAGE, first: 3 });
    expect(perToken.recommend.candidates.map((c: { model: { canonicalId: string } }) => c.model.canonicalId)).toContain('openai/gpt-image-1');
    for (const candidate of perToken.recommend.candidates) expect(candidate.monthlyCost.microUsd).toBe(candidate.offering.cost.monthly.microUsd);
    const perImage = await run(RECOMMEND, {
      useCase: 'IMAGE_GENERATION',
      usage: { requestsPerMonth: 1_000, imagesPerRequest: 1, tokensPerRequest: 0 },
      first: 3,
    });
    expect(perImage.recommend.candidates).toEqual([]);
    expect(perImage.recommend.nearMisses.length).toBeGreaterThan(0);
    for (const miss of perImage.recommend.nearMisses) expect(miss.failed.map((f: { constraint: string }) => f.constraint)).toEqual(['PAY_PER_USE_PRICE']);
  });

  it.each([
    ['constraints: { maxMonthlyUsd: -1 }', 'constraints.maxMonthlyUsd'],
    ['first: 21', 'first'],
    ['first: 0', 'first'],
    ['usage: { inputShare: 2 }', 'usage.inputShare'],
  ])('refuses %s, naming %s', async (argument, name) => {
    const response = await execute(harness.app, `{ recommend(useCase: CODE_GENERATION, ${argument}) { assumptions } }`);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.argument).toBe(name);
  });

  it('refuses an unknown use case as BAD_USER_INPUT naming it', async () => {
    const response = await execute(harness.app, '{ recommend(useCase: HOROSCOPES) { assumptions } }');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.argument).toBe('useCase');
  });
});

describe('frontier', () => {
  const FRONTIER = `query($usage: UsageInput) { frontier(usage: $usage) {
    withoutScore withoutCost
    points { model { canonicalId cost(usage: $usage, offering: "CHEAPEST") { monthly { microUsd } } } score monthlyCost { microUsd } onFrontier dominatedBy { canonicalId } }
  } }`;

  it('no point is beaten on both quality and cost by another; every other point names one that is', async () => {
    const { frontier } = await run(FRONTIER, { usage: USAGE });
    const points = frontier.points.map(
      (point: {
        model: { canonicalId: string };
        score: number;
        monthlyCost: { microUsd: string };
        onFrontier: boolean;
        dominatedBy: { canonicalId: string } | null;
      }) => ({
        ...point,
        cost: BigInt(point.monthlyCost.microUsd),
      }),
    );
    type Point = (typeof points)[number];
    const beats = (a: Point, b: Point) => a.score >= b.score && a.cost <= b.cost && (a.score > b.score || a.cost < b.cost);
    expect(points.filter((point: Point) => point.onFrontier).length).toBeGreaterThan(2);
    for (const point of points) {
      const beaten = points.some((other: Point) => beats(other, point));
      expect(point.onFrontier).toBe(!beaten);
      if (!point.onFrontier)
        expect(
          beats(
            points.find((other: Point) => other.model.canonicalId === point.dominatedBy.canonicalId),
            point,
          ),
        ).toBe(true);
    }
    const textModels = (await run('{ models(filter: { peerGroups: [TEXT] }, first: 0) { totalCount } }')).models.totalCount;
    expect(points.length + frontier.withoutScore + frontier.withoutCost).toBe(textModels);
  });

  it('a point’s cost is the model’s cheapest cost at the usage', async () => {
    const { frontier } = await run(FRONTIER, { usage: USAGE });
    for (const point of frontier.points.slice(0, 40)) expect(point.monthlyCost.microUsd).toBe(point.model.cost.monthly.microUsd);
  });
});

describe('comparison crossovers', () => {
  const COMPARE = `query($models: [ID!]!) { compare(models: $models) {
    costs { rows { modelId estimate { offering { provider { slug } } } } }
    crossovers { variable at cheaperBelow cheaperAbove tierThreshold explanation }
  } }`;

  it('GPT-5 Mini and DeepSeek V3.2 swap places at one input share, and the cost engine agrees on either side', async () => {
    const { compare } = await run(COMPARE, { models: ['openai/gpt-5-mini', 'deepseek/deepseek-v3.2'] });
    const crossover = compare.crossovers.find((c: { variable: string }) => c.variable === 'INPUT_SHARE');
    // GPT-5 Mini is cheaper per input token, DeepSeek V3.2 per output token: more input favours GPT-5 Mini.
    expect(crossover).toMatchObject({ cheaperBelow: 'deepseek/deepseek-v3.2', cheaperAbove: 'openai/gpt-5-mini', tierThreshold: false });
    const providers = Object.fromEntries(
      compare.costs.rows.map((row: { modelId: string; estimate: { offering: { provider: { slug: string } } } }) => [
        row.modelId,
        row.estimate.offering.provider.slug,
      ]),
    );
    const monthly = async (modelId: string, inputShare: number) =>
      BigInt(
        (
          await run('query($m: ID!, $o: String!, $u: UsageInput) { costEstimate(model: $m, offering: $o, usage: $u) { monthly { microUsd } } }', {
            m: modelId,
            o: providers[modelId],
            u: { tokensPerRequest: 10_000, requestsPerMonth: 10_000, inputShare },
          })
        ).costEstimate.monthly.microUsd,
      );
    for (const [share, cheaper] of [
      [crossover.at - 0.0005, 'deepseek/deepseek-v3.2'],
      [Math.min(1, crossover.at + 0.0005), 'openai/gpt-5-mini'],
    ] as const) {
      const [mini, deepseek] = [await monthly('openai/gpt-5-mini', share), await monthly('deepseek/deepseek-v3.2', share)];
      expect(mini < deepseek ? 'openai/gpt-5-mini' : 'deepseek/deepseek-v3.2').toBe(cheaper);
    }
  });

  it('none when one model is cheaper at every usage (GPT-5 costs less than Claude Sonnet 4.5 per input, output and cached token)', async () => {
    const { compare } = await run(COMPARE, { models: ['openai/gpt-5', 'anthropic/claude-sonnet-4-5'] });
    expect(compare.crossovers).toEqual([]);
  });
});

describe('models sorted by score', () => {
  const page = async (sort: string, filter = '{ peerGroups: [TEXT] }', after: string | null = null) =>
    (
      await run(
        `query($after: String) { models(first: 100, after: $after, sort: ${sort}, filter: ${filter}) { totalCount pageInfo { hasNextPage endCursor } edges { node { canonicalId scores(peerGroup: TEXT) { overall { value } } } } } }`,
        { after },
      )
    ).models;

  it('OVERALL_SCORE DESC: highest first, unknown last, the same models as sorting by name', async () => {
    const first = await page('{ field: OVERALL_SCORE, direction: DESC }');
    const byName = await page('{ field: NAME }');
    expect(first.totalCount).toBe(byName.totalCount);
    const values = first.edges.map((edge: { node: { scores: { overall: { value: number | null } } } }) => edge.node.scores.overall.value);
    const known = values.filter((value: number | null) => value !== null);
    expect(known).toEqual([...known].sort((a: number, b: number) => b - a));
    expect(values.indexOf(null) === -1 || values.slice(values.indexOf(null)).every((value: number | null) => value === null)).toBe(true);
  });

  it.each([
    '{ labs: ["openai", "anthropic"] }',
    '{ providers: ["groq"] }',
    '{ capabilities: [VISION_INPUT, FUNCTION_CALLING], openWeights: false }',
    '{ search: "gemini", releasedAfter: "2025-01-01" }',
    '{ maxPriceUsdPerMTok: 2.5, minContextTokens: 128000 }',
    '{ inputModalities: [PDF], peerGroups: [TEXT, IMAGE_GENERATION] }',
  ])('filter %s selects the same models in memory (score sorts) as in the database (other sorts)', async (filter) => {
    const ids = async (sort: string) => {
      const all: string[] = [];
      let after: string | null = null;
      for (;;) {
        const result = await page(sort, filter, after);
        all.push(...result.edges.map((edge: { node: { canonicalId: string } }) => edge.node.canonicalId));
        if (!result.pageInfo.hasNextPage) return all.sort();
        after = result.pageInfo.endCursor;
      }
    };
    const database = await ids('{ field: NAME }');
    expect(database.length).toBeGreaterThan(0);
    expect(await ids('{ field: QUALITY, direction: DESC }')).toEqual(database);
  });
});
