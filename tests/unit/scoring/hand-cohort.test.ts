/**
 * Every expected value here is worked out by hand from hand-cohort.fixture.ts, in the comments,
 * never copied from the engine's output. As-of date 2026-07-01.
 */
import { describe, expect, it } from 'vitest';
import { roundScore } from '../../../src/domain/rounding.ts';
import { buildCohort } from '../../../src/domain/scoring/cohort.ts';
import { scoreCatalog } from '../../../src/domain/scoring/snapshot.ts';
import type { Contribution, ModelScore, SignalName } from '../../../src/domain/scoring/types.ts';
import { AS_OF, HAND_CATALOG } from './hand-cohort.fixture.ts';

const cohort = buildCohort(HAND_CATALOG, AS_OF);
const snapshot = scoreCatalog(cohort);
const score = (id: string): ModelScore => {
  const found = snapshot.models.find((m) => m.modelId === id);
  if (!found) throw new Error(`${id} not scored`);
  return found;
};
const signal = (id: string, name: SignalName) => score(id).signals[name];
const tenths = (values: number[]): number => values.reduce((sum, v) => sum + Math.round(v * 10), 0);

describe('cohort at 2026-07-01', () => {
  it('holds the models released by then or listed then, not later or unlisted undated ones', () => {
    // future: released 2026-08-01 and unlisted → out. ghost: no date, no offering → out.
    // delta: no release date but listed by p1 → in.
    expect(cohort.models.map((m) => m.modelId)).toEqual(['img/one', 'img/two', 'lab/alpha', 'lab/beta', 'lab/delta', 'lab/epsilon', 'lab/gamma']);
  });

  it('takes the latest benchmark result dated on or before the as-of date', () => {
    // bench-x: 30 (2025-01-01) then 80 (2026-06-01) → 80; bench-y: 56 (2026-06-01); 10 is dated 2026-08-01 → ignored.
    const alpha = cohort.models.find((m) => m.modelId === 'lab/alpha');
    expect(alpha?.benchmarks.map((b) => [b.benchmarkId, b.score])).toEqual([
      ['bench-solo', 99],
      ['bench-x', 80],
      ['bench-y', 56],
    ]);
  });

  it('ranks on the canonical price, else the cheapest live pay-per-use one', () => {
    const price = (id: string) => cohort.models.find((m) => m.modelId === id)?.price;
    // alpha: canonical 0.6 × 10 + 0.4 × 40 = 6 + 16 = 22 USD/MTok (its FREE_TIER 0 never prices it).
    expect(price('lab/alpha')).toMatchObject({ unit: 'USD_PER_MTOK_BLENDED', amountUsd: 22, basis: 'CANONICAL' });
    // beta: p1 0.6 × 1 + 0.4 × 1 = 1, p2 = 2; the plan's 0 and the deprecated 0.01 do not count → 1.
    expect(price('lab/beta')).toMatchObject({ amountUsd: 1, offeringId: 'p1/lab/beta', basis: 'CHEAPEST_PAY_PER_USE' });
    // gamma: a pay-per-use offering at 0 → free.
    expect(price('lab/gamma')?.amountUsd).toBe(0);
    // delta: input price unknown → no blended price.
    expect(price('lab/delta')).toBeNull();
    // img/two: canonical 0.01 per image, although imgprov sells it at 0.005.
    expect(price('img/two')).toMatchObject({ unit: 'USD_PER_IMAGE', amountUsd: 0.01, basis: 'CANONICAL' });
  });
});

describe('signals, by hand', () => {
  it('Capabilities = 100 × true flags / flags that apply (an unknown flag counts as not supported)', () => {
    // alpha: 8 flags apply (text); true: vision, pdf, fc, structured, reasoning → 5/8 = 62.5 (webSearch unknown counts as no)
    expect(signal('lab/alpha', 'CAPABILITIES').value).toBe(62.5);
    // beta: 8 known, true: vision, pdf, fc, webSearch → 4/8 = 50
    expect(signal('lab/beta', 'CAPABILITIES').value).toBe(50);
    // gamma: only fc known (true) → 1/8 = 12.5 (was 1/1 = 100 when unknown flags left the denominator)
    expect(signal('lab/gamma', 'CAPABILITIES').value).toBe(12.5);
    // epsilon: fc T, vision F → 1/8 = 12.5: knowing a flag is false scores as not knowing it
    expect(signal('lab/epsilon', 'CAPABILITIES').value).toBe(12.5);
    // Image models write no text: function calling and structured output do not apply, 6 flags do.
    // img/one: only imageOutput true → 1/6 = 16.67 → 16.7; img/two: vision + imageOutput → 2/6 = 33.33 → 33.3
    expect(signal('img/one', 'CAPABILITIES').value).toBe(16.7);
    expect(signal('img/two', 'CAPABILITIES').value).toBe(33.3);
    // delta: no flag known → UNKNOWN, not 0
    expect(signal('lab/delta', 'CAPABILITIES')).toMatchObject({ value: null, reason: 'UNKNOWN' });
  });

  it('Pricing: log scale between the cheapest non-zero and the highest price of the group and unit', () => {
    // TEXT, USD_PER_MTOK_BLENDED: alpha 22, beta 1, gamma 0, epsilon 0.1 → p_min = 0.1, p_max = 22.
    // alpha: (ln 22 − ln 22) / (ln 22 − ln 0.1) = 0
    expect(signal('lab/alpha', 'PRICING').value).toBe(0);
    // beta: (ln 22 − ln 1) / (ln 22 − ln 0.1) = 3.091042 / 5.393628 = 0.57309 → 57.3
    expect(signal('lab/beta', 'PRICING').value).toBe(57.3);
    // gamma: free, clamped to p_min = 0.1 → (ln 22 − ln 0.1) / (ln 22 − ln 0.1) = 100, not more
    expect(signal('lab/gamma', 'PRICING').value).toBe(100);
    expect(signal('lab/epsilon', 'PRICING').value).toBe(100);
    // IMAGE_GENERATION, USD_PER_IMAGE: one 0.04, two 0.01 → one 0, two 100 (never on the token scale)
    expect(signal('img/one', 'PRICING').value).toBe(0);
    expect(signal('img/two', 'PRICING').value).toBe(100);
  });

  it('Context window: log scale within the peer group', () => {
    // TEXT contexts: alpha 1e6, beta 1e5, gamma 1e4, epsilon 1e5 → c_min 1e4, c_max 1e6.
    // alpha (6 − 4)/(6 − 4) = 100; beta (5 − 4)/2 = 50; gamma 0; epsilon 50 (in decades, ln cancels)
    expect(signal('lab/alpha', 'CONTEXT_WINDOW').value).toBe(100);
    expect(signal('lab/beta', 'CONTEXT_WINDOW').value).toBe(50);
    expect(signal('lab/gamma', 'CONTEXT_WINDOW').value).toBe(0);
    expect(signal('lab/epsilon', 'CONTEXT_WINDOW').value).toBe(50);
  });

  it('Output capacity: log scale within the peer group', () => {
    // TEXT outputs: alpha 1e5, beta 1e4, gamma 1e3, delta 1e4, epsilon 1e3 → 100, 50, 0, 50, 0
    expect(['lab/alpha', 'lab/beta', 'lab/gamma', 'lab/delta', 'lab/epsilon'].map((id) => signal(id, 'OUTPUT_CAPACITY').value)).toEqual([100, 50, 0, 50, 0]);
  });

  it('Recency: 100 × 0.5^(age days / 365)', () => {
    // alpha 0 days → 100; beta 365 → 50; gamma 730 → 25; img/two 365 → 50
    expect(signal('lab/alpha', 'RECENCY').value).toBe(100);
    expect(signal('lab/beta', 'RECENCY').value).toBe(50);
    expect(signal('lab/gamma', 'RECENCY').value).toBe(25);
    expect(signal('img/two', 'RECENCY').value).toBe(50);
    // epsilon, img/one: 2026-01-01 → 2026-07-01 = 31+28+31+30+31+30 = 181 days;
    // 181/365 = 0.49589; × ln 2 = 0.34373; e^−0.34373 = 0.70912 → 70.9
    expect(signal('lab/epsilon', 'RECENCY').value).toBe(70.9);
    expect(signal('img/one', 'RECENCY').value).toBe(70.9);
  });

  it('Benchmarks, IMAGE_GENERATION: one rating comparison, worked out by hand', () => {
    // lmarena-image: one 1100 [1095, 1105], two 1000 [990, 1010]. σ = half-width / 1.96: 2.551 and 5.102.
    // Rescaled by the vote discrimination 0.5: d = 100 / 0.5 = 200 Elo, s = √(2.551² + 5.102²) / 0.5 = 11.41.
    // In nats (× ln 10 / 400): μ = 1.15129, s = 0.06568; y = σ(μ / √(1 + π s²/8)) = σ(1.15032) = 0.759569.
    // Two models, one comparison of weight 1/(2 − 1) = 1, k = 1, prior N(0, 8²): by symmetry θ_one = −θ_two = t,
    // and ∂/∂t = 0 gives σ(2t) = y − t/64; iterating t = logit(y − t/64) / 2 from 0.5 converges to t = 0.551834.
    // Reference θ̄ = 0. one: 100 σ(0.5 × 0.551834) = 56.85 → 56.9; two: 100 σ(−0.275917) = 43.15 → 43.1.
    expect(signal('img/one', 'BENCHMARKS').value).toBe(56.9);
    expect(signal('img/two', 'BENCHMARKS').value).toBe(43.1);
    // The group's only benchmark is a rating one, so the interval is the ratings' own (not φ, not the
    // Laplace curvature): s on the ability scale = σ × ln 10 / 400 / 0.5 = 0.0293702 and 0.0587405;
    // m = 2: var(θ_one − θ̄) = s_one² × 0 + (s_one² + s_two²) / 4 = 0.00107826, σ = 0.0328369 (the same for two).
    // one: 100 σ(0.5 (0.551834 ∓ 1.96 × 0.0328369)) = [56.06, 57.64] → [56.1, 57.6]; two: [42.36, 43.94] → [42.4, 43.9].
    expect(signal('img/one', 'BENCHMARKS').interval).toEqual({ lower: 56.1, upper: 57.6 });
    expect(signal('img/two', 'BENCHMARKS').interval).toEqual({ lower: 42.4, upper: 43.9 });
  });

  it('Benchmarks parts, by hand for img/one: information shares, implied quality, points adding up', () => {
    // lmarena-image information c = 0.187026 against the prior's 1/64 = 0.015625 → 92.29% and 7.71% → 92.3 and 7.7.
    // Implied by the benchmark alone: θ + g / c with g = y − p = 0.008622 (= t/64): 0.551834 + 0.046102 = 0.597936
    // → 100 σ(0.298968) = 57.42 → 57.4. The prior alone: θ = 0 → 50.0.
    // Points: 92.3 × 57.4 = 5298.02 and 7.7 × 50 = 385 split 56.9 = 569 tenths: 530.45 and 38.55 → 530 + 38,
    // the tenth left to the larger remainder (.55) → 53.0 and 3.9.
    expect(signal('img/one', 'BENCHMARKS').contributions.map((c) => [c.key, c.weightPercent, c.value, c.points])).toEqual([
      ['lmarena-image', 92.3, 57.4, 53],
      ['EVIDENCE_PRIOR', 7.7, 50, 3.9],
    ]);
  });

  it('Benchmarks, TEXT: a part per benchmark the model is compared on, none for a result nobody shares', () => {
    // alpha's bench-solo has no other model: it orders nothing and has no part.
    expect(signal('lab/alpha', 'BENCHMARKS').contributions.map((c) => c.key)).toEqual(['bench-x', 'bench-y', 'EVIDENCE_PRIOR']);
    // delta is compared on bench-y only; epsilon has no result at all.
    expect(signal('lab/delta', 'BENCHMARKS').contributions.map((c) => c.key)).toEqual(['bench-y', 'EVIDENCE_PRIOR']);
    for (const m of snapshot.models) {
      const { BENCHMARKS } = m.signals;
      if (BENCHMARKS.value === null) continue;
      expect(tenths(BENCHMARKS.contributions.map((c) => c.points))).toBe(Math.round(BENCHMARKS.value * 10));
      expect(tenths(BENCHMARKS.contributions.map((c) => c.weightPercent))).toBe(1000);
      expect(BENCHMARKS.interval!.lower).toBeLessThanOrEqual(BENCHMARKS.value);
      expect(BENCHMARKS.interval!.upper).toBeGreaterThanOrEqual(BENCHMARKS.value);
    }
  });

  it('coverage counts the set; confidence follows the width of the quality interval', () => {
    // TEXT set (≥ 2 different scores): bench-x, bench-y, lmarena-text → 3; bench-solo is alpha's alone.
    expect(score('lab/alpha').coverage).toEqual({ present: 2, total: 3, percent: 66.7 });
    expect(score('lab/delta').coverage).toEqual({ present: 1, total: 3, percent: 33.3 });
    expect(score('lab/epsilon').coverage).toEqual({ present: 0, total: 3, percent: 0 });
    // img/one [56.1, 57.6] on the ability scale: (ln(57.6/42.4) − ln(56.1/43.9)) / 0.5 = 0.12 logits → HIGH;
    // img/two [42.4, 43.9] is its mirror image, 0.12 too. (The arena's own intervals, ±5 and ±10 Elo.)
    expect(score('img/one').overall.confidence).toBe('HIGH');
    expect(score('img/two').overall.confidence).toBe('HIGH');
  });
});

describe('null cases: never 0', () => {
  it('image model context window is NOT_APPLICABLE; a 0 output limit too', () => {
    expect(signal('img/one', 'CONTEXT_WINDOW')).toMatchObject({ value: null, reason: 'NOT_APPLICABLE' });
    expect(signal('img/one', 'OUTPUT_CAPACITY')).toMatchObject({ value: null, reason: 'NOT_APPLICABLE' });
    expect(signal('img/two', 'OUTPUT_CAPACITY')).toMatchObject({ value: null, reason: 'NOT_APPLICABLE' });
  });

  it('unknown price, context and release date are UNKNOWN', () => {
    expect(signal('lab/delta', 'PRICING')).toMatchObject({ value: null, reason: 'UNKNOWN' });
    expect(signal('lab/delta', 'CONTEXT_WINDOW')).toMatchObject({ value: null, reason: 'UNKNOWN' });
    expect(signal('lab/delta', 'RECENCY')).toMatchObject({ value: null, reason: 'UNKNOWN' });
  });

  it('no benchmarks: Benchmarks and overall UNKNOWN, unranked on overall and quality', () => {
    const epsilon = score('lab/epsilon');
    expect(epsilon.signals.BENCHMARKS).toMatchObject({ value: null, reason: 'UNKNOWN' });
    expect(epsilon.overall).toMatchObject({ value: null, reason: 'UNKNOWN', confidence: null });
    expect(epsilon.ranks.overall.peerGroup).toBeNull();
    expect(epsilon.ranks.quality.peerGroup).toBeNull();
  });
});

describe('overall = 0.9 × benchmarks + 0.05 × capabilities + 0.05 × context (rounded signals)', () => {
  const quality = (id: string): number => signal(id, 'BENCHMARKS').value as number;

  it('scores by hand', () => {
    // img/one: context N/A → weights 0.9/0.95 and 0.05/0.95: (0.9 × 56.9 + 0.05 × 16.7)/0.95 = 52.045/0.95 = 54.784 → 54.8
    expect(score('img/one').overall.value).toBe(54.8);
    // img/two: (0.9 × 43.1 + 0.05 × 33.3)/0.95 = 40.455/0.95 = 42.584 → 42.6
    expect(score('img/two').overall.value).toBe(42.6);
    // TEXT, from each shown quality q: alpha 0.9 q + 0.05 × 62.5 + 0.05 × 100; beta 0.9 q + 0.05 × 50 + 0.05 × 50;
    // gamma 0.9 q + 0.05 × 12.5 + 0.05 × 0; delta: capabilities and context UNKNOWN keep their weight and earn nothing: 0.9 q.
    expect(score('lab/alpha').overall.value).toBe(roundScore(0.9 * quality('lab/alpha') + 3.125 + 5));
    expect(score('lab/beta').overall.value).toBe(roundScore(0.9 * quality('lab/beta') + 2.5 + 2.5));
    expect(score('lab/gamma').overall.value).toBe(roundScore(0.9 * quality('lab/gamma') + 0.625));
    expect(score('lab/delta').overall.value).toBe(roundScore(0.9 * quality('lab/delta')));
  });

  it('the overall interval is the same sum with the quality at either end of its interval', () => {
    // img/one: (0.9 × 56.1 + 0.835)/0.95 = 51.325/0.95 = 54.026 → 54.0; (0.9 × 57.6 + 0.835)/0.95 = 52.675/0.95 = 55.447 → 55.4
    expect(score('img/one').overall.interval).toEqual({ lower: 54, upper: 55.4 });
    // delta: 0.9 × each bound.
    const delta = signal('lab/delta', 'BENCHMARKS').interval!;
    expect(score('lab/delta').overall.interval).toEqual({ lower: roundScore(0.9 * delta.lower), upper: roundScore(0.9 * delta.upper) });
  });

  it('contributions: weights and points summing exactly to the score', () => {
    const parts = (id: string): Contribution[] => score(id).overall.contributions;
    // img/one: weights 0.9/0.95 = 94.74%, 0.05/0.95 = 5.26% → 94.7, 5.3; parts 53.905 + 0.879 = 54.784 scaled to
    // 548 tenths: 539.2 and 8.8 → 539 + 8 = 547, the tenth left to the larger remainder (.8) → 53.9 + 0.9
    expect(parts('img/one').map((c) => [c.key, c.weightPercent, c.points])).toEqual([
      ['BENCHMARKS', 94.7, 53.9],
      ['CAPABILITIES', 5.3, 0.9],
    ]);
    // delta: only Benchmarks is known; the two UNKNOWN tiebreakers' 10% is left out, not shared out.
    expect(parts('lab/delta').map((c) => [c.key, c.weightPercent])).toEqual([['BENCHMARKS', 90]]);
    for (const m of snapshot.models) {
      if (m.overall.value === null) continue;
      expect(tenths(m.overall.contributions.map((c) => c.points))).toBe(Math.round(m.overall.value * 10));
      expect(tenths(m.overall.contributions.map((c) => c.weightPercent))).toBe(m.modelId === 'lab/delta' ? 900 : 1000);
    }
  });

  it('per-benchmark parts add up to the Benchmarks part, in the shares they have in the signal', () => {
    // img/one's Benchmarks part is 53.9; the signal's parts 53.0 and 3.9 (of 56.9) split it: 539 × 53/56.9 = 502.06
    // and 539 × 3.9/56.9 = 36.94 → 502 + 36 = 538, the tenth left to .94 → 50.2 and 3.7.
    const benchmarksPart = score('img/one').overall.contributions.find((c) => c.key === 'BENCHMARKS');
    expect(benchmarksPart?.parts.map((p) => [p.key, p.points])).toEqual([
      ['lmarena-image', 50.2],
      ['EVIDENCE_PRIOR', 3.7],
    ]);
  });

  it('benchmark parts carry their inputs with provenance', () => {
    const [x] = signal('lab/alpha', 'BENCHMARKS').contributions;
    expect(x?.inputs[0]).toMatchObject({ value: 80, provenance: { source: 'models.dev', sourceId: 'bench-x', observedAt: '2026-06-01' } });
    // alpha (80) is compared on bench-x with beta (40) and gamma (61), and wins both: Φ(40/√2) and Φ(19/√2) round to 1.
    expect(x?.inputs.slice(1, 3).map((i) => i.value)).toEqual([2, 2]);
  });
});

describe('ranks', () => {
  it('overall and quality within the peer group, unranked models not counted, best possible rank from the intervals', () => {
    // IMAGE overall: one 54.8 [54.0, 55.4], two 42.6 [(0.9 × 42.4 + 1.665)/0.95 = 41.9, (0.9 × 43.9 + 1.665)/0.95 = 43.3]:
    // #1 and #2 of 2 (top 50, 100%). one's lead 12.2 is beyond the difference's half-width √(0.8² + 0.7²) = 1.06,
    // so one is surely better and two's best possible rank is 2.
    const overall = (id: string) => score(id).ranks.overall.peerGroup;
    expect(score('img/two').overall.interval).toEqual({ lower: 41.9, upper: 43.3 });
    expect(overall('img/one')).toEqual({ rank: 1, of: 2, group: 'IMAGE_GENERATION', percentile: 50, bestPossibleRank: 1 });
    expect(overall('img/two')).toEqual({ rank: 2, of: 2, group: 'IMAGE_GENERATION', percentile: 100, bestPossibleRank: 2 });
    expect(score('lab/alpha').ranks.overall.all).toBeNull();
    // TEXT: four ranked (epsilon has no score); each rank is 1 + the models with a higher value, and the best
    // possible rank 1 + those whose lead exceeds √((their value − their lower)² + (upper − value)²).
    const text = snapshot.models.filter((m) => m.peerGroup === 'TEXT' && m.overall.value !== null);
    expect(text.map((m) => m.modelId).sort()).toEqual(['lab/alpha', 'lab/beta', 'lab/delta', 'lab/gamma']);
    for (const m of text) {
      const rank = m.ranks.overall.peerGroup!;
      expect(rank.rank).toBe(1 + text.filter((o) => o.overall.value! > m.overall.value!).length);
      const surelyBetter = text.filter((o) => {
        const lead = o.overall.value! - m.overall.value!;
        return lead > Math.hypot(o.overall.value! - o.overall.interval!.lower, m.overall.interval!.upper - m.overall.value!);
      });
      expect(rank.bestPossibleRank).toBe(1 + surelyBetter.length);
      expect(rank).toMatchObject({ of: 4, group: 'TEXT', percentile: rank.rank * 25 });
    }
  });

  it('adoption: pay-per-use providers, arena votes breaking ties, ties sharing a rank', () => {
    // TEXT providers: beta 2 (p1, p2; plan and deprecated not counted), alpha 1 (free tier not counted),
    // gamma 1 (9,000 votes), delta 1, epsilon 1 → beta #1, gamma #2, alpha/delta/epsilon #3 of 5.
    const adoption = (id: string) => score(id).ranks.adoption;
    // A provider count has no interval: the best possible rank is the rank.
    expect(adoption('lab/beta').peerGroup).toEqual({ rank: 1, of: 5, group: 'TEXT', percentile: 20, bestPossibleRank: 1 });
    expect(adoption('lab/gamma').peerGroup).toEqual({ rank: 2, of: 5, group: 'TEXT', percentile: 40, bestPossibleRank: 2 });
    for (const id of ['lab/alpha', 'lab/delta', 'lab/epsilon']) {
      expect(adoption(id).peerGroup).toEqual({ rank: 3, of: 5, group: 'TEXT', percentile: 60, bestPossibleRank: 3 });
    }
    // ALL: beta (2, 20,000) #1, img/two (2, 3,000) #2, gamma (1, 9,000) #3, img/one (1, 5,000) #4,
    // alpha/delta/epsilon #5 of 7 → top ceil(100/7 = 14.3) = 15, 29, 43, 58, 72%.
    expect(['lab/beta', 'img/two', 'lab/gamma', 'img/one', 'lab/alpha'].map((id) => [adoption(id).all?.rank, adoption(id).all?.percentile])).toEqual([
      [1, 15],
      [2, 29],
      [3, 43],
      [4, 58],
      [5, 72],
    ]);
  });
});

describe('snapshot', () => {
  it('carries the methodology version and as-of date, models sorted by id', () => {
    expect(snapshot.methodologyVersion).toBe('2026.12.2');
    expect(snapshot.asOf).toBe(AS_OF);
    expect(snapshot.models.map((m) => m.modelId)).toEqual(cohort.models.map((m) => m.modelId));
  });
});
