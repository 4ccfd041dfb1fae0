/** One run of the engine over a cohort: signals, overall score and ranks of every model. */
import type { PeerGroup } from '../catalog.ts';
import { byKey } from '../util/sorting.ts';
import { type AbilityStart, startFrom } from './ability/fit.ts';
import { peerGroupEntryKey } from './cohort.ts';
import { METHODOLOGY } from './methodology.ts';
import { overallScore } from './overall.ts';
import { peerStatsByGroup } from './peer-stats.ts';
import { type Rankable, rankWithin } from './ranks.ts';
import { scoreSignals } from './signals/index.ts';
import { valueWithInterval } from './ties.ts';
import type { Cohort, CohortModel, IntervalBounds, ModelRanks, ModelScore, ScoreSnapshot } from './types.ts';

interface Scored {
  model: CohortModel;
  score: Omit<ModelScore, 'ranks'>;
}

const descending = (a: number, b: number): number => b - a;
const byPeerGroup = (item: { peerGroup: PeerGroup }): PeerGroup => item.peerGroup;

/** More providers first; among equals, more arena votes first, a model without votes last. */
function compareAdoption(a: CohortModel, b: CohortModel): number {
  return b.payPerUseProviderCount - a.payPerUseProviderCount || (b.arenaVotes ?? -1) - (a.arenaVotes ?? -1);
}

/** Ranks per entry (model × peer group): within each group; adoption also among all models, counting each model once. */
function rankAll(scored: readonly Scored[]): Map<string, ModelRanks> {
  const rankable = <K>(key: (s: Scored) => K | null): Rankable<K>[] =>
    scored.map((s) => ({ id: peerGroupEntryKey(s.model), peerGroup: s.model.peerGroup, key: key(s) }));
  /** A score with its interval, as ranks test ties. */
  const withInterval = (score: (s: Scored) => { value: number | null; interval: IntervalBounds | null }): Rankable<number>[] =>
    scored.map((s) => {
      const figure = score(s);
      return { id: peerGroupEntryKey(s.model), peerGroup: s.model.peerGroup, key: figure.value, interval: valueWithInterval(figure) };
    });
  // Ranks compare the scores as shown (rounded), so two models showing 82.4 share a rank.
  const overall = rankWithin(
    withInterval((s) => s.score.overall),
    byPeerGroup,
    descending,
  );
  const quality = rankWithin(
    withInterval((s) => s.score.signals.BENCHMARKS),
    byPeerGroup,
    descending,
  );
  const adoptionItems = rankable((s) => s.model);
  const adoptionInGroup = rankWithin(adoptionItems, byPeerGroup, compareAdoption);
  // Among all models each model counts once, by its primary entry; its other entries share that rank.
  const primaryEntries = adoptionItems.filter((_, index) => scored[index]!.model.primary);
  const adoptionAll = rankWithin(primaryEntries, () => 'ALL', compareAdoption);
  const adoptionAllByModel = new Map(scored.filter((s) => s.model.primary).map((s) => [s.model.modelId, adoptionAll.get(peerGroupEntryKey(s.model)) ?? null]));
  const ranks = new Map<string, ModelRanks>();
  for (const { model } of scored) {
    const id = peerGroupEntryKey(model);
    ranks.set(id, {
      overall: { peerGroup: overall.get(id) ?? null, all: null },
      quality: { peerGroup: quality.get(id) ?? null, all: null },
      adoption: { peerGroup: adoptionInGroup.get(id) ?? null, all: adoptionAllByModel.get(model.modelId) ?? null },
    });
  }
  return ranks;
}

export interface ScoredCohort {
  snapshot: ScoreSnapshot;
  /** Each group's fitted abilities, where a later fit (the next month-end) may start. */
  starts: Map<PeerGroup, AbilityStart>;
}

export function scoreCatalog(cohort: Cohort): ScoreSnapshot {
  return scoreCohort(cohort).snapshot;
}

/**
 * `scoreCatalog`, with each group's ability fit started from `starts` (a warm start changes the
 * path to the fit, not the fit: both stop within 1e-8 logits of the same point).
 */
export function scoreCohort(cohort: Cohort, starts?: ReadonlyMap<PeerGroup, AbilityStart>): ScoredCohort {
  const stats = peerStatsByGroup(cohort, starts);
  const scored = cohort.models.map((model): Scored => {
    const peers = stats.get(model.peerGroup);
    if (!peers) throw new Error(`no peer statistics for ${model.peerGroup}`);
    const { signals, coverage } = scoreSignals(model, peers, cohort.asOf);
    return {
      model,
      score: { modelId: model.modelId, peerGroup: model.peerGroup, signals, coverage, overall: overallScore(signals) },
    };
  });
  const ranks = rankAll(scored);
  const snapshot: ScoreSnapshot = {
    methodologyVersion: METHODOLOGY.version,
    asOf: cohort.asOf,
    // A stable sort: the cohort's order (the primary group first) is kept within each model.
    models: scored
      .map(({ model, score }): ModelScore => ({ ...score, ranks: ranks.get(peerGroupEntryKey(model)) as ModelRanks }))
      .sort(byKey((s) => s.modelId)),
  };
  return { snapshot, starts: new Map([...stats].map(([group, { abilities }]) => [group, startFrom(abilities)])) };
}
