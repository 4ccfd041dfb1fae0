/**
 * The scoring methodology as data: the single source of every weight, parameter and formula. The
 * engine reads its parameters from here, the API serves this object as it is, and
 * `renderMethodologyMarkdown` writes the README section from it, so the three cannot drift apart.
 */
import { type CapabilityName, PEER_GROUPS, type PeerGroup } from '../catalog.ts';
import { DEFAULT_INPUT_SHARE } from '../cost/usage.ts';
import { SCORE_DECIMALS } from '../rounding.ts';
import type { PricingUnit, SignalName } from './types.ts';

const OVERALL_WEIGHTS = { BENCHMARKS: 0.9, CAPABILITIES: 0.05, CONTEXT_WINDOW: 0.05 } as const;
// The cost engine's default usage mix, so a ranking price and a default estimate blend alike.
const BLEND = { input: DEFAULT_INPUT_SHARE, output: Math.round((1 - DEFAULT_INPUT_SHARE) * 10) / 10 } as const;
const RECENCY_HALF_LIFE_DAYS = 365;
/**
 * Thresholds on coverage (benchmarks the model has / the peer group's set). Set from the real data:
 * the TEXT set holds ~48 benchmarks and the best-covered models have 11-13 of them.
 */
const CONFIDENCE_MIN_COVERAGE = { HIGH: 0.25, MEDIUM: 0.1 } as const;
/** The score of the one pseudo-benchmark every model's Benchmarks mean starts with (the scale's middle). */
const BENCHMARK_PRIOR_SCORE = 50;

/** Capability flags that count towards the Capabilities signal (see `signals.CAPABILITIES.why`). */
const SCORED_CAPABILITIES: readonly CapabilityName[] = [
  'visionInput',
  'audioInput',
  'pdfInput',
  'functionCalling',
  'structuredOutput',
  'reasoning',
  'webSearch',
  'imageOutput',
];

/** Ranking-price units a peer group is priced in, in order of preference. */
const PRICING_UNITS_BY_GROUP: Record<PeerGroup, readonly PricingUnit[]> = {
  TEXT: ['USD_PER_MTOK_BLENDED'],
  IMAGE_GENERATION: ['USD_PER_IMAGE', 'USD_PER_MTOK_BLENDED'],
  EMBEDDING: ['USD_PER_MTOK_INPUT'],
  AUDIO: ['USD_PER_MTOK_BLENDED'],
  VIDEO_GENERATION: ['USD_PER_MTOK_BLENDED'],
};

const pct = (share: number): string => `${Math.round(share * 1000) / 10}%`;

export interface SignalMethod {
  name: string;
  formula: string;
  normalisation: string;
  comparedWithin: string;
  whenNull: string;
  why: string;
}

export const METHODOLOGY = {
  version: '2026.11.0',
  parameters: {
    overallWeights: OVERALL_WEIGHTS,
    blend: BLEND,
    recencyHalfLifeDays: RECENCY_HALF_LIFE_DAYS,
    confidenceMinCoverage: CONFIDENCE_MIN_COVERAGE,
    benchmarkPriorScore: BENCHMARK_PRIOR_SCORE,
    scoredCapabilities: SCORED_CAPABILITIES,
    pricingUnitsByGroup: PRICING_UNITS_BY_GROUP,
    scoreDecimals: SCORE_DECIMALS,
  },
  cohort: [
    'The cohort at an as-of date is every model known then: released on or before the as-of date, listed by at least one offering in the catalog as it stood then, or ranked by a benchmark result dated on or before it (a model known only from a leaderboard).',
    'A benchmark result counts when its date (or, undated, its observation date) is on or before the as-of date; of several results of one benchmark for one model, the latest counts, and of those of one day the default configuration (not a reasoning budget or a precision), then the latest release.',
    'Deprecated offerings and offerings not mapped to a model with certainty are ignored: they neither list, price nor count towards the adoption of a model.',
  ],
  peerGroups: [
    `Peer groups: ${PEER_GROUPS.join(', ')}. Pricing, Context window, Output capacity and Benchmarks are normalised within the model's peer group; Pricing additionally only within one pricing unit.`,
    "A peer group's benchmark set is every benchmark on which at least two models of the group have different scores at the as-of date; a benchmark only one model has cannot be normalised and is left out.",
    'Overall and quality ranks are given within the peer group only: benchmark scores are normalised per group, so an 80 in one group says nothing against an 80 in another. Adoption (a provider count) is ranked within the peer group and among all models.',
    'A model is in every peer group its outputs put it in (text and images: TEXT and IMAGE_GENERATION), and is scored and ranked in each as a member of that group; its primary group (the first) is the one its score history follows. Among all models it counts once.',
  ],
  rankingPrice: {
    rule: `The price a model is ranked on comes from its canonical (lab) offering when that is pay-per-use with a usable price, else from its cheapest pay-per-use offering with a usable price (ties: lowest offering id). Subscription plans, self-hosted runtimes and free tiers never price a model. Units by peer group (first usable wins): ${PEER_GROUPS.map((g) => `${g}: ${PRICING_UNITS_BY_GROUP[g].join(' then ')}`).join('; ')}.`,
    formula: `USD_PER_MTOK_BLENDED = ${BLEND.input} × input + ${BLEND.output} × output (USD per million tokens, both prices required); USD_PER_MTOK_INPUT = input; USD_PER_IMAGE = price per generated image.`,
  },
  signals: {
    CAPABILITIES: {
      name: 'Capabilities',
      formula: 'capabilities = 100 × (scored flags that are true) / (scored flags that are known)',
      normalisation: `Absolute (not cohort-relative). Scored flags: ${SCORED_CAPABILITIES.join(', ')}.`,
      comparedWithin: 'none (absolute)',
      whenNull: 'UNKNOWN when none of the scored flags is known. An unknown flag is left out, never read as false.',
      why: 'Attachments and temperature are left out: the first duplicates the input-modality flags, the second is a sampling knob, not a capability.',
    },
    PRICING: {
      name: 'Pricing',
      formula:
        'pricing = 100 × (ln p_max − ln max(p, p_min)) / (ln p_max − ln p_min), where p is the ranking price, p_min the lowest non-zero and p_max the highest ranking price in the group; 100 when p_max = p_min or no price in the group is above 0',
      normalisation:
        'Log scale (prices span four orders of magnitude), cheaper is better. A free model is clamped to p_min: it scores 100 like the cheapest paid model, not more.',
      comparedWithin: 'peer group × pricing unit',
      whenNull: 'UNKNOWN when no pay-per-use offering gives a usable price. Unknown is never 0 and never the cheapest.',
      why: 'Min-max on the logarithm keeps a $0.10 and a $0.20 model as far apart as a $10 and a $20 one.',
    },
    CONTEXT_WINDOW: {
      name: 'Context window',
      formula:
        'context = 100 × (ln c − ln c_min) / (ln c_max − ln c_min), c = context window in tokens, c_min and c_max over the group; 100 when c_max = c_min',
      normalisation: 'Log scale, more is better.',
      comparedWithin: 'peer group',
      whenNull: 'NOT_APPLICABLE when the limit does not apply (e.g. image generation; a source limit of 0 means this), UNKNOWN when it is not known.',
      why: 'Doubling from 8K to 16K tokens matters as much as from 500K to 1M.',
    },
    RECENCY: {
      name: 'Recency',
      formula: `recency = 100 × 0.5 ^ (age_days / ${RECENCY_HALF_LIFE_DAYS}), age_days = max(0, as-of date − release date)`,
      normalisation: `Absolute exponential decay with a half-life of ${RECENCY_HALF_LIFE_DAYS} days: released on the as-of date = 100, one year before = 50, two years = 25.`,
      comparedWithin: 'none (absolute)',
      whenNull: 'UNKNOWN when the release date is not known.',
      why: 'Absolute, so that a model’s recency does not jump when an older model enters or leaves the catalog.',
    },
    OUTPUT_CAPACITY: {
      name: 'Output capacity',
      formula: 'output = 100 × (ln o − ln o_min) / (ln o_max − ln o_min), o = max output tokens, o_min and o_max over the group; 100 when o_max = o_min',
      normalisation: 'Log scale, more is better.',
      comparedWithin: 'peer group',
      whenNull: 'NOT_APPLICABLE when the limit does not apply (a source limit of 0 means this), UNKNOWN when it is not known.',
      why: 'Same reasoning as the context window.',
    },
    BENCHMARKS: {
      name: 'Benchmarks',
      formula: `norm_b = 100 × (s_b − min_b) / (max_b − min_b) per benchmark b of the set (reversed when lower is better); benchmarks = (sum of the rounded norm_b over the n benchmarks the model has + ${BENCHMARK_PRIOR_SCORE}) / (n + 1); coverage = n / size of the set`,
      normalisation: `Min-max per benchmark within the peer group's cohort: the group's best result on b scores 100, its worst 0. The mean includes one pseudo-benchmark scoring ${BENCHMARK_PRIOR_SCORE} (the evidence prior).`,
      comparedWithin: 'peer group',
      whenNull: "UNKNOWN when the model has no result on any benchmark of its group's set.",
      why: `Per-benchmark normalisation puts Arena Elo (≈1000-1500) and percentages on one 0-100 scale before averaging. The evidence prior pulls thinly measured models towards the middle: best on its only benchmark gives (100 + ${BENCHMARK_PRIOR_SCORE}) / 2 = ${(100 + BENCHMARK_PRIOR_SCORE) / 2}, not 100, so one lucky result does not outrank a long record of excellent ones (on the real data, a model with 1 benchmark ranked above models with 11-13 without it).`,
    },
  } satisfies Record<SignalName, SignalMethod>,
  overall: {
    weights: OVERALL_WEIGHTS,
    formula: `overall = ${OVERALL_WEIGHTS.BENCHMARKS} × benchmarks + ${OVERALL_WEIGHTS.CAPABILITIES} × capabilities + ${OVERALL_WEIGHTS.CONTEXT_WINDOW} × context, each signal taken as rounded`,
    missingTiebreaker: `A NOT_APPLICABLE tiebreaker's weight is shared among the remaining signals in proportion to their weights (e.g. an image model without a context window: benchmarks ${pct(OVERALL_WEIGHTS.BENCHMARKS / (OVERALL_WEIGHTS.BENCHMARKS + OVERALL_WEIGHTS.CAPABILITIES))}, capabilities ${pct(OVERALL_WEIGHTS.CAPABILITIES / (OVERALL_WEIGHTS.BENCHMARKS + OVERALL_WEIGHTS.CAPABILITIES))}). An UNKNOWN tiebreaker keeps its weight and earns no points (its part is left out of the explanation, whose weights then sum to less than 100%): missing data never lifts a model above one whose data is known.`,
    noBenchmarks:
      'A model without a Benchmarks signal has no overall score (null, UNKNOWN) and no overall or quality rank: a missing measurement never outranks a real one.',
  },
  confidence: {
    thresholds: CONFIDENCE_MIN_COVERAGE,
    rule: `Confidence from benchmark coverage: HIGH when coverage ≥ ${pct(CONFIDENCE_MIN_COVERAGE.HIGH)}, MEDIUM when ≥ ${pct(CONFIDENCE_MIN_COVERAGE.MEDIUM)}, LOW otherwise.`,
  },
  ranks: {
    ordering:
      'overall: by overall score; quality: by the Benchmarks signal; adoption: by the number of providers with a pay-per-use offering, arena votes (sum over the model’s arena results) breaking ties, no votes counting as fewer than any. Scores are compared as shown (rounded).',
    ties: 'Competition ranking: equal values share a rank and the next rank skips (1, 2, 2, 4).',
    percentile: 'top = ceil(rank / of × 100) percent: rank 1 of 290 is the top 1%, rank 12 of 290 the top 5%, the last the top 100%.',
    of: 'of = the number of ranked models in the group (models without the ranked value are not counted).',
  },
  statisticalTies:
    'Two scores with 95% confidence intervals (LMArena) are statistically tied when the intervals overlap (lower_a ≤ upper_b and lower_b ≤ upper_a); only non-overlapping intervals decide a winner.',
  explanation:
    'Each score lists its parts (signal × weight; within Benchmarks, each benchmark and the evidence prior × 1/(n + 1)) with their inputs and provenance. Parts are rounded by largest remainder so that, as shown, they add up exactly to the score.',
  rounding: `Every score leaves the engine rounded to ${SCORE_DECIMALS} decimal, half away from zero; combined scores are computed from the rounded parts.`,
} as const;

export function renderMethodologyMarkdown(): string {
  const m = METHODOLOGY;
  const bullets = (lines: readonly string[]): string => lines.map((line) => `- ${line}`).join('\n');
  const signalSections = Object.values(m.signals).map((s: SignalMethod) =>
    [
      `### ${s.name}`,
      '',
      `\`${s.formula}\``,
      '',
      bullets([`Normalisation: ${s.normalisation}`, `Compared within: ${s.comparedWithin}`, `When null: ${s.whenNull}`, `Why: ${s.why}`]),
    ].join('\n'),
  );
  const weightRows = Object.entries(m.overall.weights).map(([signal, weight]) => `| ${m.signals[signal as SignalName].name} | ${pct(weight)} |`);
  return [
    '## Scoring methodology',
    '',
    `Methodology version \`${m.version}\`. Every signal is 0-100, higher is better, or null with a reason (NOT_APPLICABLE, UNKNOWN), never 0 for missing data.`,
    '',
    '### Cohort',
    '',
    bullets(m.cohort),
    '',
    '### Peer groups',
    '',
    bullets(m.peerGroups),
    '',
    '### Ranking price',
    '',
    bullets([m.rankingPrice.rule, `\`${m.rankingPrice.formula}\``]),
    '',
    ...signalSections.flatMap((section) => [section, '']),
    '### Overall score',
    '',
    `\`${m.overall.formula}\``,
    '',
    '| Signal | Weight |',
    '|---|---|',
    ...weightRows,
    '',
    bullets([m.overall.missingTiebreaker, m.overall.noBenchmarks, m.confidence.rule]),
    '',
    '### Ranks',
    '',
    bullets([m.ranks.ordering, m.ranks.ties, m.ranks.percentile, m.ranks.of]),
    '',
    '### Statistical ties, explanations, rounding',
    '',
    bullets([m.statisticalTies, m.explanation, m.rounding]),
    '',
  ].join('\n');
}
