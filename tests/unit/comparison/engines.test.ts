/**
 * The comparison fed by the real scoring and cost engines, wired as the GraphQL layer wires them:
 * catalog → buildCohort → scoreCatalog, offerings → selectOffering at one usage → compareModels.
 * Costs are checked by hand; scores by the fit's stationarity conditions, solved beside the test.
 */
import { describe, expect, it } from 'vitest';
import type { Model, Offering } from '../../../src/domain/catalog.ts';
import { compareModels } from '../../../src/domain/comparison/compare.ts';
import type { ComparedModelInput } from '../../../src/domain/comparison/types.ts';
import { selectOffering } from '../../../src/domain/cost/select-offering.ts';
import { resolveUsage } from '../../../src/domain/cost/usage.ts';
import { buildCohort } from '../../../src/domain/scoring/cohort.ts';
import { scoreCatalog } from '../../../src/domain/scoring/snapshot.ts';
import type { CatalogInput } from '../../../src/domain/scoring/types.ts';
import { benchmark, model, offering, tokens } from '../scoring/fixtures.ts';

const AS_OF = '2026-07-01';

const named = (m: Model, name: string): Model => ({ ...m, name });
const canonical = (m: Model, o: Offering): Model => ({ ...m, canonicalOfferingId: o.id });

const gptOffering = offering({ providerId: 'openai', modelId: 'openai/gpt-x', inputUsdPerMTok: 1, outputUsdPerMTok: 4 });
const claudeOffering = offering({ providerId: 'anthropic', modelId: 'anthropic/claude-y', inputUsdPerMTok: 5, outputUsdPerMTok: 17.5 });
const fluxOffering = offering({ providerId: 'bfl', modelId: 'bfl/flux', imageUsd: 0.04 });

const catalog: CatalogInput = {
  models: [
    canonical(
      named(model({ id: 'openai/gpt-x', releaseDate: '2026-03-05', contextTokens: tokens(400_000), maxOutputTokens: tokens(128_000) }), 'GPT X'),
      gptOffering,
    ),
    canonical(
      named(model({ id: 'anthropic/claude-y', releaseDate: '2026-04-16', contextTokens: tokens(1_000_000), maxOutputTokens: tokens(64_000) }), 'Claude Y'),
      claudeOffering,
    ),
    canonical(named(model({ id: 'bfl/flux', peerGroup: 'IMAGE_GENERATION', releaseDate: '2025-11-20' }), 'Flux'), fluxOffering),
    model({ id: 'bfl/other', peerGroup: 'IMAGE_GENERATION', releaseDate: '2025-06-01' }),
  ],
  offerings: [gptOffering, claudeOffering, fluxOffering],
  benchmarks: [
    benchmark({ modelId: 'openai/gpt-x', benchmarkId: 'lmarena-text', score: 1420, ci: [1412, 1428] }),
    benchmark({ modelId: 'anthropic/claude-y', benchmarkId: 'lmarena-text', score: 1450, ci: [1443, 1457] }),
    benchmark({ modelId: 'openai/gpt-x', benchmarkId: 'gpqa', score: 80 }),
    benchmark({ modelId: 'anthropic/claude-y', benchmarkId: 'gpqa', score: 85 }),
    benchmark({ modelId: 'bfl/flux', benchmarkId: 'lmarena-image', score: 1150, ci: [1140, 1160] }),
    benchmark({ modelId: 'bfl/other', benchmarkId: 'lmarena-image', score: 1100, ci: [1090, 1110] }),
  ],
};

const cohort = buildCohort(catalog, AS_OF);
const snapshot = scoreCatalog(cohort);
const usage = resolveUsage({});

function input(id: string, requestedId = id): ComparedModelInput {
  const catalogModel = catalog.models.find((m) => m.id === id)!;
  const offerings = catalog.offerings.filter((o) => o.modelId === id);
  return {
    requestedId,
    model: catalogModel,
    score: snapshot.models.find((s) => s.modelId === id)!,
    cohort: cohort.models.find((c) => c.modelId === id)!,
    cost: selectOffering(offerings, 'CANONICAL', usage, catalogModel.canonicalOfferingId),
  };
}

describe('compareModels on the real engines’ outputs', () => {
  it('text pair: costs by hand; two shared results are too little evidence to name the better model', () => {
    const result = compareModels({ models: [input('openai/gpt-x'), input('anthropic/claude-y')] });
    const [gpt, claude] = result.costs.rows;
    // 100 requests/day × 365/12 = 3,041.666… requests; GPT: 600 × $1 + 400 × $4 per million = $0.0022 each
    // → $6.691666… → $6.691667. Claude: 600 × $5 + 400 × $17.50 = $0.01 each → $30.416666… → $30.416667.
    expect([gpt!.estimate!.monthly!.formatted, claude!.estimate!.monthly!.formatted]).toEqual(['$6.69', '$30.42']);
    // Baseline Claude (dearer): 30.416667 − 6.691667 = $23.725; × 12 = $284.70.
    expect(gpt).toMatchObject({ baselineModelId: 'anthropic/claude-y', cheaperThanBaseline: true });
    expect([gpt!.savings!.monthly.formatted, gpt!.savings!.yearly.formatted]).toEqual(['$23.73', '$284.70']);
    // Claude has the better result on both benchmarks and the arena intervals [1412,1428] / [1443,1457]
    // do not overlap: it wins both benchmark rows.
    expect(result.benchmarks.map((b) => [b.benchmarkId, b.outcome, b.winnerModelId])).toEqual([
      ['gpqa', 'WINNER', 'anthropic/claude-y'],
      ['lmarena-text', 'WINNER', 'anthropic/claude-y'],
    ]);
    // But two results are little evidence. The fit (two models, symmetric: θ_claude = −θ_gpt = t, θ̄ = 0):
    // arena y = σ(60 Elo in nats / √(1 + π s²/8)) = 0.58543 (k = 1), gpqa y = Φ(5/√2) = 0.99980 (k = e^u);
    // minimising ℓ(2t; 0.58543) + ℓ(2kt; 0.99980) + t²/64 + u²/2 gives t = 0.6394, k = 1.3028, and the inverse
    // Hessian in (θ_claude, θ_gpt, u) gives σ(θ_claude − θ̄) = 0.7918. Quality: Claude 100 σ(0.5 t) = 57.9
    // [38.8, 74.9], GPT 42.1 [25.1, 61.2]: 38.8 ≤ 61.2, the intervals overlap, so Benchmarks is a statistical tie.
    const benchmarks = result.signals.find((row) => row.key === 'BENCHMARKS')!;
    expect(benchmarks.cells.map((cell) => [cell.value, cell.interval])).toEqual([
      [42.1, { lower: 25.1, upper: 61.2 }],
      [57.9, { lower: 38.8, upper: 74.9 }],
    ]);
    expect(benchmarks.outcome).toBe('STATISTICAL_TIE');
    // Overall (capabilities unknown, context 400K → 0 and 1M → 100): GPT 0.9 × 42.1 = 37.9 [22.6, 55.1], Claude
    // 0.9 × 57.9 + 5 = 57.1 [39.9, 72.4]: tied too, so no quality verdict.
    expect(result.overall).toMatchObject({ outcome: 'STATISTICAL_TIE', winnerModelId: null });
    // Cost per point = monthly ÷ overall, to the micro-dollar, whatever the two overall scores are.
    for (const [index, row] of result.costs.rows.entries()) {
      const overall = result.overall.cells[index]!.value!;
      const expectedMicroUsd = Math.round(Number(row.estimate!.monthly!.microUsd) / overall);
      expect(row.costPerQualityPoint!.microUsd).toBe(BigInt(expectedMicroUsd));
    }
    expect(result.verdicts.map((v) => [v.kind, v.winnerModelId])).toEqual([
      ['QUALITY', null],
      ['COST', 'openai/gpt-x'],
      // $6.691667 / 37.9 = $0.1766 per point against $30.416667 / 57.1 = $0.5327.
      ['VALUE', 'openai/gpt-x'],
      ['LONG_CONTEXT', 'anthropic/claude-y'], // 1,000,000 > 400,000 tokens
      ['RECENCY', 'anthropic/claude-y'], // 2026-04-16 > 2026-03-05
    ]);
    for (const figure of result.summary.figures) expect(result.summary.text).toContain(figure.text);
  });

  it('text vs image: nothing peer-relative and no cost is set against each other', () => {
    const result = compareModels({ models: [input('openai/gpt-x'), input('bfl/flux')] });
    expect(result.overall.outcome).toBe('DIFFERENT_PEER_GROUPS');
    expect(result.signals.find((s) => s.key === 'PRICING')!.outcome).toBe('DIFFERENT_PEER_GROUPS');
    expect(result.costs.comparable).toBe(false);
    expect(result.costs.rows.every((row) => row.savings === null && row.notComparable?.code === 'COST_NOT_COMPARABLE')).toBe(true);
    expect(result.verdicts.find((v) => v.kind === 'LONG_CONTEXT')!.winnerModelId).toBeNull();
  });

  it('an alias of a compared model is refused, naming the item', () => {
    expect(() => compareModels({ models: [input('openai/gpt-x'), input('anthropic/claude-y'), input('openai/gpt-x', 'gpt-x-latest')] })).toThrow(
      /models\[2\]: "gpt-x-latest" is the same model as models\[0\] "openai\/gpt-x"/,
    );
  });
});
