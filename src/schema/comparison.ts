import { builder } from '../builder.ts';
import type { Model } from '../domain/catalog.ts';
import { compareModels } from '../domain/comparison/compare.ts';
import type {
  BenchmarkComparison,
  CapabilityRow,
  ComparedModel,
  Comparison,
  CostComparison,
  CostRow,
  OverallComparison,
  ParameterCell,
  ParameterRow,
  ParameterTable,
  Savings,
  ScoreCell,
  ScoreComparison,
  SummaryFigure,
  UseCaseComparison,
  UseCaseFit,
  UseCaseReason,
  Verdict,
  WinsTally,
} from '../domain/comparison/types.ts';
import { USE_CASES, VERDICT_KINDS } from '../domain/comparison/types.ts';
import { comparedModelIdsSchema, validateModelReferences } from '../domain/comparison/validate.ts';
import { type Confidence, SIGNAL_NAMES } from '../domain/scoring/types.ts';
import { badUserInput } from '../errors.ts';
import { CapabilityEnum } from './capabilities.ts';
import { CostEstimateRef, MoneyRef, OFFERING_ARG_DESCRIPTION, quoteForModel } from './cost-estimate.ts';
import { NullReasonEnum, PeerGroupEnum } from './enums.ts';
import { catalogKey } from './lookup-id.ts';
import { ModelRef } from './model.ts';
import { ConfidenceEnum } from './model-scores.ts';
import { usageArgOptions } from './usage-input.ts';

const OutcomeEnum = builder.enumType('ComparisonOutcome', {
  description: 'How a comparison of one figure came out. Only WINNER names a winner; nothing is claimed on missing or incomparable data.',
  values: {
    WINNER: { description: 'One model has the best value as shown.' },
    TIE: { description: 'Several models share the best value as shown.' },
    STATISTICAL_TIE: { description: 'The best value is not separated by the evidence (overlapping 95% confidence intervals).' },
    MISSING_DATA: { description: 'At least one model has no value.' },
    DIFFERENT_PEER_GROUPS: { description: 'The figure is normalised within a peer group and the models are in different groups.' },
    DIFFERENT_PRICING_UNITS: { description: 'Prices in different units (per token vs per image) are never ranked on one scale.' },
    COST_NOT_COMPARABLE: { description: 'Costs billed in different units, or not known for every model.' },
  } as const,
});

const ScoreKeyEnum = builder.enumType('ComparedScore', { values: [...SIGNAL_NAMES, 'OVERALL'] as const });

const ComparedModelRef = builder.objectRef<ComparedModel>('ComparedModel').implement({
  fields: (t) => ({
    requestedId: t.exposeString('requestedId', { description: 'The id as the request wrote it (may be an alias).' }),
    modelId: t.exposeString('modelId', { description: 'The canonical id it resolved to.' }),
    name: t.exposeString('name'),
    peerGroup: t.field({ type: PeerGroupEnum, resolve: (model) => model.peerGroup }),
    model: t.field({ type: ModelRef, resolve: async (model, _args, context) => (await context.loaders.modelById.load(model.modelId))! }),
  }),
});

const ScoreCellRef = builder.objectRef<ScoreCell>('ScoreCell').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    value: t.float({ nullable: true, resolve: (cell) => cell.value }),
    reason: t.field({ type: NullReasonEnum, nullable: true, resolve: (cell) => cell.reason }),
  }),
});

const ScoreComparisonRef = builder.objectRef<ScoreComparison>('ScoreComparison').implement({
  description: 'One signal (or the overall score) across the models: values, delta or spread, winner, differs.',
  fields: (t) => ({
    key: t.field({ type: ScoreKeyEnum, resolve: (comparison) => comparison.key }),
    cells: t.field({ type: [ScoreCellRef], description: 'One per model, in request order.', resolve: (comparison) => comparison.cells }),
    outcome: t.field({ type: OutcomeEnum, resolve: (comparison) => comparison.outcome }),
    winnerModelId: t.exposeString('winnerModelId', { nullable: true }),
    delta: t.float({ nullable: true, description: 'Two comparable models: second − first, in points.', resolve: (comparison) => comparison.delta }),
    spread: t.float({ nullable: true, description: 'Three to five comparable models: highest − lowest.', resolve: (comparison) => comparison.spread }),
    advantage: t.float({ nullable: true, description: 'WINNER only: winner − runner-up, in points.', resolve: (comparison) => comparison.advantage }),
    statisticallyTiedOn: t.exposeStringList('statisticallyTiedOn', { description: 'Benchmarks whose overlapping intervals made this a statistical tie.' }),
    differs: t.exposeBoolean('differs'),
  }),
});

const ConfidenceCellRef = builder.objectRef<{ modelId: string; confidence: Confidence | null }>('ConfidenceCell').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    confidence: t.field({ type: ConfidenceEnum, nullable: true, description: 'Null with the overall score.', resolve: (cell) => cell.confidence }),
  }),
});

const WinsTallyRef = builder.objectRef<WinsTally>('WinsTally').implement({
  description: '"2 wins of 5 comparable": wins over the signals whose comparison could decide.',
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    wins: t.exposeInt('wins'),
    comparable: t.exposeInt('comparable'),
    wonSignals: t.field({ type: [ScoreKeyEnum], resolve: (tally) => tally.wonSignals }),
    label: t.string({ resolve: (tally) => `${tally.wins} win${tally.wins === 1 ? '' : 's'} of ${tally.comparable} comparable` }),
  }),
});

const BenchmarkCellRef = builder.objectRef<BenchmarkComparison['cells'][number]>('BenchmarkCell').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    score: t.exposeFloat('score'),
    ciLower: t.float({ nullable: true, resolve: (cell) => cell.ciLower }),
    ciUpper: t.float({ nullable: true, resolve: (cell) => cell.ciUpper }),
  }),
});

const BenchmarkComparisonRef = builder.objectRef<BenchmarkComparison>('BenchmarkComparison').implement({
  description: 'A benchmark every compared model has a result on, with raw scores as the source gives them.',
  fields: (t) => ({
    benchmarkId: t.exposeString('benchmarkId'),
    benchmarkName: t.exposeString('benchmarkName'),
    metric: t.exposeString('metric'),
    higherIsBetter: t.exposeBoolean('higherIsBetter'),
    cells: t.field({ type: [BenchmarkCellRef], resolve: (comparison) => comparison.cells }),
    outcome: t.field({ type: OutcomeEnum, resolve: (comparison) => comparison.outcome }),
    winnerModelId: t.exposeString('winnerModelId', { nullable: true }),
    delta: t.float({ nullable: true, resolve: (comparison) => comparison.delta }),
    spread: t.float({ nullable: true, resolve: (comparison) => comparison.spread }),
    differs: t.exposeBoolean('differs'),
  }),
});

const CapabilityCellRef = builder.objectRef<CapabilityRow['cells'][number]>('CapabilityCell').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    value: t.boolean({ nullable: true, description: 'null: the sources do not say.', resolve: (cell) => cell.value }),
  }),
});

const CapabilityRowRef = builder.objectRef<CapabilityRow>('CapabilityRow').implement({
  fields: (t) => ({
    capability: t.field({ type: CapabilityEnum, resolve: (row) => row.capability }),
    cells: t.field({ type: [CapabilityCellRef], resolve: (row) => row.cells }),
    differs: t.exposeBoolean('differs'),
  }),
});

/** A parameter row; values are shown as text with their unit so one GraphQL type serves every row. */
interface ParameterRowView {
  parameter: keyof ParameterTable;
  row: ParameterRow<unknown>;
}

const ParameterCellRef = builder.objectRef<ParameterCell<unknown>>('ParameterCell').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    value: t.string({
      nullable: true,
      description: 'Numbers in the row’s unit, dates as YYYY-MM(-DD), flags as true/false, lists comma-separated.',
      resolve: (cell) => (cell.value === null ? null : Array.isArray(cell.value) ? cell.value.join(', ') : String(cell.value)),
    }),
    numericValue: t.float({ nullable: true, resolve: (cell) => (typeof cell.value === 'number' ? cell.value : null) }),
    reason: t.field({ type: NullReasonEnum, nullable: true, resolve: (cell) => cell.reason }),
  }),
});

const ParameterEnum = builder.enumType('ComparedParameter', {
  values: ['contextTokens', 'maxOutputTokens', 'openWeights', 'releaseDate', 'knowledgeCutoff', 'inputModalities', 'outputModalities'] as const,
});

const ParameterRowRef = builder.objectRef<ParameterRowView>('ParameterRow').implement({
  fields: (t) => ({
    parameter: t.field({ type: ParameterEnum, resolve: (view) => view.parameter }),
    unit: t.string({ nullable: true, resolve: (view) => view.row.unit }),
    cells: t.field({ type: [ParameterCellRef], resolve: (view) => view.row.cells }),
    differs: t.boolean({ resolve: (view) => view.row.differs }),
  }),
});

const SavingsRef = builder.objectRef<Savings>('Savings').implement({
  fields: (t) => ({
    monthly: t.field({ type: MoneyRef, resolve: (savings) => savings.monthly }),
    yearly: t.field({ type: MoneyRef, description: 'Exactly 12 × monthly.', resolve: (savings) => savings.yearly }),
    percent: t.float({ nullable: true, resolve: (savings) => savings.percent }),
  }),
});

const CostRowRef = builder.objectRef<CostRow>('CostRow').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    estimate: t.field({
      type: CostEstimateRef,
      nullable: true,
      resolve: (row) => (row.estimate ? { ...row.estimate, asOf: null, priceSince: null } : null),
    }),
    noEstimateReason: t.string({ nullable: true, resolve: (row) => row.noEstimate?.message ?? null }),
    baselineModelId: t.exposeString('baselineModelId', { nullable: true }),
    savings: t.field({ type: SavingsRef, nullable: true, description: 'Against the baseline; null when not comparable.', resolve: (row) => row.savings }),
    cheaperThanBaseline: t.boolean({ nullable: true, resolve: (row) => row.cheaperThanBaseline }),
    notComparableCause: t.string({
      nullable: true,
      description: 'NO_OFFERING, PRICE_UNKNOWN or DIFFERENT_PRICING_UNITS.',
      resolve: (row) => row.notComparable?.cause ?? null,
    }),
    costPerQualityPoint: t.field({ type: MoneyRef, nullable: true, description: 'Monthly cost ÷ overall score.', resolve: (row) => row.costPerQualityPoint }),
    costPerQualityPointNullReason: t.string({ nullable: true, resolve: (row) => row.costPerQualityPointNullReason }),
  }),
});

const CostComparisonRef = builder.objectRef<CostComparison>('CostComparison').implement({
  fields: (t) => ({
    comparable: t.exposeBoolean('comparable', { description: 'Every model has a known monthly cost in the same pricing units.' }),
    rows: t.field({ type: [CostRowRef], resolve: (costs) => costs.rows }),
  }),
});

const UseCaseEnum = builder.enumType('UseCase', { values: USE_CASES });
const FitLevelEnum = builder.enumType('FitLevel', { values: ['STRONG', 'GOOD', 'FAIR', 'WEAK', 'NOT_SUITABLE'] as const });

const UseCaseReasonRef = builder.objectRef<UseCaseReason>('UseCaseReason').implement({
  description: 'One piece of data behind a use-case fit.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'A signal, CAPABILITY or PEER_GROUP.' }),
    capability: t.field({ type: CapabilityEnum, nullable: true, resolve: (reason) => reason.capability }),
    value: t.string({ nullable: true, resolve: (reason) => (reason.value === null ? null : String(reason.value)) }),
    unit: t.exposeString('unit', { nullable: true }),
    score: t.float({ nullable: true, resolve: (reason) => reason.score }),
    weightPercent: t.exposeFloat('weightPercent'),
    benchmarks: t.exposeStringList('benchmarks'),
  }),
});

const UseCaseFitRef = builder.objectRef<UseCaseFit>('UseCaseFit').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    fit: t.float({ nullable: true, description: '0-100; null when an input is unknown.', resolve: (fit) => fit.fit }),
    level: t.field({ type: FitLevelEnum, nullable: true, resolve: (fit) => fit.level }),
    reasons: t.field({ type: [UseCaseReasonRef], resolve: (fit) => fit.reasons }),
  }),
});

const UseCaseComparisonRef = builder.objectRef<UseCaseComparison>('UseCaseComparison').implement({
  fields: (t) => ({
    useCase: t.field({ type: UseCaseEnum, resolve: (comparison) => comparison.useCase }),
    rule: t.exposeString('rule'),
    fits: t.field({ type: [UseCaseFitRef], resolve: (comparison) => comparison.fits }),
    outcome: t.field({ type: OutcomeEnum, resolve: (comparison) => comparison.outcome }),
    winnerModelId: t.exposeString('winnerModelId', { nullable: true }),
  }),
});

const VerdictKindEnum = builder.enumType('VerdictKind', {
  description: 'Speed and reliability verdicts are absent on purpose: the catalog has no such data.',
  values: VERDICT_KINDS,
});

const VerdictRef = builder.objectRef<Verdict>('Verdict').implement({
  description: '"Best for …": a winner only when the numbers it is based on decide.',
  fields: (t) => ({
    kind: t.field({ type: VerdictKindEnum, resolve: (verdict) => verdict.kind }),
    outcome: t.field({ type: OutcomeEnum, resolve: (verdict) => verdict.outcome }),
    winnerModelId: t.exposeString('winnerModelId', { nullable: true }),
    basedOn: t.exposeString('basedOn', { description: 'The figures compared, as a path into this Comparison.' }),
  }),
});

const SummaryFigureRef = builder.objectRef<SummaryFigure>('SummaryFigure').implement({
  description: 'A number quoted in the summary text, with the path (into this Comparison, as the API returns it) of the field it equals.',
  fields: (t) => ({
    path: t.exposeString('path'),
    value: t.string({ resolve: (figure) => String(figure.value) }),
    text: t.exposeString('text'),
  }),
});

const SummaryRef = builder.objectRef<Comparison['summary']>('ComparisonSummary').implement({
  fields: (t) => ({
    text: t.exposeString('text'),
    figures: t.field({ type: [SummaryFigureRef], resolve: (summary) => summary.figures }),
  }),
});

const PARAMETERS = ['contextTokens', 'maxOutputTokens', 'openWeights', 'releaseDate', 'knowledgeCutoff', 'inputModalities', 'outputModalities'] as const;

export const ComparisonRef = builder.objectRef<Comparison>('Comparison').implement({
  description: 'Two to five models side by side, every figure from one engine: nothing here contradicts anything else here.',
  fields: (t) => ({
    models: t.field({
      type: [ComparedModelRef],
      description: 'In request order; every per-model list follows it.',
      resolve: (comparison) => comparison.models,
    }),
    signals: t.field({ type: [ScoreComparisonRef], resolve: (comparison) => comparison.signals }),
    overall: t.field({ type: ScoreComparisonRef, resolve: (comparison): OverallComparison => comparison.overall }),
    overallConfidence: t.field({
      type: [ConfidenceCellRef],
      resolve: (comparison) =>
        comparison.overall.cells.map((cell, index) => ({ modelId: cell.modelId, confidence: comparison.overall.confidence[index] ?? null })),
    }),
    tally: t.field({ type: [WinsTallyRef], description: 'Wins per model, in model order.', resolve: (comparison) => comparison.tally }),
    benchmarks: t.field({ type: [BenchmarkComparisonRef], resolve: (comparison) => comparison.benchmarks }),
    capabilities: t.field({ type: [CapabilityRowRef], resolve: (comparison) => comparison.capabilities }),
    parameters: t.field({
      type: [ParameterRowRef],
      resolve: (comparison) => PARAMETERS.map((parameter) => ({ parameter, row: comparison.parameters[parameter] as ParameterRow<unknown> })),
    }),
    costs: t.field({ type: CostComparisonRef, resolve: (comparison) => comparison.costs }),
    useCases: t.field({ type: [UseCaseComparisonRef], resolve: (comparison) => comparison.useCases }),
    verdicts: t.field({ type: [VerdictRef], resolve: (comparison) => comparison.verdicts }),
    summary: t.field({ type: SummaryRef, resolve: (comparison) => comparison.summary }),
  }),
});

builder.queryField('compare', (t) =>
  t.field({
    type: ComparisonRef,
    description: 'Compare 2 to 5 models (canonical ids, aliases or global ids) at a usage profile.',
    args: {
      models: t.arg.idList({ required: true, validate: { schema: comparedModelIdsSchema } }),
      usage: t.arg(usageArgOptions),
      offering: t.arg.string({ defaultValue: 'CANONICAL', description: OFFERING_ARG_DESCRIPTION, validate: { minLength: 1, maxLength: 200 } }),
    },
    resolve: async (_root, args, context) => {
      const requestedIds = args.models.map(String);
      const found = await Promise.all(requestedIds.map((id) => context.loaders.modelById.load(catalogKey(id, 'Model'))));
      const errors = validateModelReferences(requestedIds.map((requestedId, index) => ({ requestedId, resolvedId: found[index]?.id ?? null })));
      if (errors.length > 0) throw badUserInput(errors[0]!.argument, errors[0]!.message, { problems: errors });
      const models = found as Model[];
      const [scores, costs] = await Promise.all([
        Promise.all(models.map((model) => context.loaders.scoreByModelId.load(model.id))),
        Promise.all(models.map((model) => quoteForModel(context, model, args.offering ?? 'CANONICAL', args.usage, null))),
      ]);
      // Scores are written with the catalog version they belong to, before it becomes current.
      if (scores.some((score) => score === null)) throw new Error(`catalog version without score snapshots`);
      return compareModels({
        models: models.map((model, index) => ({
          requestedId: requestedIds[index]!,
          model,
          score: scores[index]!.score,
          cohort: scores[index]!.cohort,
          cost: costs[index]!.ok ? { ok: true, estimate: costs[index]!.estimate } : costs[index]!,
        })),
      });
    },
  }),
);
