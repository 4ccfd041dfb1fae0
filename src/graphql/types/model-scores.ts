import { type BenchmarkSeries, benchmarkSeries } from '../../domain/benchmark-series.ts';
import { PEER_GROUP_LABELS } from '../../domain/catalog.ts';
import { type ModelStatus, statusLabel, statusOf } from '../../domain/model-status.ts';
import { scoreInPeerGroup } from '../../domain/scoring/peer-group-score.ts';
import type { BenchmarkCoverage, ModelScore, ModelScoreRecord, OverallScore, Rank, RankPair, ScoreHistoryPoint } from '../../domain/scoring/types.ts';
import { SIGNAL_NAMES } from '../../domain/scoring/types.ts';
import { builder } from '../builder.ts';
import { BenchmarkResultRef } from './benchmark-result.ts';
import { ModelStatusEnum, NullReasonEnum, PeerGroupEnum } from './enums.ts';
import { ModelRef } from './model.ts';
import { ContributionRef, ScoreIntervalRef, SignalEnum, SignalScoreRef } from './signal-score.ts';

export const ConfidenceEnum = builder.enumType('Confidence', {
  description: 'How narrow the 95% interval of the quality behind an overall score is (see methodology.confidence).',
  values: ['HIGH', 'MEDIUM', 'LOW'] as const,
});

/** A rank, with the status of the model holding it when it is one of the model's ranks (not a history point's). */
type RankView = Rank & { modelStatus?: ModelStatus };

const RankRef = builder.objectRef<RankView>('Rank').implement({
  description: 'A place in a named group: "#3 of 20 image generation models, top 15%". Ties share a rank.',
  fields: (t) => ({
    rank: t.exposeInt('rank'),
    of: t.exposeInt('of', { description: 'How many ranked models the group has.' }),
    group: t.field({
      type: PeerGroupEnum,
      nullable: true,
      description: 'The peer group; null when ranked among all models.',
      resolve: (rank) => (rank.group === 'ALL' ? null : rank.group),
    }),
    topPercent: t.exposeInt('percentile', { description: 'ceil(rank / of × 100): rank 1 of 290 is the top 1%.' }),
    bestPossibleRank: t.exposeInt('bestPossibleRank', {
      description:
        'The best rank the 95% intervals allow: 1 + the models of the group surely better, a higher value not statistically tied with this one’s (the 95% interval of the difference excludes 0). Equal to rank for a figure without an interval (adoption).',
    }),
    modelStatus: t.field({
      type: [ModelStatusEnum],
      description: 'The ranked model’s status (preview, retired, not offered), shown beside the rank; empty for a generally available model.',
      resolve: (rank) => rank.modelStatus?.notes ?? [],
    }),
    label: t.string({
      description: '"#3 of 20 image generation models, top 15%", with the model’s status when it has one: "… top 8% (retired preview)".',
      resolve: (rank) => {
        const status = statusLabel(rank.modelStatus);
        return `#${rank.rank} of ${rank.of} ${PEER_GROUP_LABELS[rank.group]}, top ${rank.percentile}%${status ? ` (${status})` : ''}`;
      },
    }),
  }),
});

const RankPairRef = builder.objectRef<RankPair>('RankPair').implement({
  description: 'A rank within the model’s peer group and, where comparable across groups, among all models (else null).',
  fields: (t) => ({
    peerGroup: t.field({ type: RankRef, nullable: true, resolve: (pair) => pair.peerGroup }),
    all: t.field({ type: RankRef, nullable: true, resolve: (pair) => pair.all }),
  }),
});

const ModelRanksRef = builder.objectRef<ModelScore['ranks']>('ModelRanks').implement({
  fields: (t) => ({
    overall: t.field({ type: RankPairRef, description: 'By overall score; unranked without one.', resolve: (ranks) => ranks.overall }),
    quality: t.field({ type: RankPairRef, description: 'By the Benchmarks signal.', resolve: (ranks) => ranks.quality }),
    adoption: t.field({
      type: RankPairRef,
      description: 'By pay-per-use providers serving the model; arena votes break ties.',
      resolve: (ranks) => ranks.adoption,
    }),
  }),
});

const OverallScoreRef = builder.objectRef<OverallScore>('OverallScore').implement({
  description:
    '90% Benchmarks, 5% Capabilities, 5% Context window (see methodology). Null without benchmarks: a missing measurement never outranks a real one.',
  fields: (t) => ({
    value: t.float({ nullable: true, resolve: (overall) => overall.value }),
    reason: t.field({ type: NullReasonEnum, nullable: true, resolve: (overall) => overall.reason }),
    detail: t.string({ nullable: true, resolve: (overall) => (overall.value === null ? overall.detail : null) }),
    confidence: t.field({ type: ConfidenceEnum, nullable: true, resolve: (overall) => overall.confidence }),
    interval: t.field({
      type: ScoreIntervalRef,
      nullable: true,
      description: 'The 95% interval; null with the value.',
      resolve: (overall) => overall.interval,
    }),
    contributions: t.field({
      type: [ContributionRef],
      description: 'Signal × weight parts adding up exactly to the value.',
      resolve: (overall) => overall.contributions,
    }),
  }),
});

const BenchmarkCoverageRef = builder.objectRef<BenchmarkCoverage>('BenchmarkCoverage').implement({
  fields: (t) => ({
    present: t.exposeInt('present', { description: 'Benchmarks of the peer group’s set the model has a result for.' }),
    total: t.exposeInt('total', { description: 'Benchmarks in the peer group’s set.' }),
    percent: t.exposeFloat('percent'),
  }),
});

/** A model's stored scores, with the model's status (for its ranks' labels). */
type ModelScoresView = ModelScoreRecord & { modelStatus?: ModelStatus };

const ModelScoresRef = builder.objectRef<ModelScoresView>('ModelScores').implement({
  description: 'The engine’s scores for a model, against the cohort of the current catalog, with the methodology version.',
  fields: (t) => ({
    methodologyVersion: t.exposeString('methodologyVersion'),
    asOf: t.field({ type: 'LocalDate', resolve: (document) => document.asOf }),
    peerGroup: t.field({ type: PeerGroupEnum, resolve: (document) => document.score.peerGroup }),
    signals: t.field({
      type: [SignalScoreRef],
      description: 'The six signals, always in the same order.',
      resolve: (document) => SIGNAL_NAMES.map((signal) => document.score.signals[signal]),
    }),
    signal: t.field({
      type: SignalScoreRef,
      args: { name: t.arg({ type: SignalEnum, required: true }) },
      resolve: (document, { name }) => document.score.signals[name],
    }),
    overall: t.field({ type: OverallScoreRef, resolve: (document) => document.score.overall }),
    coverage: t.field({ type: BenchmarkCoverageRef, resolve: (document) => document.score.coverage }),
    ranks: t.field({
      type: ModelRanksRef,
      resolve: (document) => {
        const { modelStatus } = document;
        const withStatus = (rank: Rank | null): RankView | null => (rank && modelStatus?.notes.length ? { ...rank, modelStatus } : rank);
        const pair = ({ peerGroup, all }: RankPair): RankPair => ({ peerGroup: withStatus(peerGroup), all: withStatus(all) });
        const { ranks } = document.score;
        return { overall: pair(ranks.overall), quality: pair(ranks.quality), adoption: pair(ranks.adoption) };
      },
    }),
  }),
});

const ScoreHistoryPointRef = builder.objectRef<ScoreHistoryPoint>('ScoreHistoryPoint').implement({
  description: 'The model’s scores at one month-end, against the catalog as it stood then.',
  fields: (t) => ({
    month: t.exposeString('month'),
    date: t.field({ type: 'LocalDate', resolve: (point) => point.date }),
    overall: t.float({ nullable: true, resolve: (point) => point.overall }),
    confidence: t.field({ type: ConfidenceEnum, nullable: true, resolve: (point) => point.confidence }),
    benchmarks: t.float({ nullable: true, resolve: (point) => point.benchmarks }),
    overallRank: t.field({ type: RankRef, nullable: true, resolve: (point) => point.overallRank }),
  }),
});

const BenchmarkHistorySeriesRef = builder.objectRef<BenchmarkSeries>('BenchmarkHistorySeries').implement({
  description: 'One benchmark’s dated results for a model, oldest first.',
  fields: (t) => ({
    benchmarkId: t.exposeString('benchmarkId'),
    points: t.field({ type: [BenchmarkResultRef], resolve: (series) => series.results }),
  }),
});

builder.objectFields(ModelRef, (t) => ({
  scores: t.field({
    type: ModelScoresRef,
    nullable: true,
    description:
      'Six signals, overall score, confidence, ranks and their explanation, in the model’s primary peer group or in `peerGroup` (one of its peerGroups). Null when the model is not in that group, or while a new catalog is being scored.',
    args: { peerGroup: t.arg({ type: PeerGroupEnum }) },
    resolve: async (model, { peerGroup }, context): Promise<ModelScoresView | null> => {
      const record = await context.loaders.scoreByModelId.load(model.id);
      if (!record) return null;
      const modelStatus = statusOf(model);
      if (!peerGroup) return { ...record, modelStatus };
      const inGroup = scoreInPeerGroup(record, peerGroup);
      return inGroup ? { ...record, ...inGroup, modelStatus } : null;
    },
  }),
  scoreHistory: t.field({
    type: [ScoreHistoryPointRef],
    description: 'Monthly points (Jun 2025 – Jul 2026), replaying the catalog history through the same engine at each month-end.',
    resolve: async (model, _args, context) => (await context.loaders.scoreHistoryByModelId.load(model.id))?.points ?? [],
  }),
  benchmarkHistory: t.field({
    type: [BenchmarkHistorySeriesRef],
    description: 'Dated benchmark results where the sources keep a history (LMArena text leaderboard).',
    resolve: async (model, _args, context) => benchmarkSeries(await context.loaders.benchmarkResultsByModelId.load(model.id)),
  }),
}));
