/**
 * Issue 16, finding by finding: answers that stated more than the data supports, or less than it
 * knows, each as a regression test on the real seeded catalog through yoga.fetch. Expected values
 * come from the seed files (quoted beside each) and hand computation, never from the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { errorCodes, execute, type GraphQLResponse } from '../support/graphql.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

interface Warning {
  code: string;
  message: string;
}
interface Estimate {
  monthly: { usd: string; formatted: string } | null;
  offering: { providerModelId: string; provider: { slug: string }; priceSuspicion: { message: string } | null };
  fallback: { reason: string; message: string } | null;
  warnings: Warning[];
}

const ESTIMATE = /* GraphQL */ `
  monthly { usd formatted }
  offering { providerModelId provider { slug } priceSuspicion { message } }
  fallback { reason message }
  warnings { code message }
`;

async function estimate(args: string): Promise<Estimate> {
  const response = await execute<{ costEstimate: Estimate }>(harness.app, `query { costEstimate(${args}) { ${ESTIMATE} } }`);
  expect(response.errors).toBeUndefined();
  return response.data!.costEstimate;
}

async function problem(query: string): Promise<NonNullable<GraphQLResponse['errors']>[number]> {
  const response = await execute(harness.app, query);
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  return response.errors![0]!;
}

const codes = (warnings: readonly Warning[]) => warnings.map((warning) => warning.code);

describe('1. a $0 gateway listing is never "cheapest"', () => {
  // Llama 4 Maverick in the seed: vercel $0/$0; amazon-bedrock $0.24/$0.97, cortecs $0.124/$0.603,
  // kilo and openrouter $0.15/$0.60, llmgateway $0.27/$0.85, nano-gpt $0.18/$0.80 per million tokens.
  it('CHEAPEST is the cheapest plausible price, cortecs, hand-computed', async () => {
    const cheapest = await estimate('model: "meta/llama-4-maverick", offering: "CHEAPEST"');
    // 1,825,000 input × $0.124/M = $0.2263; 1,216,666.67 output × $0.603/M = $0.73365 → $0.95995 (not a reasoning model).
    expect(cheapest).toMatchObject({ monthly: { usd: '0.95995', formatted: '$0.96' }, offering: { provider: { slug: 'cortecs' } }, warnings: [] });
  });

  it('the $0 listing itself is marked suspect, on the offering and on the estimate made at it', async () => {
    const vercel = await estimate('model: "meta/llama-4-maverick", offering: "vercel"');
    expect(vercel.monthly?.usd).toBe('0.00');
    expect(codes(vercel.warnings)).toEqual(['PRICE_SUSPECT']);
    // The other six providers' input prices: median of 0.124, 0.15, 0.15, 0.18, 0.24, 0.27 = (0.15 + 0.18) / 2.
    expect(vercel.offering.priceSuspicion?.message).toContain('$0 per 1M input tokens against a median of $0.165 at 6 other pay-per-use providers');
  });

  it('the CANONICAL fallback of Llama 4 Scout is no longer the $0 listing either', async () => {
    // Scout: vercel $0/$0 (suspect); kilo and openrouter $0.08/$0.30 are the cheapest plausible (tie: kilo < openrouter).
    const scout = await estimate('model: "meta/llama-4-scout"');
    // 1,825,000 × $0.08/M = $0.146; 1,216,666.67 × $0.30/M = $0.365 → $0.511.
    expect(scout).toMatchObject({ monthly: { usd: '0.511' }, offering: { provider: { slug: 'kilo' } }, fallback: { reason: 'NO_CANONICAL_OFFERING' } });
    expect(codes(scout.warnings)).toEqual(['FALLBACK_OFFERING']);
  });

  it('the Pricing signal is not fed by the suspect price, and the comparison claims no 100% saving', async () => {
    const response = await execute(
      harness.app,
      `query {
        model(id: "meta/llama-4-maverick") { scores { signal(name: PRICING) { value inputs { name } } } }
        compare(models: ["alibaba/qwen3-235b-a22b", "meta/llama-4-maverick"]) { costs { rows { modelId savings { percent } } } summary { text } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    const inputs = response.data!.model.scores.signal.inputs.map((input: { name: string }) => input.name);
    expect(inputs.filter((name: string) => name.includes(' from '))).toEqual([
      'input price (60%) from cortecs/llama-4-maverick',
      'output price (40%) from cortecs/llama-4-maverick',
    ]);
    expect(response.data!.model.scores.signal.value).toBeLessThan(100);
    const percents = response.data!.compare.costs.rows.map((row: { savings: { percent: number } | null }) => row.savings?.percent ?? null);
    expect(percents).not.toContain(100);
    expect(response.data!.compare.summary.text).not.toContain('$0.00');
  });
});

describe('2. a release known only to the month is not compared to the day', () => {
  // models.dev: Qwen3 235B-A22B released "2025-04", Llama 4 Maverick 2025-04-05. The seed's scores are as of 2026-07-02.
  it('Recency ages the month from its middle day and carries the range the month allows', async () => {
    const response = await execute(
      harness.app,
      `query { model(id: "alibaba/qwen3-235b-a22b") { releaseDate scores { asOf signal(name: RECENCY) { value interval { lower upper } inputs { name value } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { releaseDate, scores } = response.data!.model;
    expect([releaseDate, scores.asOf]).toEqual(['2025-04', '2026-07-02']);
    // 2025-04-15 → 2026-07-02 = 443 days: 100 × 0.5^(443/365) = 43.12 → 43.1;
    // the month's first day (457 days) 41.99 → 42.0, its last (428 days) 44.36 → 44.4.
    expect(scores.signal).toMatchObject({ value: 43.1, interval: { lower: 42, upper: 44.4 } });
    expect(scores.signal.inputs).toContainEqual({
      name: 'release day assumed: the middle of 2025-04-01 – 2025-04-30 (the date is known to the month)',
      value: '2025-04-15',
    });
  });

  it('against Llama 4 Maverick (2025-04-05) the Recency row and the RECENCY verdict are a tie, with the reason', async () => {
    const response = await execute(
      harness.app,
      `query { compare(models: ["alibaba/qwen3-235b-a22b", "meta/llama-4-maverick"]) {
        signals { key outcome winnerModelId tieReason }
        verdicts { kind outcome winnerModelId tieReason }
        summary { text }
      } }`,
    );
    expect(response.errors).toBeUndefined();
    const { signals, verdicts, summary } = response.data!.compare;
    const reason =
      'the release dates cannot be ordered at the precision the data has (Qwen3 235B-A22B, known only to the month (2025-04); Llama 4 Maverick 17B Instruct, released 2025-04-05): either may be the newer';
    expect(signals.find((row: { key: string }) => row.key === 'RECENCY')).toEqual({ key: 'RECENCY', outcome: 'TIE', winnerModelId: null, tieReason: reason });
    expect(verdicts.find((verdict: { kind: string }) => verdict.kind === 'RECENCY')).toEqual({
      kind: 'RECENCY',
      outcome: 'TIE',
      winnerModelId: null,
      tieReason: reason,
    });
    expect(summary.text).not.toContain('recency:');
  });
});

describe('3. an unknown capability no longer raises the Capabilities score', () => {
  // models.dev flags. GPT-5: vision, function calling, structured output, reasoning yes; audio, PDF, image output no;
  // web search unknown. Claude Opus 4.5: vision, PDF, function calling, reasoning yes; audio, image output no;
  // structured output and web search unknown.
  it('the signal counts an unknown flag as not supported: 4 of 8 each, 50.0 and 50.0 (was 57.1 and 66.7)', async () => {
    const response = await execute(
      harness.app,
      `query { a: model(id: "openai/gpt-5") { scores { signal(name: CAPABILITIES) { value } } } b: model(id: "anthropic/claude-opus-4.5") { scores { signal(name: CAPABILITIES) { value } } } }`,
    );
    expect([response.data!.a.scores.signal.value, response.data!.b.scores.signal.value]).toEqual([50, 50]);
  });

  it('the comparison decides on the six flags known for both: GPT-5 3 of 6, Opus 4 of 6 (its PDF input)', async () => {
    const response = await execute(
      harness.app,
      `query { compare(models: ["openai/gpt-5", "anthropic/claude-opus-4.5"]) { signals { key cells { value } outcome winnerModelId commonFlags } } }`,
    );
    const row = response.data!.compare.signals.find((signal: { key: string }) => signal.key === 'CAPABILITIES');
    // 100 × 3 / 6 = 50.0; 100 × 4 / 6 = 66.7: the difference is a flag both state (PDF input), not one nobody knows.
    expect(row).toEqual({
      key: 'CAPABILITIES',
      cells: [{ value: 50 }, { value: 66.7 }],
      outcome: 'WINNER',
      winnerModelId: 'anthropic/claude-opus-4-5',
      commonFlags: ['VISION_INPUT', 'AUDIO_INPUT', 'PDF_INPUT', 'FUNCTION_CALLING', 'REASONING', 'IMAGE_OUTPUT'],
    });
  });
});

describe('4. one model without data no longer wipes out the verdicts of the others', () => {
  // DeepSeek V3.2 has no benchmark result in the seed; the other three have scores and prices.
  const query = `query { compare(models: ["openai/gpt-5", "anthropic/claude-opus-4.5", "google/gemini-2.5-pro", "deepseek/deepseek-v3.2"]) {
    overall { outcome leftOut { modelId reason } }
    verdicts { kind outcome winnerModelId leftOut { modelId } }
    useCases { useCase outcome winnerModelId leftOut { modelId reason } }
    summary { text }
  } }`;

  it('QUALITY and VALUE are decided among the three that have scores, naming DeepSeek V3.2 and why', async () => {
    const response = await execute(harness.app, query);
    expect(response.errors).toBeUndefined();
    const { overall, verdicts, summary } = response.data!.compare;
    expect(overall.leftOut).toEqual([{ modelId: 'deepseek/deepseek-v3.2', reason: expect.stringContaining('no benchmark result') }]);
    // The three overall scores overlap: a statistical tie among them, not MISSING_DATA.
    expect(overall.outcome).toBe('STATISTICAL_TIE');
    const byKind = Object.fromEntries(verdicts.map((verdict: { kind: string }) => [verdict.kind, verdict]));
    expect(byKind.QUALITY).toMatchObject({ outcome: 'STATISTICAL_TIE', leftOut: [{ modelId: 'deepseek/deepseek-v3.2' }] });
    expect(byKind.VALUE).toMatchObject({ outcome: 'WINNER', leftOut: [{ modelId: 'deepseek/deepseek-v3.2' }] });
    expect(summary.text).toContain('DeepSeek V3.2 (no benchmark result');
    expect(summary.text).toContain('is left out.');
  });

  it('the use cases that read benchmarks are decided among the three too (was MISSING_DATA for 5 of 7)', async () => {
    const response = await execute(harness.app, query);
    const useCases = response.data!.compare.useCases as { useCase: string; outcome: string; leftOut: { modelId: string; reason: string }[] }[];
    const missing = useCases.filter((useCase) => useCase.outcome === 'MISSING_DATA').map((useCase) => useCase.useCase);
    expect(missing).toEqual([]);
    for (const name of ['CODE_GENERATION', 'SUPPORT_CHATBOT', 'LONG_DOCUMENTS', 'CREATIVE_WRITING']) {
      const useCase = useCases.find((candidate) => candidate.useCase === name)!;
      expect(useCase).toMatchObject({ outcome: 'WINNER', leftOut: [{ modelId: 'deepseek/deepseek-v3.2' }] });
      expect(useCase.leftOut[0]!.reason).toContain('benchmark results');
    }
  });
});

describe('5. summaries carry their uncertainty, and a model’s status shows', () => {
  it('a quality lead over a model seen on one benchmark says so: LOW confidence, 1 of 48, no shared benchmark', async () => {
    // Yi-Large has one benchmark result (LMArena text) and GPT-5 two others; they share none.
    const response = await execute(
      harness.app,
      `query { compare(models: ["openai/gpt-5", "01-ai/yi-large"]) { overall { outcome cells { confidence coverage { present total } } } benchmarks { benchmarkId } summary { text figures { path value text } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { overall, benchmarks, summary } = response.data!.compare;
    expect(benchmarks).toEqual([]);
    expect(overall.cells[1]).toEqual({ confidence: 'LOW', coverage: { present: 1, total: 48 } });
    expect(summary.text).toMatch(
      /^GPT-5 has the highest overall score \(GPT-5 [\d.]+, Yi-Large [\d.]+\), ahead by [\d.]+ points, on LOW confidence: Yi-Large has 1 of 48 benchmarks\. They share no benchmark/,
    );
    expect(summary.text).toContain('Best for quality: GPT-5 (on LOW confidence)');
    expect(summary.figures).toContainEqual({ path: 'overall.cells[1].coverage.present', value: '1', text: '1' });
  });

  it('a retired preview says so beside its rank, in the model and in a comparison', async () => {
    // Google listed gemini-2.5-pro-preview-05-06 itself until models.dev removed it on 2026-05-31; resellers still do.
    const response = await execute(
      harness.app,
      `query {
        model(id: "google/gemini-2.5-pro-preview-05-06") { status statusLabel retiredOn scores { ranks { overall { peerGroup { label modelStatus } } } } }
        compare(models: ["google/gemini-2.5-pro-preview-05-06", "google/gemini-2.5-pro"]) { models { status retiredOn } summary { text } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    const { model, compare } = response.data!;
    expect(model).toMatchObject({ status: ['PREVIEW', 'RETIRED'], statusLabel: 'retired preview', retiredOn: '2026-05-31' });
    expect(model.scores.ranks.overall.peerGroup.label).toMatch(/^#\d+ of \d+ text models, top \d+% \(retired preview\)$/);
    expect(model.scores.ranks.overall.peerGroup.modelStatus).toEqual(['PREVIEW', 'RETIRED']);
    expect(compare.models).toEqual([
      { status: ['PREVIEW', 'RETIRED'], retiredOn: '2026-05-31' },
      { status: [], retiredOn: null },
    ]);
    expect(compare.summary.text).toMatch(/^Gemini 2\.5 Pro Preview 05-06 is a retired preview, its lab has not listed it since 2026-05-31\./);
  });

  it('a model known only from a leaderboard is "not offered" in its status and in a comparison', async () => {
    const response = await execute(
      harness.app,
      `query { model(id: "google/gemini-2.5-pro-exp-03-25") { availability status } compare(models: ["google/gemini-2.5-pro-exp-03-25", "google/gemini-2.5-pro"]) { summary { text } } }`,
    );
    expect(response.data!.model).toEqual({ availability: 'NOT_OFFERED', status: ['PREVIEW', 'NOT_OFFERED'] });
    expect(response.data!.compare.summary.text).toContain('is a preview, not offered by any provider (known from a leaderboard only)');
  });
});

describe('6. cost explanations match the data', () => {
  it('DeepSeek R1 is priced at its cheapest of 13 priced pay-per-use offerings, and says why (its lab does not list it)', async () => {
    // Of its 19 offerings, 14 are pay-per-use and one of those (togetherai) is deprecated: 13 priced; nano-gpt's $0.40/$1.70 is the lowest.
    const response = await execute(
      harness.app,
      `query { compare(models: ["deepseek/deepseek-r1", "openai/gpt-5"]) { costs { rows { estimate { fallback { reason providerId pricedOfferings } } } } summary { text } } }`,
    );
    expect(response.data!.compare.costs.rows[0].estimate.fallback).toEqual({ reason: 'NO_CANONICAL_OFFERING', providerId: 'nano-gpt', pricedOfferings: 13 });
    expect(response.data!.compare.summary.text).toContain('(at nano-gpt, the cheapest of its 13 priced pay-per-use offerings: its lab does not list it)');
    expect(response.data!.compare.summary.text).not.toContain('no priced offering');
  });

  it('gpt-image-1: OpenAI lists it without a price, and the estimate says so instead of "no listing by its lab"', async () => {
    const response = await execute(
      harness.app,
      `query { costEstimate(model: "openai/gpt-image-1") { offering { provider { slug } } fallback { reason message canonicalOffering { providerModelId pricingKind: price { kind } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { fallback } = response.data!.costEstimate;
    expect(fallback).toMatchObject({ reason: 'LAB_LISTING_UNPRICED', canonicalOffering: { providerModelId: 'gpt-image-1', pricingKind: { kind: 'UNKNOWN' } } });
    expect(fallback.message).toContain('its lab’s own listing has no known price (openai/gpt-image-1)');
  });

  it('a cost alone in its units says what the others lack, not "like no other model here"', async () => {
    const response = await execute(harness.app, `query { compare(models: ["openai/gpt-image-1", "black-forest-labs/flux-pro-1.1"]) { summary { text } } }`);
    const { text } = response.data!.compare.summary;
    expect(text).not.toContain('like no other model here');
    expect(text).toContain('GPT-Image-1 (billed per token, and no other model here has a known cost)');
    // FLUX1.1 [pro] has one offering, whose price the source does not give.
    expect(text).toContain('FLUX1.1 [pro] (none of its offerings has a known pay-per-use price at this usage)');
  });
});

describe('7. reasoning models are priced as if they reason', () => {
  it('GPT-5 at the defaults reasons one token per output token, with a warning (hand-computed)', async () => {
    const response = await execute(
      harness.app,
      `query { costEstimate(model: "openai/gpt-5") { monthly { usd } breakdown { item quantityPerRequest monthly { usd } } assumptions { reasoningTokensPerRequest reasoningTokensBasis } warnings { code message } } }`,
    );
    expect(response.errors).toBeUndefined();
    const gpt5 = response.data!.costEstimate;
    // OpenAI lists GPT-5 at $1.25 in / $10 out (no separate reasoning price: reasoning bills as output).
    // 3,041.666… requests × 400 reasoning tokens × $10/M = $12.166667, as much as the output line.
    expect(gpt5.breakdown).toEqual([
      { item: 'INPUT', quantityPerRequest: 600, monthly: { usd: '2.28125' } },
      { item: 'OUTPUT', quantityPerRequest: 400, monthly: { usd: '12.166667' } },
      { item: 'REASONING', quantityPerRequest: 400, monthly: { usd: '12.166667' } },
    ]);
    expect(gpt5.monthly.usd).toBe('26.614584');
    expect(gpt5.assumptions).toEqual({ reasoningTokensPerRequest: 400, reasoningTokensBasis: 'REASONING_MODEL_DEFAULT' });
    expect(codes(gpt5.warnings)).toEqual(['REASONING_TOKENS_ASSUMED']);
  });

  it('reasoningTokensPerRequest: 0 prices no reasoning, and says nothing more', async () => {
    const response = await execute(
      harness.app,
      `query { costEstimate(model: "openai/gpt-5", usage: { reasoningTokensPerRequest: 0 }) { monthly { usd } warnings { code } } }`,
    );
    expect(response.data!.costEstimate).toEqual({ monthly: { usd: '14.447917' }, warnings: [] });
  });
});

describe('8. money and messages', () => {
  it('formatted is in cents, the exact figure in usd; savings follow the same rule', async () => {
    const response = await execute(
      harness.app,
      `query {
        costEstimate(model: "openai/gpt-5", usage: { reasoningTokensPerRequest: 0 }) { monthly { usd formatted microUsd } yearly { usd formatted } perRequest { usd formatted } }
        compare(models: ["openai/gpt-5", "anthropic/claude-opus-4.5"], usage: { reasoningTokensPerRequest: 0 }) { costs { rows { savings { monthly { usd formatted } } } } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    // $14.447917 a month → $14.45; 12 × = $173.375004 → $173.38; per request $0.00475 is under a cent: all digits.
    expect(response.data!.costEstimate).toEqual({
      monthly: { usd: '14.447917', formatted: '$14.45', microUsd: '14447917' },
      yearly: { usd: '173.375004', formatted: '$173.38' },
      perRequest: { usd: '0.00475', formatted: '$0.00475' },
    });
    // Claude Opus 4.5 at Anthropic, $5 / $25: 1,825,000 × 5 + 1,216,666.67 × 25 = $9.125 + $30.416667 = $39.541667;
    // GPT-5 saves 39.541667 − 14.447917 = $25.09375 → "$25.09"; the baseline's own saving is $0.00.
    expect(response.data!.compare.costs.rows.map((row: { savings: unknown }) => row.savings)).toEqual([
      { monthly: { usd: '25.09375', formatted: '$25.09' } },
      { monthly: { usd: '0.00', formatted: '$0.00' } },
    ]);
  });

  it('CANONICAL and CHEAPEST in any case; a provider slug in any case', async () => {
    const response = await execute(
      harness.app,
      `query {
        a: costEstimate(model: "openai/gpt-5", offering: "cheapest") { offering { provider { slug } } }
        b: costEstimate(model: "openai/gpt-5", offering: "CHEAPEST") { offering { provider { slug } } }
        c: costEstimate(model: "openai/gpt-5", offering: "Canonical") { offering { provider { slug } } }
        d: costEstimate(model: "openai/gpt-5", offering: "OpenRouter") { offering { provider { slug } } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.a).toEqual(response.data!.b);
    expect(response.data!.c.offering.provider.slug).toBe('openai');
    expect(response.data!.d.offering.provider.slug).toBe('openrouter');
  });

  it('an unknown provider is BAD_USER_INPUT with the closest slugs; a real one that does not serve the model stays NOT_FOUND', async () => {
    const unknown = await problem(`query { costEstimate(model: "openai/gpt-5", offering: "open-router") { monthly { usd } } }`);
    expect(unknown.extensions).toMatchObject({ argument: 'offering', reason: 'UNKNOWN_PROVIDER' });
    expect(unknown.message).toMatch(/^offering: no provider "open-router"; did you mean openrouter/);
    const acme = await problem(`query { costEstimate(model: "openai/gpt-5", offering: "acme-cloud") { monthly { usd } } }`);
    expect(acme.message).toMatch(/^offering: no provider "acme-cloud"/);
    const notServed = await execute(harness.app, `query { costEstimate(model: "openai/gpt-5", offering: "cortecs") { monthly { usd } } }`);
    expect(errorCodes(notServed)).toEqual(['NOT_FOUND']);
  });

  it('an unknown model id suggests the models search finds', async () => {
    const typo = await problem(`query { costEstimate(model: "meta/llama-4-maverik") { monthly { usd } } }`);
    expect(typo.extensions).toMatchObject({ argument: 'model', suggestions: ['meta/llama-4-maverick-17b-instruct'] });
    expect(typo.message).toBe('model: no model has the id or alias "meta/llama-4-maverik"; did you mean meta/llama-4-maverick-17b-instruct?');
    // A single problem is listed too, as the README's error table says every BAD_USER_INPUT lists them.
    expect(typo.extensions!.problems).toEqual([
      {
        argument: 'model',
        message: 'no model has the id or alias "meta/llama-4-maverik"; did you mean meta/llama-4-maverick-17b-instruct?',
        reason: 'UNKNOWN_MODEL',
        suggestions: ['meta/llama-4-maverick-17b-instruct'],
      },
    ]);
    const spaced = await problem(`query { compare(models: ["openai/gpt-5", "Claude Sonnet 4.5"]) { summary { text } } }`);
    expect(spaced.extensions).toMatchObject({ argument: 'models[1]' });
    expect((spaced.extensions!.suggestions as string[])[0]).toBe('anthropic/claude-sonnet-4-5');
    // The models search finds it under that spelling too.
    const search = await execute(harness.app, `query { models(filter: { search: "llama-4-maverick" }) { edges { node { canonicalId } } } }`);
    expect(search.data!.models.edges.map((edge: { node: { canonicalId: string } }) => edge.node.canonicalId)).toContain('meta/llama-4-maverick-17b-instruct');
  });

  it('validator messages in the API’s words, every problem of an input at once', async () => {
    const first = await problem(`query { models(first: 1000) { totalCount } }`);
    expect(first.message).toBe('first: must be at most 100');
    const usage = await problem(`query { costEstimate(model: "openai/gpt-5", usage: { requestsPerDay: -1, inputShare: 2 }) { monthly { usd } } }`);
    expect(usage.extensions!.problems).toEqual([
      { argument: 'usage.requestsPerDay', message: 'must not be negative (requests per day)' },
      { argument: 'usage.inputShare', message: 'must be between 0 and 1' },
    ]);
    expect(usage.message).toBe('usage.requestsPerDay: must not be negative (requests per day); usage.inputShare: must be between 0 and 1');
    const compare = await problem(`query { compare(models: ["nobody/nothing", "openai/gpt-5", "gpt-5"], offering: "acme-cloud") { summary { text } } }`);
    expect((compare.extensions!.problems as { argument: string }[]).map((p) => p.argument)).toEqual(['models[0]', 'models[2]', 'offering']);
  });

  it('a workload over the context window is refused with its reason, or priced with the explicit flag', async () => {
    // Claude Opus 4.5: a 200,000-token context window (models.dev); 250,000 in + 1,000 out + 1,000 assumed reasoning tokens.
    const usage = 'usage: { inputTokensPerRequest: 250000, outputTokensPerRequest: 1000 }';
    const refused = await problem(`query { costEstimate(model: "anthropic/claude-opus-4.5", ${usage}) { monthly { usd } } }`);
    expect(refused.extensions).toMatchObject({ argument: 'usage', reason: 'REQUEST_EXCEEDS_LIMITS' });
    expect(refused.message).toContain('252,000 tokens per request exceed the context window of 200,000 tokens');
    const priced = await estimate(`model: "anthropic/claude-opus-4.5", ${usage}, allowExceedingLimits: true`);
    expect(codes(priced.warnings)).toContain('REQUEST_EXCEEDS_CONTEXT_WINDOW');
    expect(priced.monthly).not.toBeNull();
  });

  it('/health answers a small JSON body: status, version, catalog version', async () => {
    const response = await harness.app.fetch('http://localhost/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ status: 'ok', version: '0.1.0', methodologyVersion: '2026.12.2', catalogVersion: 1 });
  });
});
