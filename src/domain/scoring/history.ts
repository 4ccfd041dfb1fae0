/**
 * Score history by replaying the catalog through the same engine at each month-end, and LMArena
 * benchmark history from the leaderboard's own dated snapshots.
 */
import type { IsoDate, PeerGroup } from '../catalog.ts';
import { groupBy } from '../util/grouping.ts';
import { byKey } from '../util/sorting.ts';
import type { AbilityStart } from './ability/fit.ts';
import { buildCohort, peerGroupEntryKey } from './cohort.ts';
import { METHODOLOGY } from './methodology.ts';
import { scoreCohort } from './snapshot.ts';
import type { ArenaHistorySnapshot, BenchmarkHistoryPoint, BenchmarkHistorySeries, CatalogInput, MonthEnd, ScoreHistory, ScoreHistoryPoint } from './types.ts';

export const LMARENA_TEXT_BENCHMARK_ID = 'lmarena-text';

/**
 * One point per model per month-end, each from the cohort as it stood then (`catalogAt(date)`), so a
 * model's history moves when the field around it changes, as its rank did. Month-ends are taken in
 * date order; a model has points only for the months it was in the cohort.
 */
export function replayScoreHistory(monthEnds: readonly MonthEnd[], catalogAt: (date: IsoDate) => CatalogInput): ScoreHistory {
  const byModel: Record<string, ScoreHistoryPoint[]> = {};
  // Each month's ability fit starts where the previous month's ended: the evidence changes little
  // from one month to the next, so the fit needs a few Newton steps instead of a dozen.
  let starts: ReadonlyMap<PeerGroup, AbilityStart> | undefined;
  for (const { month, date } of [...monthEnds].sort(byKey((m) => m.date))) {
    const cohort = buildCohort(catalogAt(date), date);
    const scored = scoreCohort(cohort, starts);
    starts = scored.starts;
    // The history follows each model in its primary peer group.
    const primary = new Set(cohort.models.filter((entry) => entry.primary).map(peerGroupEntryKey));
    for (const score of scored.snapshot.models) {
      if (!primary.has(peerGroupEntryKey(score))) continue;
      const point: ScoreHistoryPoint = {
        month,
        date,
        overall: score.overall.value,
        confidence: score.overall.confidence,
        benchmarks: score.signals.BENCHMARKS.value,
        overallRank: score.ranks.overall.peerGroup,
      };
      byModel[score.modelId] = [...(byModel[score.modelId] ?? []), point];
    }
  }
  return { methodologyVersion: METHODOLOGY.version, byModel };
}

/**
 * LMArena text scores over time for the models `modelIdForName` maps to a canonical id (names it
 * maps to null are skipped). When several arena names map to one model in a snapshot, the entry with
 * the most votes (the best-measured) is kept.
 */
export function benchmarkHistory(snapshots: readonly ArenaHistorySnapshot[], modelIdForName: (displayName: string) => string | null): BenchmarkHistorySeries[] {
  const idCache = new Map<string, string | null>();
  const idFor = (name: string): string | null => {
    if (!idCache.has(name)) idCache.set(name, modelIdForName(name));
    return idCache.get(name) ?? null;
  };
  const points = new Map<string, Map<IsoDate, BenchmarkHistoryPoint>>();
  for (const snapshot of snapshots) {
    for (const [modelId, entries] of groupBy(snapshot.entries, (e) => idFor(e.model))) {
      const best = entries.reduce((a, b) => (b.votes > a.votes ? b : a));
      const series = points.get(modelId) ?? new Map<IsoDate, BenchmarkHistoryPoint>();
      series.set(snapshot.date, {
        date: snapshot.date,
        score: best.score,
        votes: best.votes,
        provenance: { source: 'lmarena', sourceId: best.model, observedAt: snapshot.date, selfReported: false, url: null },
      });
      points.set(modelId, series);
    }
  }
  return [...points]
    .map(([modelId, series]) => ({
      modelId,
      benchmarkId: LMARENA_TEXT_BENCHMARK_ID,
      points: [...series.values()].sort(byKey((p) => p.date)),
    }))
    .sort(byKey((s) => s.modelId));
}
