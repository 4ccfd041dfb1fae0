/**
 * Use-case fit: each use case is a written rule over data the catalog and the scoring engine
 * already hold — a gate (peer group, sometimes a capability) and a weighted mean of signals and
 * capability flags. No judgement is added here that the rule does not state.
 */
import type { PeerGroup } from '../catalog.ts';
import { roundScore } from '../rounding.ts';
import { EVIDENCE_PRIOR_KEY } from '../scoring/signals/benchmarks.ts';
import type { SignalName } from '../scoring/types.ts';
import { byModelId, decide, higherIsBetter } from './decide.ts';
import type { PreparedComparedModel } from './prepare.ts';
import type { ComparedModelInput, FitLevel, UseCase, UseCaseCapability, UseCaseComparison, UseCaseFit, UseCaseReason } from './types.ts';
import { USE_CASES } from './types.ts';

type Component = { kind: 'SIGNAL'; signal: SignalName; weightPercent: number } | { kind: 'CAPABILITY'; capability: UseCaseCapability; weightPercent: number };

export interface UseCaseRule {
  rule: string;
  /**
   * Only models of this peer group qualify: the signals a fit is made of are normalised per peer
   * group, so a fit is only meaningful among models of one group.
   */
  peerGroup: PeerGroup;
  /** A flag the use case cannot do without (false: NOT_SUITABLE; unknown: no fit). */
  requires: UseCaseCapability | null;
  /** Weights sum to 100. */
  components: Component[];
}

const signal = (name: SignalName, weightPercent: number): Component => ({ kind: 'SIGNAL', signal: name, weightPercent });
const flag = (capability: UseCaseCapability, weightPercent: number): Component => ({ kind: 'CAPABILITY', capability, weightPercent });

export const USE_CASE_RULES: Record<UseCase, UseCaseRule> = {
  CODE_GENERATION: {
    rule: 'Text models. 60% Benchmarks + 20% Context window + 10% Output capacity + 10% function calling (100 if supported, 0 if not).',
    peerGroup: 'TEXT',
    requires: null,
    components: [signal('BENCHMARKS', 60), signal('CONTEXT_WINDOW', 20), signal('OUTPUT_CAPACITY', 10), flag('functionCalling', 10)],
  },
  SUPPORT_CHATBOT: {
    rule: 'Text models. 40% Pricing + 40% Benchmarks + 20% function calling: many short conversations that must be cheap, good, and able to call tools.',
    peerGroup: 'TEXT',
    requires: null,
    components: [signal('PRICING', 40), signal('BENCHMARKS', 40), flag('functionCalling', 20)],
  },
  LONG_DOCUMENTS: {
    rule: 'Text models. 60% Context window + 25% Benchmarks + 15% PDF input.',
    peerGroup: 'TEXT',
    requires: null,
    components: [signal('CONTEXT_WINDOW', 60), signal('BENCHMARKS', 25), flag('pdfInput', 15)],
  },
  BATCH_EXTRACTION: {
    rule: 'Text models. 40% Pricing + 30% Benchmarks + 20% structured output + 10% Context window: high volume, machine-readable answers that must be cheap and right.',
    peerGroup: 'TEXT',
    requires: null,
    components: [signal('PRICING', 40), signal('BENCHMARKS', 30), flag('structuredOutput', 20), signal('CONTEXT_WINDOW', 10)],
  },

  CREATIVE_WRITING: {
    rule: 'Text models. 60% Benchmarks + 30% Output capacity + 10% Recency.',
    peerGroup: 'TEXT',
    requires: null,
    components: [signal('BENCHMARKS', 60), signal('OUTPUT_CAPACITY', 30), signal('RECENCY', 10)],
  },
  IMAGE_UNDERSTANDING: {
    rule: 'Text models with vision input (required). 60% Benchmarks + 20% Context window + 20% Pricing.',
    peerGroup: 'TEXT',
    requires: 'visionInput',
    components: [signal('BENCHMARKS', 60), signal('CONTEXT_WINDOW', 20), signal('PRICING', 20)],
  },
  IMAGE_GENERATION: {
    rule: 'Image generation models. 70% Benchmarks + 30% Recency. Pricing is left out: image models are priced per image or per token, and the two scales do not mix.',
    peerGroup: 'IMAGE_GENERATION',
    requires: null,
    components: [signal('BENCHMARKS', 70), signal('RECENCY', 30)],
  },
};

/** Lowest fit of each level; a failed gate is NOT_SUITABLE (fit 0) whatever the number says. */
export const FIT_LEVEL_THRESHOLDS = { STRONG: 75, GOOD: 50, FAIR: 25, WEAK: 0 } as const satisfies Partial<Record<FitLevel, number>>;

function levelOf(fit: number): FitLevel {
  if (fit >= FIT_LEVEL_THRESHOLDS.STRONG) return 'STRONG';
  if (fit >= FIT_LEVEL_THRESHOLDS.GOOD) return 'GOOD';
  return fit >= FIT_LEVEL_THRESHOLDS.FAIR ? 'FAIR' : 'WEAK';
}

/** What a fit is worked out from: the model and its score in one peer group. */
export type FitInput = Pick<ComparedModelInput, 'model' | 'score' | 'cohort'>;

interface Figure {
  value: UseCaseReason['value'];
  unit: string | null;
}

/** The raw figure behind a signal, so that a reason cites data (400000 tokens), not only points. */
function signalFigure({ model, score, cohort }: FitInput, name: SignalName): Figure {
  switch (name) {
    case 'CONTEXT_WINDOW':
      return { value: model.limits.contextTokens.tokens, unit: 'tokens' };
    case 'OUTPUT_CAPACITY':
      return { value: model.limits.maxOutputTokens.tokens, unit: 'tokens' };
    case 'RECENCY':
      return { value: model.releaseDate, unit: 'release date' };
    case 'PRICING':
      return { value: cohort.price?.amountUsd ?? null, unit: cohort.price?.unit ?? null };
    case 'BENCHMARKS':
    case 'CAPABILITIES':
      return { value: score.signals[name].value, unit: 'points' };
  }
}

function capabilityReason(input: FitInput, capability: UseCaseCapability, weightPercent: number): UseCaseReason {
  const value = input.model.capabilities[capability];
  return { code: 'CAPABILITY', capability, value, unit: null, score: value === null ? null : value ? 100 : 0, weightPercent, benchmarks: [] };
}

function componentReason(input: FitInput, component: Component): UseCaseReason {
  if (component.kind === 'CAPABILITY') return capabilityReason(input, component.capability, component.weightPercent);
  const { value, unit } = signalFigure(input, component.signal);
  return {
    code: component.signal,
    capability: null,
    value,
    unit,
    score: input.score.signals[component.signal].value,
    weightPercent: component.weightPercent,
    benchmarks:
      component.signal === 'BENCHMARKS'
        ? input.score.signals.BENCHMARKS.contributions.filter((part) => part.key !== EVIDENCE_PRIOR_KEY).map((part) => part.label)
        : [],
  };
}

function fitOf(input: FitInput, rule: UseCaseRule): UseCaseFit {
  const modelId = input.model.id;
  if (input.model.peerGroup !== rule.peerGroup) {
    const reason: UseCaseReason = {
      code: 'PEER_GROUP',
      capability: null,
      value: input.model.peerGroup,
      unit: null,
      score: 0,
      weightPercent: 0,
      benchmarks: [],
    };
    return { modelId, fit: 0, level: 'NOT_SUITABLE', reasons: [reason] };
  }
  const reasons: UseCaseReason[] = [];
  if (rule.requires !== null) {
    const gate = capabilityReason(input, rule.requires, 0);
    if (gate.value === false) return { modelId, fit: 0, level: 'NOT_SUITABLE', reasons: [gate] };
    reasons.push(gate);
  }
  // Unknown is not zero: one unknown input (an unknown gate included) and there is no fit to claim.
  let known = reasons.length === 0 || reasons[0]!.value !== null;
  let points = 0;
  for (const component of rule.components) {
    const reason = componentReason(input, component);
    reasons.push(reason);
    if (reason.value === null || reason.score === null) known = false;
    else points += (reason.score * reason.weightPercent) / 100;
  }
  if (!known) return { modelId, fit: null, level: null, reasons };
  const fit = roundScore(points);
  return { modelId, fit, level: levelOf(fit), reasons };
}

const fitValue = ({ fit }: UseCaseFit): number | null => fit;

/** A model's fit for one use case, as a member of the use case's peer group (`model.peerGroup` names the group it is scored in). */
export const useCaseFit = (input: FitInput, useCase: UseCase): UseCaseFit => fitOf(input, USE_CASE_RULES[useCase]);

const REASON_WORDS: Record<UseCaseReason['code'], string> = {
  CAPABILITIES: 'capabilities',
  PRICING: 'price',
  CONTEXT_WINDOW: 'context window',
  RECENCY: 'release date',
  OUTPUT_CAPACITY: 'maximum output',
  BENCHMARKS: 'benchmark results',
  CAPABILITY: 'a capability flag',
  PEER_GROUP: 'peer group',
};

/** Why a model has no fit: the inputs of the rule it has no data for (null when it has one). */
export function missingInputs(fit: UseCaseFit): string | null {
  if (fit.fit !== null) return null;
  const missing = fit.reasons
    .filter((reason) => reason.value === null || reason.score === null)
    .map((reason) => (reason.code === 'CAPABILITY' && reason.capability ? `${reason.capability} flag` : REASON_WORDS[reason.code]));
  return missing.length === 0 ? 'no fit' : `no fit (unknown: ${[...new Set(missing)].join(', ')})`;
}

/** A model's fit for every use case, in `USE_CASES` order: its own data only, so worked out once per model. */
export const prepareUseCaseFits = (input: ComparedModelInput): UseCaseFit[] => USE_CASES.map((useCase) => fitOf(input, USE_CASE_RULES[useCase]));

const NOBODY: UseCaseComparison['leftOut'] = [];

export function compareUseCases(models: readonly PreparedComparedModel[]): UseCaseComparison[] {
  return USE_CASES.map((useCase, index) => {
    const fits = models.map(({ useCaseFits }) => useCaseFits[index]!);
    const decision = decide(fits, fitValue, higherIsBetter);
    const leftOut =
      decision.leftOut.length === 0
        ? NOBODY
        : byModelId(decision.leftOut.map((at) => ({ modelId: fits[at]!.modelId, reason: models[at]!.useCaseMissing[index] ?? 'no fit' })));
    return {
      useCase,
      rule: USE_CASE_RULES[useCase].rule,
      fits,
      outcome: decision.outcome,
      winnerModelId: decision.winnerIndex === null ? null : fits[decision.winnerIndex]!.modelId,
      leftOut,
    };
  });
}
