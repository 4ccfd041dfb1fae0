/**
 * The joint ability fit on hand-built cohorts whose true order is known by construction: every
 * benchmark orders its models as the truth does, so the expected orders come from the
 * construction, never from the code's output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitAbilities } from '../../../src/domain/scoring/ability/fit.ts';
import { scoreCatalog } from '../../../src/domain/scoring/snapshot.ts';
import type { ModelScore } from '../../../src/domain/scoring/types.ts';
import { cohortOf, membersOf, type Results } from './cohorts.ts';

const quality = (scores: readonly ModelScore[], id: string): number => scores.find((m) => m.modelId === id)!.signals.BENCHMARKS.value!;
const abilityOf = (fit: ReturnType<typeof fitAbilities>, id: string): number => fit.abilities.get(id)!.ability;

/** Truth m0 > m1 > … > m7; four overlapping benchmarks, each scoring its models in the true order. */
const LADDER: Results = {
  top: { 'lab/m0': 80, 'lab/m1': 75, 'lab/m2': 70, 'lab/m3': 65 },
  middle: { 'lab/m2': 60, 'lab/m3': 50, 'lab/m4': 40, 'lab/m5': 30 },
  bottom: { 'lab/m4': 90, 'lab/m5': 88, 'lab/m6': 85, 'lab/m7': 80 },
  evens: { 'lab/m0': 66, 'lab/m2': 55, 'lab/m4': 44, 'lab/m6': 33 },
};
const LADDER_IDS = Array.from({ length: 8 }, (_, i) => `lab/m${i}`);

describe('true order comes out', () => {
  it('a ladder of overlapping benchmarks gives the true order', () => {
    const { models } = scoreCatalog(cohortOf(LADDER));
    const values = LADDER_IDS.map((id) => quality(models, id));
    for (let i = 1; i < values.length; i++) expect(values[i - 1]).toBeGreaterThan(values[i]!);
  });

  it('the trap: a strong model seen only on a hard benchmark beats a weak one seen only on an easy one', () => {
    // Truth F1 > S > F2 > M1 > M2 > W > E1 > E2. S is second of three on HARD (frontier models only, low
    // scores); W is first of three on EASY (weak models only, high scores). Min-max per benchmark then a mean
    // with a prior at 50 gave S (50 + 50)/2 = 50 and W (100 + 50)/2 = 75: the weak model above the strong one.
    const trap: Results = {
      hard: { 'lab/f1': 30, 'lab/s': 25, 'lab/f2': 20 },
      bridgeHigh: { 'lab/f1': 90, 'lab/f2': 80, 'lab/m1': 70, 'lab/m2': 60 },
      bridgeLow: { 'lab/m1': 85, 'lab/m2': 80, 'lab/e1': 70, 'lab/e2': 60 },
      easy: { 'lab/w': 95, 'lab/e1': 90, 'lab/e2': 85 },
    };
    const { models } = scoreCatalog(cohortOf(trap));
    expect(quality(models, 'lab/s')).toBeGreaterThan(quality(models, 'lab/w'));
    const bridged = ['lab/f1', 'lab/s', 'lab/f2', 'lab/m1', 'lab/m2', 'lab/e1', 'lab/e2'].map((id) => quality(models, id));
    for (let i = 1; i < bridged.length; i++) expect(bridged[i - 1]).toBeGreaterThan(bridged[i]!);
  });
});

describe('a model no comparison places', () => {
  const { models } = scoreCatalog(cohortOf({ ...LADDER, lonely: { 'lab/x': 99 } }));
  const x = models.find((m) => m.modelId === 'lab/x')!;

  it('gets a wide interval and LOW confidence, never a confident rank', () => {
    // It keeps the prior: σ ≥ 8 logits, so θ − θ̄ ± 1.96 × 8 spans more than ±15.7 logits; on the 0.5-logit
    // vote scale that is 100 σ(< −7.8 + 0.5|θ̄|) to 100 σ(> 7.8 − 0.5|θ̄|): nearly 0 to nearly 100.
    const interval = x.signals.BENCHMARKS.interval!;
    expect(interval.upper - interval.lower).toBeGreaterThan(90);
    expect(x.overall.confidence).toBe('LOW');
    // Nobody's lower bound is above its upper bound: its best possible rank is 1, and it overlaps everyone.
    expect(x.ranks.quality.peerGroup?.bestPossibleRank).toBe(1);
    for (const other of models) {
      if (other.modelId === 'lab/x' || other.signals.BENCHMARKS.interval === null) continue;
      expect(other.signals.BENCHMARKS.interval.lower).toBeLessThanOrEqual(interval.upper);
      expect(other.signals.BENCHMARKS.interval.upper).toBeGreaterThanOrEqual(interval.lower);
    }
  });

  it('leaves the others as they were', () => {
    const without = fitAbilities(membersOf(LADDER));
    const withLonely = fitAbilities(membersOf({ ...LADDER, lonely: { 'lab/x': 99 } }));
    for (const id of LADDER_IDS) expect(abilityOf(withLonely, id)).toBeCloseTo(abilityOf(without, id), 9);
  });
});

/** Random results: up to 7 models on up to 4 benchmarks, scores on a coarse grid so that ties occur. */
const results: fc.Arbitrary<Results> = fc
  .array(
    fc.dictionary(
      fc.constantFrom(...LADDER_IDS.slice(0, 7)),
      fc.integer({ min: 0, max: 20 }).map((x) => x * 5),
      { minKeys: 1, maxKeys: 7 },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((benchmarks) => Object.fromEntries(benchmarks.map((scores, i) => [`bench-${i}`, scores])));

describe('what must not change', () => {
  it('the order in which models and results arrive changes nothing', () => {
    fc.assert(
      fc.property(results, fc.integer(), (spec, seed) => {
        const members = membersOf(spec);
        const shuffled = fc.sample(fc.shuffledSubarray(members, { minLength: members.length, maxLength: members.length }), { seed, numRuns: 1 })[0]!;
        const reversed = shuffled.map((m) => ({ ...m, results: [...m.results].reverse() }));
        expect(fitAbilities(reversed)).toEqual(fitAbilities(members));
      }),
      { numRuns: 200 },
    );
  });

  it('renaming the models (which reverses their id order) moves nobody', () => {
    fc.assert(
      fc.property(results, (spec) => {
        const rename = (id: string): string => `lab/z${9 - Number(id.slice(-1))}`;
        const renamed = Object.fromEntries(
          Object.entries(spec).map(([benchmarkId, scores]) => [benchmarkId, Object.fromEntries(Object.entries(scores).map(([id, s]) => [rename(id), s]))]),
        );
        const original = fitAbilities(membersOf(spec));
        const relabelled = fitAbilities(membersOf(renamed));
        for (const [id, ability] of original.abilities) {
          expect(relabelled.abilities.get(rename(id))!.ability).toBeCloseTo(ability.ability, 7);
          expect(relabelled.abilities.get(rename(id))!.standardError).toBeCloseTo(ability.standardError, 7);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('duplicating a benchmark keeps a consistent order and moves no model it does not reach', () => {
    // A second group of models, compared only among themselves: nothing links them to the ladder.
    const apart: Results = { ...LADDER, island: { 'lab/p': 70, 'lab/q': 40 } };
    for (const copied of Object.keys(LADDER)) {
      const doubled = fitAbilities(membersOf({ ...apart, [`${copied}-again`]: LADDER[copied]! }));
      const once = fitAbilities(membersOf(apart));
      const order = (fit: ReturnType<typeof fitAbilities>) => [...LADDER_IDS].sort((a, b) => abilityOf(fit, b) - abilityOf(fit, a));
      expect(order(doubled)).toEqual(LADDER_IDS);
      expect(order(once)).toEqual(LADDER_IDS);
      for (const id of ['lab/p', 'lab/q']) expect(abilityOf(doubled, id)).toBeCloseTo(abilityOf(once, id), 7);
    }
  });
});

describe('intervals shrink as evidence grows', () => {
  it('one more benchmark placing a model never widens its interval', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 8 }), fc.nat(), fc.constantFrom(0.5, 2, 10), fc.integer({ min: 1, max: 4 }), (size, at, gap, copies) => {
        const position = at % (size + 1);
        const ladder = Object.fromEntries(LADDER_IDS.slice(0, size).map((id, i) => [id, 90 - i * gap]));
        // x sits between the ladder's models number position − 1 and position, on every copy.
        const placed = { ...ladder, 'lab/x': 90 - (position - 0.5) * gap };
        const withCopies = (count: number): Results => ({
          ladder,
          ...Object.fromEntries(Array.from({ length: count }, (_, c) => [`placing-${c}`, placed])),
        });
        const error = (count: number): number => fitAbilities(membersOf(withCopies(count))).abilities.get('lab/x')!.standardError;
        expect(error(copies + 1)).toBeLessThanOrEqual(error(copies) + 1e-9);
      }),
      { numRuns: 100 },
    );
  });
});
