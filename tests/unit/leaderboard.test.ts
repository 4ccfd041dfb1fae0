import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankLeaderboard } from '../../src/domain/leaderboard/leaderboard.ts';

const entry = (modelId: string, value: number | null, interval: [number, number] | null = null) => ({
  modelId,
  value,
  interval: interval && { lower: interval[0], upper: interval[1] },
});

describe('leaderboard ranks', () => {
  it('statistical tiers where every value has an interval (hand-checked)', () => {
    // Tied when the lead ≤ √((higher − its lower)² + (the other's upper − it)²). a 90 [85, 95] heads tier 1;
    // b 84 [80, 88]: lead 6 ≤ √(5² + 4²) = 6.40, tier 1; c 80 [79, 84]: lead over a 10 > √(5² + 4²) = 6.40, so it
    // heads tier 3 at its position, although it is tied with b (4 ≤ √(4² + 4²) = 5.66): a tier does not chain on.
    // d 78 [76, 80]: lead of c 2 ≤ √(1² + 2²) = 2.24, tier 3 (its interval only touches b's, and b is surely
    // better: 6 > √(4² + 2²) = 4.47); e 60 [55, 65] starts tier 5.
    // Best possible: a 1; b 1; c 2 (a surely better, b not); d 3 (a, b); e 5 (a, b, c, d: 18 > √(2² + 5²) = 5.39).
    const board = rankLeaderboard([
      entry('c', 80, [79, 84]),
      entry('a', 90, [85, 95]),
      entry('e', 60, [55, 65]),
      entry('b', 84, [80, 88]),
      entry('d', 78, [76, 80]),
      entry('x', null),
    ]);
    expect(board.entries.map(({ modelId, rank, bestPossibleRank, tiedWith }) => [modelId, rank, bestPossibleRank, tiedWith])).toEqual([
      ['a', 1, 1, ['b']],
      ['b', 1, 1, ['a']],
      ['c', 3, 2, ['d']],
      ['d', 3, 3, ['c']],
      ['e', 5, 5, []],
    ]);
    expect(board.unranked).toEqual(['x']);
    expect(board.statistical).toBe(true);
  });

  it('equal values share a rank without intervals (competition ranking); lower-is-better reverses the order', () => {
    const board = rankLeaderboard([entry('a', 5), entry('b', 7), entry('c', 7), entry('d', 3)]);
    expect(board.entries.map(({ modelId, rank }) => [modelId, rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
      ['d', 4],
    ]);
    expect(rankLeaderboard([entry('a', 5), entry('b', 7)], false).entries.map(({ modelId }) => modelId)).toEqual(['a', 'b']);
    expect(board.statistical).toBe(false);
  });

  it('an interval missing on one value makes every tie one of equal values', () => {
    const board = rankLeaderboard([entry('a', 90, [80, 99]), entry('b', 85, [75, 95]), entry('c', 85)]);
    expect(board.statistical).toBe(false);
    expect(board.entries.map(({ modelId, rank }) => [modelId, rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
    ]);
  });

  it('ranks follow the values, ties are shared and symmetric, and the best possible rank is never worse than the rank', () => {
    const candidates = fc.array(
      fc.record({
        value: fc.option(
          fc.integer({ min: 0, max: 1000 }).map((v) => v / 10),
          { nil: null },
        ),
        width: fc.integer({ min: 0, max: 300 }).map((w) => w / 10),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(candidates, fc.boolean(), (records, withIntervals) => {
        const input = records.map(({ value, width }, i) =>
          entry(`m${String(i).padStart(2, '0')}`, value, withIntervals && value !== null ? [value - width / 2, value + width / 2] : null),
        );
        const { entries, unranked } = rankLeaderboard(input);
        expect(entries.length + unranked.length).toBe(input.length);
        for (let i = 1; i < entries.length; i++) {
          expect(entries[i]!.value).toBeLessThanOrEqual(entries[i - 1]!.value);
          expect(entries[i]!.rank).toBeGreaterThanOrEqual(entries[i - 1]!.rank);
          if (entries[i]!.rank !== entries[i - 1]!.rank) expect(entries[i]!.rank).toBe(i + 1);
        }
        const byId = new Map(entries.map((e) => [e.modelId, e]));
        for (const e of entries) {
          expect(e.bestPossibleRank).toBeLessThanOrEqual(e.rank);
          for (const other of e.tiedWith) {
            expect(byId.get(other)!.rank).toBe(e.rank);
            expect(byId.get(other)!.tiedWith).toContain(e.modelId);
          }
        }
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
