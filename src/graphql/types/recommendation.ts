import type { CostEstimate } from '../../domain/cost/types.ts';
import { MAX_CANDIDATES } from '../../domain/recommend/recommend.ts';
import {
  type Candidate,
  CONSTRAINT_NAMES,
  type ConstraintFailure,
  type NearMiss,
  REASON_KINDS,
  type Reason,
  type ReasonFigure,
  type Recommendation,
  type SENSITIVITY_KINDS,
  type Sensitivity,
} from '../../domain/recommend/types.ts';
import { recommendation } from '../../services/recommend.ts';
import { usageArg } from '../args.ts';
import { builder } from '../builder.ts';
import { orThrow } from '../errors.ts';
import { CapabilityEnum } from './capabilities.ts';
import { FitLevelEnum, UseCaseEnum } from './comparison/use-cases.ts';
import { CostCrossoverRef, CrossoverVariableEnum } from './cost-crossover.ts';
import { CostEstimateRef } from './cost-estimate.ts';
import { ModalityEnum, PeerGroupEnum } from './enums.ts';
import { ModelRef } from './model.ts';
import { ConfidenceEnum } from './model-scores.ts';
import { MoneyRef } from './money.ts';
import { OfferingRef } from './offering.ts';
import { ScoreIntervalRef } from './signal-score.ts';

const undated = (estimate: CostEstimate) => ({ ...estimate, asOf: null, priceSince: null });

const RecommendConstraintsInput = builder.inputType('RecommendConstraints', {
  description: 'Every given constraint must hold. Unknown never satisfies one: an unknown capability, context window, licence or price fails it.',
  fields: (t) => ({
    maxMonthlyUsd: t.float({ description: 'The monthly cost at the chosen offering, at most this many USD.', validate: { min: 0, max: 1_000_000_000 } }),
    minContextTokens: t.int({ description: 'The chosen offering’s context window, at least this many tokens.', validate: { min: 0 } }),
    capabilities: t.field({ type: [CapabilityEnum], description: 'Has all of these (known to be true).' }),
    inputModalities: t.field({ type: [ModalityEnum], description: 'Accepts all of these inputs.' }),
    outputModalities: t.field({ type: [ModalityEnum], description: 'Produces all of these outputs.' }),
    openWeights: t.boolean({ description: 'Open (true) or closed (false) weights.' }),
    providers: t.stringList({ description: 'Priced only at offerings of these providers (slugs).', validate: { maxLength: 50 } }),
    labs: t.stringList({ description: 'Made by one of these labs (slugs).', validate: { maxLength: 50 } }),
    excludeLabs: t.stringList({ description: 'Not made by any of these labs (slugs).', validate: { maxLength: 50 } }),
  }),
});

const ReasonKindEnum = builder.enumType('ReasonKind', { values: REASON_KINDS });
const ConstraintEnum = builder.enumType('RecommendConstraint', {
  description:
    'A constraint of RecommendConstraints; PAY_PER_USE_PRICE: no offering prices the usage per use; REQUEST_FITS_LIMITS: the request per call is larger than every offering’s context window or maximum output.',
  values: CONSTRAINT_NAMES,
});
const SensitivityKindEnum = builder.enumType('SensitivityKind', {
  values: {
    BUDGET_REACHED: { description: 'Beyond `at`, the first choice costs more than the budget.' },
    TIED_CANDIDATE_CHEAPER: { description: 'At `at`, a candidate statistically tied with the first choice becomes, or stops being, the cheaper of the two.' },
  } satisfies Record<(typeof SENSITIVITY_KINDS)[number], { description: string }>,
});

const ReasonFigureRef = builder.objectRef<ReasonFigure>('ReasonFigure').implement({
  description: 'A figure a reason cites, with its unit.',
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeFloat('value'), unit: t.exposeString('unit') }),
});

const ReasonRef = builder.objectRef<Reason>('Reason').implement({
  description: 'Why a candidate is where it is, in a sentence, with the figures it cites.',
  fields: (t) => ({
    kind: t.field({ type: ReasonKindEnum, resolve: (reason) => reason.kind }),
    text: t.exposeString('text'),
    figures: t.field({ type: [ReasonFigureRef], resolve: (reason) => reason.figures }),
  }),
});

const CandidateRef = builder.objectRef<Candidate>('Candidate').implement({
  description: 'A recommended model at its cheapest offering that meets every constraint at this usage.',
  fields: (t) => ({
    rank: t.exposeInt('rank'),
    model: t.field({ type: ModelRef, resolve: (candidate) => candidate.model }),
    offering: t.field({ type: OfferingRef, resolve: (candidate) => candidate.offering }),
    monthlyCost: t.field({
      type: MoneyRef,
      description: 'Equal to costEstimate(model, offering, usage).monthly.',
      resolve: (candidate) => candidate.estimate.monthly!,
    }),
    costEstimate: t.field({ type: CostEstimateRef, description: 'The whole estimate at this offering.', resolve: (candidate) => undated(candidate.estimate) }),
    fit: t.exposeFloat('fit', { description: 'The use-case fit (0-100).' }),
    fitLevel: t.field({ type: FitLevelEnum, resolve: (candidate) => candidate.fitLevel }),
    fitInterval: t.field({ type: ScoreIntervalRef, resolve: (candidate) => candidate.fitInterval }),
    score: t.float({ nullable: true, description: 'The overall score in the use case’s peer group.', resolve: (candidate) => candidate.score }),
    interval: t.field({ type: ScoreIntervalRef, nullable: true, description: 'The overall score’s 95% interval.', resolve: (candidate) => candidate.interval }),
    confidence: t.field({ type: ConfidenceEnum, nullable: true, resolve: (candidate) => candidate.confidence }),
    tiedWithFirst: t.exposeBoolean('tiedWithFirst', {
      description: 'The evidence cannot order its fit against the first choice’s: the 95% interval of the difference contains 0 (false for the first choice).',
    }),
    reasons: t.field({ type: [ReasonRef], resolve: (candidate) => candidate.reasons }),
  }),
});

const ConstraintFailureRef = builder.objectRef<ConstraintFailure>('ConstraintFailure').implement({
  fields: (t) => ({
    constraint: t.field({ type: ConstraintEnum, resolve: (failure) => failure.constraint }),
    text: t.exposeString('text', { description: 'What fails and by how much, e.g. "$412.00 a month, $112.00 over the $300.00 budget".' }),
    required: t.float({ nullable: true, resolve: (failure) => failure.required }),
    actual: t.float({ nullable: true, resolve: (failure) => failure.actual }),
    unit: t.exposeString('unit', { nullable: true }),
  }),
});

const NearMissRef = builder.objectRef<NearMiss>('NearMiss').implement({
  description: 'A model that would rank among the candidates but fails a constraint.',
  fields: (t) => ({
    model: t.field({ type: ModelRef, resolve: (miss) => miss.model }),
    fit: t.exposeFloat('fit'),
    score: t.float({ nullable: true, resolve: (miss) => miss.score }),
    monthlyCost: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'At its cheapest allowed offering, where one prices the usage.',
      resolve: (miss) => miss.estimate?.monthly ?? null,
    }),
    failed: t.field({ type: [ConstraintFailureRef], resolve: (miss) => miss.failed }),
  }),
});

const SensitivityRef = builder.objectRef<Sensitivity>('Sensitivity').implement({
  description: 'Where the answer changes as one usage variable moves, the others held.',
  fields: (t) => ({
    kind: t.field({ type: SensitivityKindEnum, resolve: (point) => point.kind }),
    variable: t.field({ type: CrossoverVariableEnum, resolve: (point) => point.variable }),
    at: t.exposeFloat('at'),
    modelId: t.exposeString('modelId', { description: 'The first choice.' }),
    otherModelId: t.exposeString('otherModelId', { nullable: true }),
    crossover: t.field({ type: CostCrossoverRef, nullable: true, resolve: (point) => point.crossover }),
    text: t.exposeString('text'),
  }),
});

const RecommendationRef = builder.objectRef<Recommendation>('Recommendation').implement({
  description: 'Which model to use for a use case at a usage, within constraints, and why.',
  fields: (t) => ({
    useCase: t.field({ type: UseCaseEnum, resolve: (answer) => answer.useCase }),
    peerGroup: t.field({ type: PeerGroupEnum, resolve: (answer) => answer.peerGroup }),
    candidates: t.field({
      type: [CandidateRef],
      description: 'Best first: by fit, then overall score, then monthly cost.',
      resolve: (answer) => answer.candidates,
    }),
    nearMisses: t.field({ type: [NearMissRef], description: 'The best models left out, each with what it fails.', resolve: (answer) => answer.nearMisses }),
    sensitivity: t.field({ type: [SensitivityRef], resolve: (answer) => answer.sensitivity }),
    assumptions: t.exposeStringList('assumptions'),
  }),
});

builder.queryField('recommend', (t) =>
  t.field({
    type: RecommendationRef,
    description:
      'Which model should I use? The best models for a use case at this usage that meet every constraint, each at its cheapest offering, with reasons.',
    // The operation-cost rule's figures (npm run bench:cost): it prices the whole peer group, about 18 ms of CPU.
    extensions: { cost: 6_000, maxPageSize: MAX_CANDIDATES },
    args: {
      useCase: t.arg({ type: UseCaseEnum, required: true }),
      usage: t.arg(usageArg),
      constraints: t.arg({ type: RecommendConstraintsInput }),
      first: t.arg.int({
        defaultValue: 5,
        required: true,
        description: `Candidates wanted, 1 to ${MAX_CANDIDATES}.`,
        validate: { min: 1, max: MAX_CANDIDATES },
      }),
    },
    resolve: async (_root, args, context) => orThrow(await recommendation(context, args)),
  }),
);
