import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominates, qualityCostFrontier } from '../../src/domain/frontier/frontier.ts';

const point = (modelId: string, score: number | null, dollars: number | null) => ({
  modelId,
  score,
  monthlyMicroUsd: dollars === null ? null : BigInt(Math.round(dollars * 1e6)),
});

describe('quality-versus-cost frontier', () => {
  it('keeps the models nobody beats on both, and names a dominator for the rest (hand-checked)', () => {
    // cheap (40, $1) and best (90, $50) are on it; mid (60, $10) too: nothing cheaper scores as high,
    // and clone (60, $10) ties mid exactly, so both stay. pricey (55, $20) and worse-same-price
    // (50, $10) are beaten by both; the one named is the first of them in id order, clone.
    const frontier = qualityCostFrontier([
      point('pricey', 55, 20),
      point('best', 90, 50),
      point('cheap', 40, 1),
      point('mid', 60, 10),
      point('clone', 60, 10),
      point('worse-same-price', 50, 10),
      point('unscored', null, 2),
      point('unpriced', 70, null),
    ]);
    expect(frontier.points.map(({ modelId, onFrontier, dominatedBy }) => [modelId, onFrontier, dominatedBy])).toEqual([
      ['cheap', true, null],
      ['clone', true, null],
      ['mid', true, null],
      ['worse-same-price', false, 'clone'],
      ['pricey', false, 'clone'],
      ['best', true, null],
    ]);
    expect(frontier.withoutScore).toEqual(['unscored']);
    expect(frontier.withoutCost).toEqual(['unpriced']);
  });

  it('no frontier point is dominated by another; every other point is dominated by the one it names', () => {
    const input = fc.array(
      fc.record({
        score: fc.option(
          fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10),
          { nil: null },
        ),
        monthlyMicroUsd: fc.option(fc.bigInt({ min: 0n, max: 10_000_000_000n }), { nil: null }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(input, (records) => {
        const { points, withoutScore, withoutCost } = qualityCostFrontier(records.map((record, i) => ({ modelId: `m${i}`, ...record })));
        expect(points.length + withoutScore.length + withoutCost.length).toBe(records.length);
        const byId = new Map(points.map((p) => [p.modelId, p]));
        for (const p of points) {
          if (p.onFrontier) for (const other of points) expect(dominates(other, p)).toBe(false);
          else expect(dominates(byId.get(p.dominatedBy!)!, p)).toBe(true);
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
