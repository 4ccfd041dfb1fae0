/**
 * `recommend` on three made-up text models whose fits and costs are worked out by hand.
 * At the default usage (3,041.67 requests a month × 600 input + 400 output tokens) a month is
 * 1,825,000 input and 1,216,666.67 output tokens.
 */
import { describe, expect, it } from 'vitest';
import { resolveUsage } from '../../../src/domain/cost/usage.ts';
import { recommend } from '../../../src/domain/recommend/recommend.ts';
import { NO_CONSTRAINTS, type RecommendConstraints, type RecommendMember } from '../../../src/domain/recommend/types.ts';
import { type CompareSpec, compared } from '../comparison/fixtures.ts';
import { limits, offering, offeringPrice, usdPerMTok } from '../cost/fixtures.ts';

function member(spec: CompareSpec, inputUsd: number, outputUsd: number, providerId = 'lab', context = 200_000): RecommendMember {
  const input = compared({ contextTokens: context, maxOutputTokens: 32_000, ...spec, capabilities: { functionCalling: true, ...spec.capabilities } });
  const priced = offering(providerId, offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(inputUsd), outputNanoUsdPerMTok: usdPerMTok(outputUsd) }), {
    id: `${providerId}/${spec.id}`,
    modelId: spec.id,
    limits: limits(context, 32_000),
  });
  return { model: input.model, score: { score: input.score, cohort: input.cohort }, offerings: [priced] };
}

// Code generation: 60% Benchmarks + 20% Context window + 10% Output capacity + 10% function calling.
// alpha: 0.6×90 + 0.2×80 + 0.1×70 + 10 = 87.0, Benchmarks interval 85–94 → fit 87 − 0.6×5 = 84.0 to 87 + 0.6×4 = 89.4
// beta:  0.6×80 + 0.2×80 + 0.1×70 + 10 = 81.0, Benchmarks interval 70–88 → fit 75.0 to 85.8 (overlaps alpha's)
// gamma: 0.6×95 + 0.2×90 + 0.1×80 + 10 = 93.0, exact
const signals = (benchmarks: number, context: number, output: number) => ({ BENCHMARKS: benchmarks, CONTEXT_WINDOW: context, OUTPUT_CAPACITY: output });
const alpha = member({ id: 'lab/alpha', name: 'Alpha', signals: signals(90, 80, 70), overall: 85, intervals: { benchmarks: [85, 94] } }, 1, 2);
const beta = member({ id: 'lab/beta', name: 'Beta', signals: signals(80, 80, 70), overall: 78, intervals: { benchmarks: [70, 88] } }, 0.5, 1, 'cheapcloud');
const gamma = member({ id: 'lab/gamma', name: 'Gamma', signals: signals(95, 90, 80), overall: 92 }, 10, 20);
// alpha $1/$2:   1.825 + 2.433333 = $4.258333 a month; beta $0.50/$1: $2.129167; gamma $10/$20: $42.583333.
const usage = resolveUsage();
const withBudget = (usd: number, more: Partial<RecommendConstraints> = {}): RecommendConstraints => ({
  ...NO_CONSTRAINTS,
  maxMonthlyNanoUsd: BigInt(usd * 1e9),
  ...more,
});

describe('recommend, hand-checked', () => {
  it('ranks by fit and prices each at its offering; a budget leaves the best out as a near miss, with by how much', () => {
    const answer = recommend({ useCase: 'CODE_GENERATION', members: [beta, gamma, alpha], usage, constraints: withBudget(10), first: 5 });
    expect(answer.candidates.map((c) => [c.model.id, c.fit, c.estimate.monthly!.microUsd])).toEqual([
      ['lab/alpha', 87, 4_258_333n],
      ['lab/beta', 81, 2_129_167n],
    ]);
    expect(answer.candidates.map((c) => c.fitInterval)).toEqual([
      { lower: 84, upper: 89.4 },
      { lower: 75, upper: 85.8 },
    ]);
    // beta's fit trails by 6, beyond the difference's 95% half-width √((87 − 84)² + (85.8 − 81)²) = 5.66,
    // although the two intervals overlap: not tied.
    expect(answer.candidates.map((c) => c.tiedWithFirst)).toEqual([false, false]);
    expect(answer.nearMisses).toHaveLength(1);
    expect(answer.nearMisses[0]!.model.id).toBe('lab/gamma');
    expect(answer.nearMisses[0]!.failed).toEqual([
      { constraint: 'MAX_MONTHLY_USD', text: '$42.58 a month, $32.58 over the $10.00 budget', required: 10, actual: 42.583333, unit: 'USD a month' },
    ]);
  });

  it('without constraints the best fit comes first, and every candidate explains itself with figures', () => {
    const answer = recommend({ useCase: 'CODE_GENERATION', members: [alpha, beta, gamma], usage, constraints: NO_CONSTRAINTS, first: 2 });
    expect(answer.candidates.map((c) => c.model.id)).toEqual(['lab/gamma', 'lab/alpha']);
    expect(answer.nearMisses).toEqual([]);
    const fit = answer.candidates[0]!.reasons.find((reason) => reason.kind === 'FIT')!;
    expect(fit.text).toBe(
      'Fit 93.0 (STRONG) for code generation: Benchmarks 95.0 × 60% + Context window 90.0 × 20% + Output capacity 80.0 × 10% + function calling yes × 10%.',
    );
    const cost = answer.candidates[0]!.reasons.find((reason) => reason.kind === 'COST')!;
    expect(cost.figures).toContainEqual({ name: 'monthlyCost', value: 42.583333, unit: 'USD a month' });
    for (const candidate of answer.candidates) for (const reason of candidate.reasons) expect(reason.figures.length).toBeGreaterThan(0);
    // gamma's fit is exact (93–93) and alpha's reaches 89.4: not tied.
    expect(answer.candidates[1]!.tiedWithFirst).toBe(false);
  });

  it('an unknown capability fails the constraint that asks for it, and says so', () => {
    const unknownTools = member({ id: 'lab/delta', signals: signals(99, 99, 99), overall: 99, capabilities: { structuredOutput: null } }, 1, 1);
    const answer = recommend({
      useCase: 'CODE_GENERATION',
      members: [unknownTools, alpha],
      usage,
      constraints: { ...NO_CONSTRAINTS, capabilities: ['structuredOutput'] },
      first: 5,
    });
    expect(answer.candidates).toEqual([]);
    expect(answer.nearMisses.map((miss) => [miss.model.id, miss.failed.map((f) => f.text)])).toEqual([
      ['lab/delta', ['structured output: unknown (the sources do not say)']],
      ['lab/alpha', ['structured output: unknown (the sources do not say)']],
    ]);
  });

  it('providers and context bound the offering, not the model', () => {
    const answer = recommend({
      useCase: 'CODE_GENERATION',
      members: [alpha, beta],
      usage,
      constraints: { ...NO_CONSTRAINTS, providers: ['cheapcloud'], minContextTokens: 100_000 },
      first: 5,
    });
    expect(answer.candidates.map((c) => [c.model.id, c.offering.id])).toEqual([['lab/beta', 'cheapcloud/lab/beta']]);
    expect(answer.nearMisses.map((miss) => miss.failed.map((f) => [f.constraint, f.text]))).toEqual([
      [['PROVIDERS', 'not offered by cheapcloud (offered by lab)']],
    ]);
    const small = recommend({ useCase: 'CODE_GENERATION', members: [alpha], usage, constraints: { ...NO_CONSTRAINTS, minContextTokens: 500_000 }, first: 5 });
    expect(small.nearMisses[0]!.failed).toEqual([
      { constraint: 'MIN_CONTEXT_TOKENS', text: 'context 200,000 tokens < 500,000 tokens required', required: 500_000, actual: 200_000, unit: 'tokens' },
    ]);
  });

  it('says at what volume the first choice passes the budget: $4.258333 a month at 3,041.67 requests → $10 at 7,142.86 requests', () => {
    const answer = recommend({ useCase: 'CODE_GENERATION', members: [alpha, beta], usage, constraints: withBudget(10), first: 5 });
    const budget = answer.sensitivity.find((point) => point.kind === 'BUDGET_REACHED')!;
    // Per request: 600 × $1/M + 400 × $2/M = $0.0014; $10 / $0.0014 = 7,142.857… requests.
    expect(budget.modelId).toBe('lab/alpha');
    expect(budget.at).toBeCloseTo(10 / 0.0014, 6);
  });

  it('does not depend on the order of the members', () => {
    const forward = recommend({ useCase: 'CODE_GENERATION', members: [alpha, beta, gamma], usage, constraints: withBudget(10), first: 5 });
    const backward = recommend({ useCase: 'CODE_GENERATION', members: [gamma, beta, alpha], usage, constraints: withBudget(10), first: 5 });
    expect(backward).toEqual(forward);
  });
});
