/**
 * The two validity figures, for any scoring method (a function from a cohort to its scores):
 * held-out pairwise accuracy over five folds of the benchmark results, and in-sample concordance of
 * the scores with every benchmark's own order.
 */
import type { PeerGroup } from '../../../src/domain/catalog.ts';
import { peerGroupEntryKey } from '../../../src/domain/scoring/cohort.ts';
import type { Cohort, CohortBenchmark } from '../../../src/domain/scoring/types.ts';
import { byKey, thenBy } from '../../../src/domain/util/sorting.ts';
import type { MethodScores } from './min-max-method.ts';

export type Method = (cohort: Cohort) => MethodScores;
export type ScoreKind = keyof MethodScores;

interface Placed {
  modelId: string;
  group: PeerGroup;
  result: CohortBenchmark;
}

/** Scores are per entry (a model in one peer group), as the engine gives them. */
const entryOf = (p: Placed): string => peerGroupEntryKey({ modelId: p.modelId, peerGroup: p.group });

/** mulberry32: a small seeded generator, so the folds are the same on every run and machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const benchmarkKey = (p: Placed): string => `${p.group}|${p.result.benchmarkId}`;

/** 1 when the scores order the pair as the benchmark does, ½ when they tie, 0 otherwise. */
function agreement(a: Placed, b: Placed, scoreA: number, scoreB: number): number {
  if (scoreA === scoreB) return 0.5;
  const aBetter = a.result.score > b.result.score === a.result.higherIsBetter;
  return scoreA > scoreB === aBetter ? 1 : 0;
}

function placedResults(cohort: Cohort): Placed[] {
  return cohort.models
    .flatMap((m) => m.benchmarks.map((result) => ({ modelId: m.modelId, group: m.peerGroup, result })))
    .sort(
      thenBy(
        byKey((p) => p.result.resultId),
        byKey((p) => p.group),
      ),
    );
}

function byBenchmark(results: readonly Placed[]): Map<string, Placed[]> {
  const map = new Map<string, Placed[]>();
  for (const p of results) map.set(benchmarkKey(p), [...(map.get(benchmarkKey(p)) ?? []), p]);
  return map;
}

export interface HeldOutFigure {
  accuracy: number;
  /** Held-out results with at least one comparison every method could predict. */
  results: number;
  pairs: number;
}

/**
 * Five folds over the benchmark results (seeded shuffle). Each method is fitted on four folds; for
 * every result of the fifth, the share of the other models on its benchmark whose order against it
 * the fitted scores predict. Pairs are counted only where every method scores both models, so the
 * methods are judged on the same pairs. Returns method name → figure.
 */
export function heldOutAccuracy(cohort: Cohort, methods: Record<string, Method>, kind: ScoreKind, seed: number, folds = 5): Record<string, HeldOutFigure> {
  const results = placedResults(cohort);
  const next = random(seed);
  const order = results.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const foldOf = new Map<string, number>();
  order.forEach((index, position) => {
    foldOf.set(results[index]!.result.resultId, position % folds);
  });
  const onBenchmark = byBenchmark(results);
  const names = Object.keys(methods);
  const sums = Object.fromEntries(names.map((n) => [n, { total: 0, results: 0, pairs: 0 }]));
  for (let fold = 0; fold < folds; fold++) {
    const training: Cohort = {
      asOf: cohort.asOf,
      models: cohort.models.map((m) => ({ ...m, benchmarks: m.benchmarks.filter((r) => foldOf.get(r.resultId) !== fold) })),
    };
    const scores = names.map((name) => methods[name]!(training)[kind]);
    for (const heldOut of results) {
      if (foldOf.get(heldOut.result.resultId) !== fold) continue;
      const others = (onBenchmark.get(benchmarkKey(heldOut)) ?? []).filter(
        (o) => o.modelId !== heldOut.modelId && o.result.score !== heldOut.result.score && scores.every((s) => s.has(entryOf(o)) && s.has(entryOf(heldOut))),
      );
      if (others.length === 0) continue;
      names.forEach((name, m) => {
        const s = scores[m]!;
        const correct = others.reduce((sum, o) => sum + agreement(heldOut, o, s.get(entryOf(heldOut))!, s.get(entryOf(o))!), 0);
        const entry = sums[name]!;
        entry.total += correct / others.length;
        entry.results += 1;
        entry.pairs += others.length;
      });
    }
  }
  return Object.fromEntries(names.map((n) => [n, { accuracy: sums[n]!.total / sums[n]!.results, results: sums[n]!.results, pairs: sums[n]!.pairs }]));
}

/**
 * Over every benchmark of every group and every pair of scored models that both took it (with
 * different results), the share the scores order as the benchmark does; each benchmark weighs the
 * same. Returns the figure and the number of benchmarks it is taken over.
 */
export function concordance(cohort: Cohort, scores: ReadonlyMap<string, number>): { concordance: number; benchmarks: number } {
  let sum = 0;
  let benchmarks = 0;
  for (const list of byBenchmark(placedResults(cohort)).values()) {
    let agreeing = 0;
    let pairs = 0;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const first = list[a]!;
        const second = list[b]!;
        const scoreA = scores.get(entryOf(first));
        const scoreB = scores.get(entryOf(second));
        if (first.result.score === second.result.score || scoreA === undefined || scoreB === undefined) continue;
        agreeing += agreement(first, second, scoreA, scoreB);
        pairs++;
      }
    }
    if (pairs === 0) continue;
    sum += agreeing / pairs;
    benchmarks++;
  }
  return { concordance: sum / benchmarks, benchmarks };
}
