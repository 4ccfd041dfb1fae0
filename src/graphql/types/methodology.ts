import { METHODOLOGY, renderMethodologyMarkdown, type SignalMethod } from '../../domain/scoring/methodology.ts';
import { SIGNAL_NAMES, type SignalName } from '../../domain/scoring/types.ts';
import { type MethodologyRule, methodologyRules } from '../../services/methodology-rules.ts';
import { builder } from '../builder.ts';
import { orThrow } from '../errors.ts';
import { SignalEnum } from './signal-score.ts';

type Methodology = typeof METHODOLOGY;

const SignalMethodologyRef = builder.objectRef<SignalMethod & { signal: SignalName }>('SignalMethodology').implement({
  fields: (t) => ({
    signal: t.field({ type: SignalEnum, resolve: (method) => method.signal }),
    name: t.exposeString('name'),
    formula: t.exposeString('formula'),
    normalisation: t.exposeString('normalisation'),
    comparedWithin: t.exposeString('comparedWithin'),
    whenNull: t.exposeString('whenNull'),
    why: t.exposeString('why'),
  }),
});

const SignalWeightRef = builder.objectRef<{ signal: SignalName; weightPercent: number }>('SignalWeight').implement({
  fields: (t) => ({
    signal: t.field({ type: SignalEnum, resolve: (weight) => weight.signal }),
    weightPercent: t.exposeFloat('weightPercent'),
  }),
});

const MethodologyRuleRef = builder.objectRef<MethodologyRule>('MethodologyRule').implement({
  description: 'One rule of the cost engine, the comparison or the which-model answers, in words (the README prints the same text).',
  fields: (t) => ({ area: t.exposeString('area'), name: t.exposeString('name'), rule: t.exposeString('rule') }),
});

const MethodologyRef = builder.objectRef<Methodology>('Methodology').implement({
  description: 'How every score is computed: the same data the engine runs on, and the README’s methodology section.',
  fields: (t) => ({
    version: t.exposeString('version'),
    signals: t.field({
      type: [SignalMethodologyRef],
      resolve: (methodology) => SIGNAL_NAMES.map((signal) => ({ signal, ...methodology.signals[signal] })),
    }),
    overallFormula: t.string({ resolve: (methodology) => methodology.overall.formula }),
    overallWeights: t.field({
      type: [SignalWeightRef],
      resolve: (methodology) =>
        Object.entries(methodology.overall.weights).map(([signal, weight]) => ({
          signal: signal as SignalName,
          weightPercent: Math.round(weight * 1000) / 10,
        })),
    }),
    missingSignalRule: t.string({ resolve: (methodology) => methodology.overall.missingTiebreaker }),
    noBenchmarksRule: t.string({ resolve: (methodology) => methodology.overall.noBenchmarks }),
    confidenceRule: t.string({ resolve: (methodology) => methodology.confidence.rule }),
    cohortRules: t.stringList({ resolve: (methodology) => [...methodology.cohort] }),
    peerGroupRules: t.stringList({ resolve: (methodology) => [...methodology.peerGroups] }),
    rankingPriceRule: t.string({ resolve: (methodology) => methodology.rankingPrice.rule }),
    rankingPriceFormula: t.string({ resolve: (methodology) => methodology.rankingPrice.formula }),
    pricePlausibilityRule: t.string({
      description: 'When a pay-per-use price is suspect (never cheapest, never a ranking price), and its threshold.',
      resolve: (methodology) => methodology.rankingPrice.plausibility,
    }),
    rankRules: t.stringList({ resolve: (methodology) => Object.values(methodology.ranks) }),
    statisticalTies: t.exposeString('statisticalTies'),
    explanation: t.exposeString('explanation'),
    rounding: t.exposeString('rounding'),
    rules: t.field({
      type: [MethodologyRuleRef],
      description:
        'The rules of costs, comparisons and the which-model answers; with `area` and/or `name`, only those (an area or name no rule has is BAD_USER_INPUT).',
      args: {
        area: t.arg.string({ description: 'e.g. `cost`, `comparison`, `comparison.verdicts`, `whichModel`.' }),
        name: t.arg.string({ description: 'e.g. `leaderboardTies` (names are unique within an area).' }),
      },
      resolve: (_methodology, { area, name }) => orThrow(methodologyRules(area, name)),
    }),
    markdown: t.string({ description: 'The whole methodology as Markdown (the README section is this text).', resolve: () => renderMethodologyMarkdown() }),
  }),
});

builder.queryField('methodology', (t) =>
  t.field({ type: MethodologyRef, description: 'The scoring methodology: version, every formula, weight and rule.', resolve: () => METHODOLOGY }),
);
