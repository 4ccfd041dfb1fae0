/**
 * The scoring methodology as data: the single source of every weight, parameter and formula. The
 * engine reads its parameters from here, the API serves this object as it is, and
 * `renderMethodologyMarkdown` writes the README section from it, so the three cannot drift apart.
 */
import { type CapabilityName, PEER_GROUPS, type PeerGroup } from '../catalog.ts';
import { PRICE_PLAUSIBILITY_RULE } from '../cost/plausibility.ts';
import { DEFAULT_INPUT_SHARE } from '../cost/usage.ts';
import { SCORE_DECIMALS } from '../rounding.ts';
import type { PricingUnit, SignalName } from './types.ts';

const OVERALL_WEIGHTS = { BENCHMARKS: 0.9, CAPABILITIES: 0.05, CONTEXT_WINDOW: 0.05 } as const;
// The cost engine's default usage mix, so a ranking price and a default estimate blend alike.
const BLEND = { input: DEFAULT_INPUT_SHARE, output: Math.round((1 - DEFAULT_INPUT_SHARE) * 10) / 10 } as const;
const RECENCY_HALF_LIFE_DAYS = 365;
/** Widest 95% quality interval (points of the 0-100 scale) for each confidence. */
/**
 * Widest 95% interval, on the ability scale (logits: 2 × 1.96 × the calibrated σ_θ), for each
 * confidence. On the seed a single result gives σ_θ 0.76 to 0.94 (a width of 3 to 3.7 logits), two
 * results 0.38 to 0.63, three or more mostly 0.22 to 0.56: LOW is one result, HIGH several that agree.
 */
const CONFIDENCE_MAX_ABILITY_WIDTH = { HIGH: 1.6, MEDIUM: 2.8 } as const;
/** The joint ability fit behind the Benchmarks signal (see `quality` below for what each one means and why). */
const ABILITY = {
  /** σ of the normal prior on every ability, in logits: weak (on the seed the fitted abilities span −3 to +5 around their mean). */
  abilityPriorSd: 8,
  /** σ of the normal prior on ln k, the discrimination of a score benchmark. */
  logDiscriminationPriorSd: 1,
  /** Measurement noise of a score, as a share of its benchmark's scale: 1 point on a 0-100 benchmark. */
  scoreNoiseShareOfScale: 0.01,
  /** Weight of a self-reported result against an independently measured one. */
  selfReportedWeight: 0.5,
  /** How sharply one head-to-head vote tells two models apart, against a benchmark's order (k of an ability logit). */
  voteDiscrimination: 0.5,
  /** The 95% two-sided normal quantile. */
  intervalZ: 1.959964,
} as const;
/** `npm run bench:validity` on the seed catalog (as of 2026-07-02): the figures the methodology quotes. */
const VALIDATION = {
  asOf: '2026-07-02',
  seed: 2026,
  heldOutAccuracy: { minMaxMean: 0.763, jointFit: 0.841 },
  heldOutLeadOverTenSeeds: { min: 0.067, mean: 0.08, max: 0.09 },
  concordance: { minMaxMean: 0.84, jointFit: 0.883 },
  /** The calibration of the intervals: φ, and the share of leave-one-result-out residuals inside the calibrated 95% interval. */
  dispersion: { factor: 0.122, residuals: 360, coverage: 0.953 },
} as const;

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
const { abilityPriorSd, logDiscriminationPriorSd, scoreNoiseShareOfScale, selfReportedWeight, voteDiscrimination } = ABILITY;
const VOTE_ELO_PER_LOGIT = Math.round((400 / Math.LN10) * voteDiscrimination);

export interface SignalMethod {
  name: string;
  formula: string;
  normalisation: string;
  comparedWithin: string;
  whenNull: string;
  why: string;
}

/**
 * Orders two methodology versions (\`2026.12.2\`: year, month, release in the month), numerically
 * part by part: negative when \`a\` is older. A part that is not a number counts as 0.
 */
export function compareMethodologyVersions(a: string, b: string): number {
  const parts = (version: string) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export const METHODOLOGY = {
  version: '2026.12.2',
  parameters: {
    overallWeights: OVERALL_WEIGHTS,
    blend: BLEND,
    recencyHalfLifeDays: RECENCY_HALF_LIFE_DAYS,
    confidenceMaxAbilityWidth: CONFIDENCE_MAX_ABILITY_WIDTH,
    ability: ABILITY,
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
    "A peer group's benchmark set (for coverage) is every benchmark on which at least two models of the group have different scores at the as-of date.",
    'Abilities are fitted per peer group, over the results of its members only: the fit is a function of one group, run for whichever models belong to it. Overall and quality ranks are given within the peer group only: a 70 in one group is the probability of beating that group’s average model and says nothing against a 70 in another. Adoption (a provider count) is ranked within the peer group and among all models.',
    'A model is in every peer group its outputs put it in (text and images: TEXT and IMAGE_GENERATION), and is fitted, scored and ranked in each as a member of that group; its primary group (the first) is the one its score history follows. Among all models it counts once.',
  ],
  rankingPrice: {
    rule: `The price a model is ranked on comes from its canonical (lab) offering when that is pay-per-use with a usable, plausible price, else from its cheapest pay-per-use offering with a usable, plausible price (ties: lowest offering id). Subscription plans, self-hosted runtimes, free tiers and suspect prices never price a model. Units by peer group (first usable wins): ${PEER_GROUPS.map((g) => `${g}: ${PRICING_UNITS_BY_GROUP[g].join(' then ')}`).join('; ')}.`,
    formula: `USD_PER_MTOK_BLENDED = ${BLEND.input} × input + ${BLEND.output} × output (USD per million tokens, both prices required); USD_PER_MTOK_INPUT = input; USD_PER_IMAGE = price per generated image.`,
    plausibility: `Price plausibility (since 2026.12.1): ${PRICE_PLAUSIBILITY_RULE}`,
  },
  signals: {
    CAPABILITIES: {
      name: 'Capabilities',
      formula: 'capabilities = 100 × (scored flags known to be true) / (scored flags that apply to the model)',
      normalisation: `Absolute (not cohort-relative). Scored flags: ${SCORED_CAPABILITIES.join(', ')}; function calling and structured output do not apply to a model that writes no text and are left out for it. An unknown flag counts as not supported: it stays in the denominator and never adds to the numerator, so not knowing scores exactly as knowing "false" would, never better (since 2026.12.1; before, an unknown flag left the denominator, and Claude Opus 4.5 with two unknown flags out-scored GPT-5 with one, 66.7 against 57.1, on 4 supported flags each). In a comparison the Capabilities row is decided on the flags known for every compared model (see the comparison rules).`,
      comparedWithin: 'none (absolute)',
      whenNull: 'UNKNOWN when none of the scored flags that apply is known.',
      why: 'Attachments and temperature are left out: the first duplicates the input-modality flags, the second is a sampling knob, not a capability. Missing data must never lift a score: a flag nobody has stated is not evidence of support.',
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
      formula: `recency = 100 × 0.5 ^ (age_days / ${RECENCY_HALF_LIFE_DAYS}), age_days = max(0, as-of date − release day); a release known only to the month or the year is aged from the middle day of that interval, first + ⌊(last − first) / 2⌋ (2025-04 → 2025-04-15, 2025 → 2025-07-02)`,
      normalisation: `Absolute exponential decay with a half-life of ${RECENCY_HALF_LIFE_DAYS} days: released on the as-of date = 100, one year before = 50, two years = 25. For a month or a year the signal's interval is the range the dates allow (aged from its first day, the oldest it may be, to its last), and the explanation says which day was assumed (since 2026.12.1; before, 2025-04 was aged from 2025-04-01). A comparison never orders two releases whose intervals overlap (see the comparison rules).`,
      comparedWithin: 'none (absolute)',
      whenNull: 'UNKNOWN when the release date is not known.',
      why: 'Absolute, so that a model’s recency does not jump when an older model enters or leaves the catalog. The middle of the interval is the assumption that is wrong by the least on average; its first day would make every month-only release look up to a month older than it may be.',
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
      formula: `quality = 100 × σ(${voteDiscrimination} × (θ − θ̄)); 95% interval 100 × σ(${voteDiscrimination} × (θ − θ̄ ± 1.96 σ √φ)); θ the model's ability from its peer group's joint fit, θ̄ the mean ability of the group's compared models, σ the Laplace standard error of θ − θ̄, φ the dispersion that calibrates it, σ(x) = 1 / (1 + e^−x)`,
      normalisation: `Not a per-benchmark normalisation: one latent ability per model explains every benchmark's order at once (see "Quality: the joint ability fit"). The value is the probability, in percent, of being preferred to a model of the group's average ability in a head-to-head vote (an ability logit is ${voteDiscrimination} logits of a vote, about ${VOTE_ELO_PER_LOGIT} Elo points): 50 is the average model, 73 wins three votes in four against it.`,
      comparedWithin: 'peer group',
      whenNull:
        'UNKNOWN when the model has no benchmark result. A model whose results no other model of its group shares keeps the prior: a quality near 50 with an interval over almost the whole scale, LOW confidence.',
      why: 'Min-max per benchmark then a mean (methodology 2026.11) ranked GPT-5.4 #112 of 143 text models and Claude Sonnet 4.6 last: coverage is sparse (about 2.8 results per model) and frontier-only benchmarks are taken only by the strongest models, so a near-best result among three frontier models normalised to 0. A joint fit only uses each benchmark’s order among the models that took it, so who else took a benchmark no longer lowers or lifts a result, and every result counts in the same unit.',
    },
  } satisfies Record<SignalName, SignalMethod>,
  overall: {
    weights: OVERALL_WEIGHTS,
    formula: `overall = ${OVERALL_WEIGHTS.BENCHMARKS} × benchmarks + ${OVERALL_WEIGHTS.CAPABILITIES} × capabilities + ${OVERALL_WEIGHTS.CONTEXT_WINDOW} × context, each signal taken as rounded`,
    missingTiebreaker: `A NOT_APPLICABLE tiebreaker's weight is shared among the remaining signals in proportion to their weights (e.g. an image model without a context window: benchmarks ${pct(OVERALL_WEIGHTS.BENCHMARKS / (OVERALL_WEIGHTS.BENCHMARKS + OVERALL_WEIGHTS.CAPABILITIES))}, capabilities ${pct(OVERALL_WEIGHTS.CAPABILITIES / (OVERALL_WEIGHTS.BENCHMARKS + OVERALL_WEIGHTS.CAPABILITIES))}). An UNKNOWN tiebreaker keeps its weight and earns no points (its part is left out of the explanation, whose weights then sum to less than 100%): missing data never lifts a model above one whose data is known.`,
    noBenchmarks:
      'A model without a Benchmarks signal has no overall score (null, UNKNOWN) and no overall or quality rank: a missing measurement never outranks a real one.',
    interval:
      'The overall interval is the same weighted sum with the quality at either end of its 95% interval (capabilities and context window are facts, not estimates), each end rounded like the score.',
  },
  quality: {
    model: `Bradley–Terry: on every benchmark b, every two models i, j of the peer group that took it are a comparison, P(i beats j) = σ(k_b (θ_i − θ_j)), with one ability θ per model and one discrimination k_b per score benchmark. The abilities are the maximum a posteriori point of all comparisons together, so an order on a benchmark taken only by frontier models places them against each other, and the benchmarks they share with others place the group.`,
    outcomes: `A score comparison's outcome is the probability that i ranks above j given a measurement noise of ${pct(scoreNoiseShareOfScale)} of the benchmark's scale (1 point on a 0-100 benchmark): Φ((s_i − s_j) / (σ√2)), so 70.3 against 71.9 is a loss with probability 0.87 rather than a certain one, 70.3 against 70.5 nearly a coin toss (0.44), and 60 against 70 a plain loss. An LMArena rating comparison's outcome is the Elo win probability its rating difference means, 1 / (1 + 10^(−(R_i − R_j) / (400 × ${voteDiscrimination}))), averaged over the ratings' 95% intervals (σ = half-width / 1.96, probit approximation; a rating without an interval takes the widest of its leaderboard): the difference is divided by the vote discrimination ${voteDiscrimination} because one vote tells models apart less sharply than a benchmark's order (left free in a trial fit, it came out 0.50 on the text arena and 0.59 on the vision arena); used as a per-vote probability without it, the arena's information would be k² = ¼ of a result's and its ratings would barely count (in the trials that chose the method: held-out accuracy 0.816 without the rescaling, 0.831 with it).`,
    weights: `Each comparison on a benchmark with n models weighs 1 / (n − 1), so each result carries one unit of evidence whatever the benchmark's size: a benchmark's weight grows with its number of models, not with their square, and a 75-model leaderboard cannot outweigh the rest. A self-reported result weighs ${selfReportedWeight} (a comparison weighs the product of its two sides): labs publish their own numbers under settings of their choosing (harness, prompts, attempts) that independent runs often do not reproduce, so such a result counts as half a result; excluding them would leave some models (Sakana Fugu) with nothing.`,
    prior: `θ ~ N(0, ${abilityPriorSd}²) for every model, weak (on the seed the fitted abilities span −3 to +5 around their mean): it keeps abilities finite where a model wins or loses every comparison, and a model the evidence says nothing about sits at the prior mean. ln k_b ~ N(0, ${logDiscriminationPriorSd}²): a benchmark whose order the abilities explain well gets a higher discrimination and counts more, a noisy one less (on the seed from 0.6 to 4.0, Aider Polyglot highest; a tighter σ of 0.5 lowered the held-out accuracy to 0.823). LMArena ratings have no free discrimination (see outcomes).`,
    fit: 'Newton steps on the negative log posterior (the Fisher information far from the mode, the observed Hessian near it) with a backtracking line search, until no parameter moves by 1e-8; a dense Cholesky factorisation, written for the engine, solves each step. The history replay starts each month from the previous month-end’s fit, which changes the path and not the point.',
    interval: `Laplace, calibrated. The inverse Hessian of the negative log posterior at the mode gives σ_θ, the standard error of θ − θ̄. As a likelihood the pair weights credit each result with about one coin toss of information, whatever it says, so σ_θ is then calibrated on how much a model’s results really disagree: for every result of a model with several, (the ability that result implies − the ability its other results and the prior imply) / the standard error of that gap; the mean square of these is the dispersion φ (quasi-likelihood overdispersion, pooled over the peer groups, used when there are at least 30 such residuals), and every ability’s data-driven variance is multiplied by φ. The 95% interval is θ ± 1.96 σ_θ √φ, mapped onto the 0-100 scale (so it is not symmetric around the value). A model in no comparison keeps the prior, σ_θ = 8, uncalibrated: an interval over almost the whole scale. A peer group whose only benchmark is an LMArena rating (image generation) has no other result for a model’s rating to disagree with, so φ says nothing about it: there the quality is that arena’s verdict and σ_θ the ratings’ own, σ_θ² = s_i² (1 − 2/m) + Σ_j s_j² / m² with s = the rating’s 95% half-width / 1.96 × ln 10 / 400 / ${voteDiscrimination} over the arena’s m models (since 2026.12.2; before, the pooled φ of the text benchmarks gave FLUX1.1 [pro], 999 ± 3 on 108,734 votes, a quality interval of 29.2–58.0).`,
    validation: `On the seed catalog as of ${VALIDATION.asOf} (npm run bench:validity). Held-out pairwise accuracy, five folds of the benchmark results (seed ${VALIDATION.seed}): for each held-out result, the share of the other models on its benchmark whose order against it the overall scores fitted on the other four folds predict: min-max mean ${VALIDATION.heldOutAccuracy.minMaxMean}, joint fit ${VALIDATION.heldOutAccuracy.jointFit} (over ten other seeds the joint fit leads by ${VALIDATION.heldOutLeadOverTenSeeds.min} to ${VALIDATION.heldOutLeadOverTenSeeds.max}, mean ${VALIDATION.heldOutLeadOverTenSeeds.mean}). Concordance, the share of pairs of scored models on each benchmark that the overall scores order as the benchmark does, each benchmark weighted equally: min-max mean ${VALIDATION.concordance.minMaxMean}, joint fit ${VALIDATION.concordance.jointFit}. Interval calibration: φ = ${VALIDATION.dispersion.factor} from ${VALIDATION.dispersion.residuals} leave-one-result-out residuals, of which ${pct(VALIDATION.dispersion.coverage)} fall inside the calibrated 95% interval.`,
    validationFigures: VALIDATION,
  },
  confidence: {
    thresholds: CONFIDENCE_MAX_ABILITY_WIDTH,
    rule: `Confidence from the width of the 95% quality interval read on the ability scale (logits: 2 × 1.96 σ_θ √φ, the same for a model near the top as in the middle, where the 0-100 scale squeezes intervals): HIGH when at most ${CONFIDENCE_MAX_ABILITY_WIDTH.HIGH} logits, MEDIUM when at most ${CONFIDENCE_MAX_ABILITY_WIDTH.MEDIUM}, LOW when wider (on the seed: a text model with one result is LOW, two mostly MEDIUM, three or more that agree HIGH; an image model, rated by the arena alone, HIGH, its interval being the arena’s own).`,
  },
  ranks: {
    ordering:
      'overall: by overall score; quality: by the Benchmarks signal; adoption: by the number of providers with a pay-per-use offering, arena votes (sum over the model’s arena results) breaking ties, no votes counting as fewer than any. Scores are compared as shown (rounded).',
    ties: 'Competition ranking: equal values share a rank and the next rank skips (1, 2, 2, 4).',
    percentile: 'top = ceil(rank / of × 100) percent: rank 1 of 290 is the top 1%, rank 12 of 290 the top 5%, the last the top 100%.',
    of: 'of = the number of ranked models in the group (models without the ranked value are not counted).',
    bestPossibleRank:
      'bestPossibleRank = 1 + the number of models of the group surely better: a higher value not statistically tied with the model’s (see statisticalTies; LMArena’s rank (UB) counts the models whose lower bound is above this one’s upper bound instead). The best place the evidence allows. Overall and quality ranks use their own intervals; adoption has none, so its best possible rank is its rank.',
  },
  statisticalTies:
    'Two values with 95% intervals (an LMArena result, a quality, an overall score, a use-case fit) are statistically tied when the 95% interval of their difference contains 0 (touching counts): with a ≥ b, when a − b ≤ √((a − lower_a)² + (upper_b − b)²), the two sides that face each other combined as independent errors. Only a lead beyond that decides a winner, and ranks still order by the value. (Before 2026.12.2 a tie was any overlap of the two intervals, which for equal widths only separates values at about the 99.4% level, so that the image-generation group, whose models share one benchmark, came out tied from top to bottom.)',
  explanation:
    'Each score lists its parts with their inputs and provenance. Overall: signal × weight. Benchmarks: one part per benchmark the model is compared on and one for the prior; a part’s weight is its share of the Fisher information behind the ability (at the others’ fitted abilities), its value the quality that part alone implies (one Newton step from the joint ability with its own gradient and information; on the ability scale the joint ability is exactly the information-weighted mean of these and the prior mean), and its points split the value in proportion to weight × value. The parts say where the evidence comes from and which way it pulls; the value is the joint fit’s, not a sum of separate per-benchmark scores. Parts are rounded by largest remainder so that, as shown, they add up exactly to the score.',
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
    bullets([m.rankingPrice.rule, `\`${m.rankingPrice.formula}\``, m.rankingPrice.plausibility]),
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
    bullets([m.overall.missingTiebreaker, m.overall.noBenchmarks, m.overall.interval, m.confidence.rule]),
    '',
    '### Quality: the joint ability fit',
    '',
    bullets([
      `Model: ${m.quality.model}`,
      `Outcomes: ${m.quality.outcomes}`,
      `Weights: ${m.quality.weights}`,
      `Prior: ${m.quality.prior}`,
      `Fit: ${m.quality.fit}`,
      `Interval: ${m.quality.interval}`,
      `Validation: ${m.quality.validation}`,
    ]),
    '',
    '### Ranks',
    '',
    bullets([m.ranks.ordering, m.ranks.ties, m.ranks.percentile, m.ranks.of, m.ranks.bestPossibleRank]),
    '',
    '### Statistical ties, explanations, rounding',
    '',
    bullets([m.statisticalTies, m.explanation, m.rounding]),
    '',
  ].join('\n');
}
