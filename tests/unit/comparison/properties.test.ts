/**
 * The comparison's invariants as properties over 1,000 random pairs and 1,000 random triples each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareModels, comparePreparedModels } from '../../../src/domain/comparison/compare.ts';
import { prepareComparedModel } from '../../../src/domain/comparison/prepare.ts';
import type { ComparedModelInput, Comparison, CostRow, ScoreComparison } from '../../../src/domain/comparison/types.ts';
import { compareDates } from '../../../src/domain/partial-date.ts';
import { roundScore } from '../../../src/domain/rounding.ts';
import { comparedModels, NAMES } from './arbitraries.ts';
import { valueAt } from './fixtures.ts';

const RUNS = 1_000;
const GROUPS = [
  ['pairs', 2],
  ['triples', 3],
] as const;

/** Runs `check` on the comparison of 1,000 random pairs and 1,000 random triples. */
function forAll(name: string, check: (result: Comparison, models: ComparedModelInput[]) => void): void {
  describe(name, () => {
    for (const [label, count] of GROUPS) {
      it(label, () => {
        fc.assert(
          fc.property(comparedModels(count), (models) => check(compareModels({ models }), models)),
          { numRuns: RUNS },
        );
      });
    }
  });
}

const rows = (result: Comparison): ScoreComparison[] => [...result.signals, result.overall];
const monthlyOf = (row: CostRow): bigint | null => row.estimate?.monthly?.microUsd ?? null;
const unitsOf = (row: CostRow): string => [...(row.estimate?.pricingUnits ?? [])].sort().join('+');

/** Index of the model with this id in the result's order. */
const indexOf = (result: Comparison, modelId: string | null): number => result.models.findIndex((m) => m.modelId === modelId);

/** The winner has the figure, and it is strictly better than every other model's that has one (the others were left out). */
function expectStrictlyBest<T>(values: readonly (T | null)[], winner: number, better: (a: T, b: T) => boolean): void {
  expect(values[winner]).not.toBeNull();
  expect(values.filter((value) => value !== null).length).toBeGreaterThanOrEqual(2);
  values.forEach((value, index) => {
    if (index !== winner && value !== null) expect(better(values[winner] as T, value)).toBe(true);
  });
}

const known = <T>(values: readonly (T | null)[]): T[] => values.filter((value): value is T => value !== null);
const surelyLater = (a: string, b: string) => compareDates(a, b) === 1;

const higher = (a: number | string | bigint, b: number | string | bigint) => a > b;
const lower = (a: bigint, b: bigint) => a < b;

forAll('no verdict or winner contradicts the numbers', (result) => {
  for (const row of rows(result)) {
    const values = row.cells.map((cell) => cell.value);
    const shown = known(values);
    if (row.outcome === 'WINNER') {
      const winner = indexOf(result, row.winnerModelId);
      expectStrictlyBest(values, winner, higher);
      const others = known(values.filter((_, index) => index !== winner));
      expect(row.advantage).toBe(roundScore(values[winner]! - Math.max(...others)));
    } else {
      expect(row.winnerModelId).toBeNull();
      expect(row.advantage).toBeNull();
    }
    // A tie is equal best values, or (release dates) a precision that cannot order the best one.
    if (row.outcome === 'TIE' && row.tieReason === null) expect(shown.filter((v) => v === Math.max(...shown)).length).toBeGreaterThan(1);
    if (row.outcome === 'TIE' && row.tieReason !== null) expect(row.key).toBe('RECENCY');
    if (row.delta !== null) expect(row.delta).toBe(roundScore(values[1]! - values[0]!));
    if (row.spread !== null) expect(row.spread).toBe(roundScore(Math.max(...shown) - Math.min(...shown)));
  }

  const verdict = Object.fromEntries(result.verdicts.map((v) => [v.kind, v]));
  expect(verdict.QUALITY!.winnerModelId).toBe(result.overall.winnerModelId);
  const costRows = result.costs.rows;
  const checks = {
    COST: () => expectStrictlyBest(costRows.map(monthlyOf), indexOf(result, verdict.COST!.winnerModelId), lower),
    VALUE: () =>
      expectStrictlyBest(
        costRows.map((row) => row.costPerQualityPoint?.microUsd ?? null),
        indexOf(result, verdict.VALUE!.winnerModelId),
        lower,
      ),
    LONG_CONTEXT: () =>
      expectStrictlyBest(
        result.parameters.contextTokens.cells.map((c) => c.value),
        indexOf(result, verdict.LONG_CONTEXT!.winnerModelId),
        higher,
      ),
    RECENCY: () =>
      expectStrictlyBest(
        result.parameters.releaseDate.cells.map((c) => c.value),
        indexOf(result, verdict.RECENCY!.winnerModelId),
        surelyLater,
      ),
  };
  for (const [kind, check] of Object.entries(checks)) {
    if (verdict[kind]!.winnerModelId !== null) check();
  }
  if (verdict.COST!.winnerModelId !== null) expect(new Set(costRows.filter((row) => monthlyOf(row) !== null).map(unitsOf)).size).toBe(1);
  if (verdict.VALUE!.winnerModelId !== null) expect(new Set(costRows.filter((row) => row.costPerQualityPoint !== null).map(unitsOf)).size).toBe(1);

  for (const useCase of result.useCases) {
    if (useCase.winnerModelId !== null) {
      expectStrictlyBest(
        useCase.fits.map((f) => f.fit),
        indexOf(result, useCase.winnerModelId),
        higher,
      );
    }
  }
  for (const benchmark of result.benchmarks) {
    if (benchmark.winnerModelId !== null) {
      expectStrictlyBest(
        benchmark.cells.map((c) => c.score),
        indexOf(result, benchmark.winnerModelId),
        higher,
      );
    }
  }
});

forAll('the model with the higher quality score is never "best for quality" second', (result) => {
  const quality = result.verdicts.find((v) => v.kind === 'QUALITY')!;
  const values = result.overall.cells.map((c) => c.value);
  for (const a of values) {
    values.forEach((b, j) => {
      if (a !== null && b !== null && a > b) expect(quality.winnerModelId).not.toBe(result.models[j]!.modelId);
    });
  }
});

// Separated: the lead exceeds the half-width of the difference's 95% interval, √((winner − its lower)² + (other's upper − other)²).
forAll('"best for quality" never goes to a model the evidence cannot order above every other', (result) => {
  const quality = result.verdicts.find((v) => v.kind === 'QUALITY')!;
  for (const row of [result.overall, result.signals.find((r) => r.key === 'BENCHMARKS')!]) {
    const winner = row.cells.find((c) => c.modelId === row.winnerModelId);
    if (winner === undefined) continue;
    for (const other of row.cells) {
      if (other === winner || other.value === null) continue;
      const halfWidth = Math.sqrt((winner.value! - winner.interval!.lower) ** 2 + (other.interval!.upper - other.value) ** 2);
      expect(winner.value! - other.value).toBeGreaterThan(halfWidth);
    }
  }
  if (result.overall.outcome === 'STATISTICAL_TIE') expect(quality.winnerModelId).toBeNull();
});

forAll('savings and "cheaper" always agree', (result) => {
  const byId = new Map(result.costs.rows.map((row) => [row.modelId, row]));
  for (const row of result.costs.rows) {
    expect(row.savings === null).toBe(row.baselineModelId === null);
    expect(row.cheaperThanBaseline === null).toBe(row.baselineModelId === null);
    if (row.savings === null) continue;
    const baseline = byId.get(row.baselineModelId!)!;
    expect(row.savings.monthly.microUsd).toBe(monthlyOf(baseline)! - monthlyOf(row)!);
    expect(row.savings.yearly.microUsd).toBe(12n * row.savings.monthly.microUsd);
    expect(row.cheaperThanBaseline).toBe(row.savings.monthly.microUsd > 0n);
    expect(row.savings.monthly.microUsd >= 0n).toBe(true);
    if (row.savings.percent !== null && row.savings.percent > 0) expect(row.cheaperThanBaseline).toBe(true);
    if (!row.cheaperThanBaseline) expect(row.savings.percent ?? 0).toBe(0);
    expect(unitsOf(baseline)).toBe(unitsOf(row));
  }
  const cost = result.verdicts.find((v) => v.kind === 'COST')!;
  if (cost.winnerModelId !== null) expect(byId.get(cost.winnerModelId)!.cheaperThanBaseline).toBe(true);
});

/** Every order-sensitive part of `permuted` equals `original` reordered by `order`. */
function expectMirrored(original: Comparison, permuted: Comparison, order: readonly number[]): void {
  const reorder = <T>(list: readonly T[]): T[] => order.map((index) => list[index]!);
  expect(permuted.models).toEqual(reorder(original.models));
  expect(permuted.tally).toEqual(reorder(original.tally));
  expect(permuted.costs.rows).toEqual(reorder(original.costs.rows));
  expect(permuted.costs.comparable).toBe(original.costs.comparable);
  expect(permuted.verdicts).toEqual(original.verdicts);
  const swapped = order.length === 2 && order[0] === 1;
  expect(permuted.overall.confidence).toEqual(reorder(original.overall.confidence));
  // Everything but the per-model cells and the signed delta stays as it was.
  const orderFree = ({ cells: _cells, delta: _delta, ...rest }: ScoreComparison) => ({ ...rest, confidence: null });
  rows(original).forEach((row, k) => {
    const mirror = rows(permuted)[k]!;
    expect(mirror.cells).toEqual(reorder(row.cells));
    expect(orderFree(mirror)).toEqual(orderFree(row));
    // Two models swapped: B − A becomes A − B.
    if (swapped) expect(mirror.delta).toBe(row.delta === null ? null : 0 - row.delta);
  });
  original.useCases.forEach((useCase, k) => {
    expect(permuted.useCases[k]).toEqual({ ...useCase, fits: reorder(useCase.fits) });
  });
  original.benchmarks.forEach((row, k) => {
    expect(permuted.benchmarks[k]!.cells).toEqual(reorder(row.cells));
    expect([permuted.benchmarks[k]!.outcome, permuted.benchmarks[k]!.winnerModelId]).toEqual([row.outcome, row.winnerModelId]);
  });
  original.capabilities.forEach((row, k) => {
    expect(permuted.capabilities[k]).toEqual({ ...row, cells: reorder(row.cells) });
  });
  expect(permuted.parameters.contextTokens).toEqual({ ...original.parameters.contextTokens, cells: reorder(original.parameters.contextTokens.cells) });
}

describe('swapping the order of the models mirrors the result', () => {
  it('pairs: deltas negate, winners stay the same model, tallies follow the model', () => {
    fc.assert(
      fc.property(comparedModels(2), (models) => {
        expectMirrored(compareModels({ models }), compareModels({ models: [models[1]!, models[0]!] }), [1, 0]);
      }),
      { numRuns: RUNS },
    );
  });

  it('triples: any permutation', () => {
    const permutation = fc.constantFrom([0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]);
    fc.assert(
      fc.property(comparedModels(3), permutation, (models, order) => {
        expectMirrored(compareModels({ models }), compareModels({ models: order.map((i) => models[i]!) }), order);
      }),
      { numRuns: RUNS },
    );
  });
});

forAll('the wins tally equals the winners counted', (result) => {
  const comparable = result.signals.filter((row) => ['WINNER', 'TIE', 'STATISTICAL_TIE'].includes(row.outcome)).length;
  for (const entry of result.tally) {
    const won = result.signals.filter((row) => row.winnerModelId === entry.modelId);
    expect(entry.wins).toBe(won.length);
    expect(entry.wonSignals).toEqual(won.map((row) => row.key));
    expect(entry.comparable).toBe(comparable);
  }
  expect(result.tally.reduce((sum, entry) => sum + entry.wins, 0)).toBeLessThanOrEqual(comparable);
});

forAll('every figure in the summary equals a field, and every number in it is a figure', (result) => {
  const { text, figures } = result.summary;
  let rest = text;
  for (const figure of [...figures].sort((a, b) => b.text.length - a.text.length)) {
    expect(valueAt(result, figure.path)).toBe(figure.value);
    expect(typeof figure.value === 'number' ? Number(figure.text) : figure.text).toBe(figure.value);
    expect(rest).toContain(figure.text);
    rest = rest.replace(figure.text, '');
  }
  expect(rest).not.toMatch(/\d/);
  for (const name of NAMES) expect(name).not.toMatch(/\d/);
});

forAll('every quality claim in the summary carries its confidence, or says the scores are tied', (result) => {
  const sentences = result.summary.text.split(/(?<=\.) (?=[A-Z])/);
  const confidence = /on (HIGH|MEDIUM|LOW) confidence/;
  for (const sentence of sentences) {
    if (/highest overall score|overall scores are tied/.test(sentence)) expect(sentence).toMatch(confidence);
    if (/overall scores .* are statistically tied/.test(sentence)) expect(result.overall.outcome).toBe('STATISTICAL_TIE');
    const quality = /quality: [A-Z][a-z]+( \([^)]*\))?/.exec(sentence);
    if (quality) expect(quality[0]).toMatch(confidence);
  }
  const quality = result.verdicts.find((verdict) => verdict.kind === 'QUALITY')!;
  if (quality.winnerModelId !== null) expect(result.summary.text).toMatch(/quality: [A-Z][a-z]+ \(on (HIGH|MEDIUM|LOW) confidence\)/);
  // A LOW or MEDIUM confidence names who holds it and on how many of the group's benchmarks.
  if (result.overall.outcome === 'WINNER' && result.overall.cells.some((cell) => cell.confidence !== null && cell.confidence !== 'HIGH')) {
    expect(result.summary.text).toMatch(/confidence: [A-Z][a-z]+ has \d+ of \d+ benchmarks/);
  }
});

forAll('a model without the figure is left out with its reason, and nothing is claimed when fewer than two have it', (result) => {
  const leftOutIds = (cells: readonly { modelId: string; value: unknown }[]) =>
    cells
      .filter((cell) => cell.value === null)
      .map((cell) => cell.modelId)
      .sort();
  for (const row of rows(result)) {
    expect(row.leftOut.map((model) => model.modelId)).toEqual(leftOutIds(row.cells));
    for (const model of row.leftOut) expect(model.reason.length).toBeGreaterThan(0);
    if (known(row.cells.map((cell) => cell.value)).length < 2) {
      expect(row).toMatchObject({ outcome: 'MISSING_DATA', winnerModelId: null, delta: null, spread: null, advantage: null });
    }
  }
  for (const useCase of result.useCases) {
    expect(useCase.leftOut.map((model) => model.modelId)).toEqual(leftOutIds(useCase.fits.map((fit) => ({ modelId: fit.modelId, value: fit.fit }))));
    if (known(useCase.fits.map((fit) => fit.fit)).length < 2) expect([useCase.outcome, useCase.winnerModelId]).toEqual(['MISSING_DATA', null]);
  }
  const verdict = Object.fromEntries(result.verdicts.map((v) => [v.kind, v]));
  if (known(result.costs.rows.map(monthlyOf)).length < 2) {
    expect([verdict.COST!.outcome, verdict.VALUE!.outcome]).toEqual(['COST_NOT_COMPARABLE', 'COST_NOT_COMPARABLE']);
  }
  for (const row of result.costs.rows) {
    if (monthlyOf(row) === null) expect([row.savings, row.baselineModelId, row.notComparable?.code]).toEqual([null, null, 'COST_NOT_COMPARABLE']);
    if (row.costPerQualityPoint !== null)
      expect(monthlyOf(row) !== null && valueAt(result, `overall.cells[${indexOf(result, row.modelId)}].value`) !== null).toBe(true);
  }
  if (known(result.parameters.contextTokens.cells.map((c) => c.value)).length < 2) expect(verdict.LONG_CONTEXT!.winnerModelId).toBeNull();
  if (known(result.parameters.releaseDate.cells.map((c) => c.value)).length < 2) expect(verdict.RECENCY!.winnerModelId).toBeNull();
  if (known(result.overall.cells.map((c) => c.value)).length < 2) expect(verdict.QUALITY!.winnerModelId).toBeNull();
  expect(verdict.QUALITY!.leftOut).toEqual(result.overall.leftOut);
});

/** Freezes `value` and everything it reaches (a Map's values too), so that any later write throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map) for (const entry of value.values()) deepFreeze(entry);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}

describe('prepared models', () => {
  it('compared in several groups and orders, give what compareModels gives, and are never written to', () => {
    // Each prepared model is shared by four comparisons, as in an all-pairs run; frozen, a write would throw.
    const groups = [
      [0, 1],
      [1, 2],
      [2, 0],
      [0, 1, 2],
    ];
    fc.assert(
      fc.property(comparedModels(3), (models) => {
        const prepared = models.map((input) => deepFreeze(prepareComparedModel(input)));
        for (const group of groups) {
          const expected = compareModels({ models: group.map((index) => models[index]!) });
          expect(comparePreparedModels(group.map((index) => prepared[index]!))).toEqual(expected);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
