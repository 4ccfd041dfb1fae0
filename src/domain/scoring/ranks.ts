/** Competition ranks ("#3 of 20 image generation models") and "top X%" percentiles. */
import type { PeerGroup } from '../catalog.ts';
import { groupBy } from '../util/grouping.ts';
import { bestPossibleRanksOf } from './ties.ts';
import type { Rank, ValueInterval } from './types.ts';

/** "Top X%": ceil(rank / of × 100), in integers so that 29 of 290 is exactly 10, not 10.000001. */
export function topPercentile(rank: number, of: number): number {
  return Math.ceil((rank * 100) / of);
}

/**
 * Competition ranking (1, 2, 2, 4) of the items `compare` orders best-first; items comparing equal
 * share a rank. Returns the ranks in the items' order.
 */
export function competitionRanks<T>(items: readonly T[], compare: (a: T, b: T) => number): number[] {
  const order = items.map((_, i) => i).sort((a, b) => compare(items[a] as T, items[b] as T) || a - b);
  const ranks = new Array<number>(items.length);
  order.forEach((index, position) => {
    const previous = position > 0 ? order[position - 1] : undefined;
    const tied = previous !== undefined && compare(items[previous] as T, items[index] as T) === 0;
    ranks[index] = tied ? (ranks[previous] as number) : position + 1;
  });
  return ranks;
}

export interface Rankable<K> {
  /** The ranked entry: a model in one peer group. */
  id: string;
  peerGroup: PeerGroup;
  /** Null = not ranked (e.g. no overall score). */
  key: K | null;
  /** The ranked value with its 95% interval, where it has one. */
  interval?: ValueInterval | null;
}

/** Each member's best possible rank (see ties.ts), in the members' order: they are ranked highest value first. */
function bestPossibleRanks(intervals: readonly ValueInterval[]): number[] {
  const order = intervals.map((_, i) => i).sort((a, b) => intervals[b]!.value - intervals[a]!.value);
  const best = new Array<number>(intervals.length);
  bestPossibleRanksOf(order.map((index) => intervals[index]!)).forEach((rank, position) => {
    best[order[position]!] = rank;
  });
  return best;
}

/**
 * Ranks the items with a key within `group(item)`, returning entry id → rank. Items with an
 * interval also get their best possible rank; the others' best possible rank is their rank.
 */
export function rankWithin<K>(
  items: readonly Rankable<K>[],
  group: (item: Rankable<K>) => PeerGroup | 'ALL',
  compare: (a: K, b: K) => number,
): Map<string, Rank> {
  const result = new Map<string, Rank>();
  const ranked = items.filter((item): item is Rankable<K> & { key: K } => item.key !== null);
  for (const [groupName, members] of groupBy(ranked, group)) {
    const ranks = competitionRanks(members, (a, b) => compare(a.key, b.key));
    const intervals = members.every((m) => m.interval) ? bestPossibleRanks(members.map((m) => m.interval as ValueInterval)) : null;
    members.forEach((member, i) => {
      const rank = ranks[i] as number;
      result.set(member.id, {
        rank,
        of: members.length,
        group: groupName,
        percentile: topPercentile(rank, members.length),
        bestPossibleRank: intervals?.[i] ?? rank,
      });
    });
  }
  return result;
}
