/**
 * Every expected value here is worked out by hand from hand-cohort.fixture.ts, in the comments,
 * never copied from the engine's output. As-of date 2026-07-01.
 */
import { describe, expect, it } from 'vitest';
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
  it('Capabilities = 100 × true flags / known flags', () => {
    // alpha: known vision T, audio F, pdf T, fc T, structured T, reasoning T, imageOutput F → 5/7 = 71.43 → 71.4
    expect(signal('lab/alpha', 'CAPABILITIES').value).toBe(71.4);
    // beta: 8 known, true: vision, pdf, fc, webSearch → 4/8 = 50
    expect(signal('lab/beta', 'CAPABILITIES').value).toBe(50);
    // gamma: only fc known (true) → 1/1 = 100
    expect(signal('lab/gamma', 'CAPABILITIES').value).toBe(100);
    // epsilon: fc T, vision F → 1/2 = 50
    expect(signal('lab/epsilon', 'CAPABILITIES').value).toBe(50);
    // img/one: 7 known, only imageOutput true → 1/7 = 14.29 → 14.3; img/two: vision + imageOutput → 2/7 = 28.57 → 28.6
    expect(signal('img/one', 'CAPABILITIES').value).toBe(14.3);
    expect(signal('img/two', 'CAPABILITIES').value).toBe(28.6);
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

  it('Benchmarks: min-max per benchmark in the group, mean with one pseudo-benchmark at 50', () => {
    // TEXT set (≥ 2 different scores): bench-x [40, 80], bench-y [20, 70], lmarena-text [1300, 1315];
    // bench-solo (alpha only) is left out → set size 3.
    // alpha: x (80−40)/40 = 100, y (56−20)/50 = 72, prior 50 → 222/3 = 74
    expect(signal('lab/alpha', 'BENCHMARKS').value).toBe(74);
    // beta: x 0, y (70−20)/50 = 100, arena 0, prior 50 → 150/4 = 37.5
    expect(signal('lab/beta', 'BENCHMARKS').value).toBe(37.5);
    // gamma: x (61−40)/40 = 52.5, y 0, arena 100, prior 50 → 202.5/4 = 50.625 → 50.6
    expect(signal('lab/gamma', 'BENCHMARKS').value).toBe(50.6);
    // delta: y (47−20)/50 = 54, prior 50 → 104/2 = 52
    expect(signal('lab/delta', 'BENCHMARKS').value).toBe(52);
    // IMAGE set: lmarena-image [1000, 1100] → one (100 + 50)/2 = 75, two (0 + 50)/2 = 25
    expect(signal('img/one', 'BENCHMARKS').value).toBe(75);
    expect(signal('img/two', 'BENCHMARKS').value).toBe(25);
  });

  it('coverage and confidence: HIGH at ≥ 25% of the set', () => {
    // alpha 2/3 = 66.7%, beta 3/3, delta 1/3 = 33.3% → all HIGH; epsilon 0/3 has no overall.
    expect(score('lab/alpha').coverage).toEqual({ present: 2, total: 3, percent: 66.7 });
    expect(score('lab/alpha').overall.confidence).toBe('HIGH');
    expect(score('lab/beta').overall.confidence).toBe('HIGH');
    expect(score('lab/delta').coverage).toEqual({ present: 1, total: 3, percent: 33.3 });
    expect(score('lab/delta').overall.confidence).toBe('HIGH');
    expect(score('lab/epsilon').coverage).toEqual({ present: 0, total: 3, percent: 0 });
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
  it('scores by hand', () => {
    // alpha: 0.9 × 74 + 0.05 × 71.4 + 0.05 × 100 = 66.6 + 3.57 + 5 = 75.17 → 75.2
    expect(score('lab/alpha').overall.value).toBe(75.2);
    // beta: 0.9 × 37.5 + 0.05 × 50 + 0.05 × 50 = 33.75 + 2.5 + 2.5 = 38.75 → 38.8 (half away from zero)
    expect(score('lab/beta').overall.value).toBe(38.8);
    // gamma: 0.9 × 50.6 + 0.05 × 100 + 0.05 × 0 = 45.54 + 5 = 50.54 → 50.5
    expect(score('lab/gamma').overall.value).toBe(50.5);
    // delta: capabilities and context UNKNOWN → they keep their weight and earn nothing: 0.9 × 52 = 46.8
    expect(score('lab/delta').overall.value).toBe(46.8);
    // img/one: context N/A → weights 0.9/0.95 and 0.05/0.95: (0.9 × 75 + 0.05 × 14.3)/0.95 = 68.215/0.95 = 71.805 → 71.8
    expect(score('img/one').overall.value).toBe(71.8);
    // img/two: (0.9 × 25 + 0.05 × 28.6)/0.95 = (22.5 + 1.43)/0.95 = 23.93/0.95 = 25.189 → 25.2
    expect(score('img/two').overall.value).toBe(25.2);
  });

  it('contributions: weights and points by hand, summing exactly to the score', () => {
    const parts = (id: string): Contribution[] => score(id).overall.contributions;
    // alpha: exact parts 66.6, 3.57, 5 (sum 75.17) scaled to 75.2 = 752 tenths: 666.27, 35.71, 50.02
    // → floors 666 + 35 + 50 = 751; the one tenth left goes to the largest remainder (.71, capabilities).
    expect(parts('lab/alpha').map((c) => [c.key, c.weightPercent, c.value, c.points])).toEqual([
      ['BENCHMARKS', 90, 74, 66.6],
      ['CAPABILITIES', 5, 71.4, 3.6],
      ['CONTEXT_WINDOW', 5, 100, 5],
    ]);
    // img/one: weights 0.9/0.95 = 94.74%, 0.05/0.95 = 5.26% → 947 + 52 tenths = 999, last tenth to .63 → 94.7, 5.3
    // parts 71.053 + 0.753 = 71.805 scaled to 718 tenths: 710.47 and 7.53 → 710 + 7 = 717, tenth to .53 → 71.0 + 0.8
    expect(parts('img/one').map((c) => [c.key, c.weightPercent, c.points])).toEqual([
      ['BENCHMARKS', 94.7, 71],
      ['CAPABILITIES', 5.3, 0.8],
    ]);
    // beta: 33.75, 2.5, 2.5 scaled to 388 tenths: 337.94, 25.03, 25.03 → 337 + 25 + 25 = 387, tenth to .94 → 33.8
    expect(parts('lab/beta').map((c) => c.points)).toEqual([33.8, 2.5, 2.5]);
    // delta: only Benchmarks is known; the two UNKNOWN tiebreakers' 10% is left out, not shared out.
    expect(parts('lab/delta').map((c) => [c.key, c.weightPercent, c.value, c.points])).toEqual([['BENCHMARKS', 90, 52, 46.8]]);
    for (const m of snapshot.models) {
      if (m.overall.value === null) continue;
      expect(tenths(m.overall.contributions.map((c) => c.points))).toBe(Math.round(m.overall.value * 10));
      expect(tenths(m.overall.contributions.map((c) => c.weightPercent))).toBe(m.modelId === 'lab/delta' ? 900 : 1000);
    }
  });

  it('per-benchmark parts add up to the Benchmarks part, where rounding each alone would not', () => {
    // gamma's Benchmarks part is 45.5 (0.9 × 50.6 = 45.54 apportioned: 455.04 and 49.96 tenths → 455 + 49,
    // last tenth to capabilities). Its parts: x 52.5, y 0, arena 100, prior 50 (sum 202.5) → 455 tenths ×
    // 52.5/202.5 = 117.96, 0, × 100/202.5 = 224.69, × 50/202.5 = 112.35 → 117 + 224 + 112 = 453, two tenths
    // left to .96 and .69 → 11.8, 0, 22.5, 11.2 = 45.5. Rounding each alone (0.9 × 50/4 = 11.25 → 11.3)
    // would show 45.6.
    const benchmarksPart = score('lab/gamma').overall.contributions.find((c) => c.key === 'BENCHMARKS');
    expect(benchmarksPart?.points).toBe(45.5);
    expect(benchmarksPart?.parts.map((p) => [p.key, p.weightPercent, p.value, p.points])).toEqual([
      ['bench-x', 25, 52.5, 11.8],
      ['bench-y', 25, 0, 0],
      ['lmarena-text', 25, 100, 22.5],
      ['EVIDENCE_PRIOR', 25, 50, 11.2],
    ]);
    // In the Benchmarks signal itself: 506 tenths → 131.19, 0, 249.88, 124.94 → 131 + 249 + 124 = 504,
    // two tenths to .94 (prior) and .88 (arena) → 13.1, 0, 25.0, 12.5 = 50.6
    expect(signal('lab/gamma', 'BENCHMARKS').contributions.map((c) => c.points)).toEqual([13.1, 0, 25, 12.5]);
  });

  it('benchmark parts carry their inputs with provenance', () => {
    const [x] = signal('lab/alpha', 'BENCHMARKS').contributions;
    expect(x?.inputs[0]).toMatchObject({ value: 80, provenance: { source: 'models.dev', sourceId: 'bench-x', observedAt: '2026-06-01' } });
    expect(x?.inputs.slice(1).map((i) => i.value)).toEqual([40, 80]);
  });
});

describe('ranks', () => {
  it('overall and quality within the peer group, unranked models not counted', () => {
    // TEXT overall: alpha 75.2, gamma 50.5, delta 46.8, beta 38.8 → #1..#4 of 4 → top 25, 50, 75, 100%
    const overall = (id: string) => score(id).ranks.overall.peerGroup;
    expect(overall('lab/alpha')).toEqual({ rank: 1, of: 4, group: 'TEXT', percentile: 25 });
    expect(overall('lab/gamma')).toEqual({ rank: 2, of: 4, group: 'TEXT', percentile: 50 });
    expect(overall('lab/delta')).toEqual({ rank: 3, of: 4, group: 'TEXT', percentile: 75 });
    expect(overall('lab/beta')).toEqual({ rank: 4, of: 4, group: 'TEXT', percentile: 100 });
    expect(overall('img/one')).toEqual({ rank: 1, of: 2, group: 'IMAGE_GENERATION', percentile: 50 });
    expect(score('lab/alpha').ranks.overall.all).toBeNull();
    // quality: alpha 74, delta 52, gamma 50.6, beta 37.5 → delta #2, gamma #3
    expect(score('lab/delta').ranks.quality.peerGroup).toEqual({ rank: 2, of: 4, group: 'TEXT', percentile: 50 });
    expect(score('lab/gamma').ranks.quality.peerGroup).toEqual({ rank: 3, of: 4, group: 'TEXT', percentile: 75 });
  });

  it('adoption: pay-per-use providers, arena votes breaking ties, ties sharing a rank', () => {
    // TEXT providers: beta 2 (p1, p2; plan and deprecated not counted), alpha 1 (free tier not counted),
    // gamma 1 (9,000 votes), delta 1, epsilon 1 → beta #1, gamma #2, alpha/delta/epsilon #3 of 5.
    const adoption = (id: string) => score(id).ranks.adoption;
    expect(adoption('lab/beta').peerGroup).toEqual({ rank: 1, of: 5, group: 'TEXT', percentile: 20 });
    expect(adoption('lab/gamma').peerGroup).toEqual({ rank: 2, of: 5, group: 'TEXT', percentile: 40 });
    for (const id of ['lab/alpha', 'lab/delta', 'lab/epsilon']) {
      expect(adoption(id).peerGroup).toEqual({ rank: 3, of: 5, group: 'TEXT', percentile: 60 });
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
    expect(snapshot.methodologyVersion).toBe('2026.11.0');
    expect(snapshot.asOf).toBe(AS_OF);
    expect(snapshot.models.map((m) => m.modelId)).toEqual(cohort.models.map((m) => m.modelId));
  });
});
