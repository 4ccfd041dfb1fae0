/**
 * The rules of the which-model answers (leaderboard, recommend, frontier, crossovers, score sorts)
 * in words, for the API's methodology and the README, beside the code they describe.
 */
import { SCREEN_SLACK } from '../cost/screen.ts';
import { MAX_CANDIDATES, NEAR_MISS_LIMIT } from './recommend.ts';

export const WHICH_MODEL_RULES = {
  wholeCatalog:
    'Leaderboards, recommendations, frontiers and score sorts read the catalog version whole (one command each on models, offerings and scores, cached per version) and apply the ModelFilter in memory with the same conditions as the database query of `models` (a test holds the two to the same models).',
  leaderboardValue:
    'A leaderboard ranks the members of one peer group by the overall score, one of the six signals, or one benchmark (the model’s current result as the source states it, with the source’s interval; lower-is-better metrics rank ascending). Models without the value are not ranked: they are counted in `unranked` and listed in `unrankedReasons` by why they have none (the score’s own reason, or no result on the benchmark).',
  leaderboardTies:
    'Where every ranked value has a 95% interval, ties are statistical tiers: walking down the order, a model shares the rank of its tier’s first model while the evidence cannot order the two (the 95% interval of their difference contains 0, touching counts; see the methodology’s statistical ties); the first it can order starts a new tier at its own position (competition ranking, 1, 1, 3). Measuring against the tier’s first model keeps a tier from chaining on. Without intervals, equal values share a rank. `bestPossibleRank` is 1 + the models surely better by the same test (like LMArena’s rank (UB), which counts the models whose lower bound is above this one’s upper bound, but on the difference).',
  recommendOrder:
    'Candidates are the use case’s peer group ordered by use-case fit (highest first), then the overall score in that group, then the monthly cost, then the canonical id. Models whose fit is unknown (a figure the rule needs is unknown) or NOT_SUITABLE are not ranked and are counted in the assumptions. Every use case’s fit weighs the Benchmarks signal, so a model without evidence of its quality is never recommended, however cheap.',
  recommendOffering:
    'Each model is priced at its cheapest pay-per-use offering with a known total at the usage among the offerings the constraints allow (`providers`, and `minContextTokens` on the offering’s own context window); the candidate’s monthlyCost is that offering’s costEstimate.monthly exactly.',
  recommendConstraints:
    'Every constraint must hold; unknown never satisfies one (an unknown capability, context window, licence or price fails it, and says it is unknown). The budget compares the rounded monthly cost with the budget read exactly as the decimal written.',
  fitInterval:
    'A fit’s 95% interval is the Benchmarks signal’s interval carried through the use case’s weight on it: fit − w × (Benchmarks − lower), fit + w × (upper − Benchmarks); the other parts of a fit are exact. A candidate is tiedWithFirst when the evidence cannot order its fit against the first choice’s (the 95% interval of the difference contains 0, touching counts).',
  reasons:
    'Every candidate has reasons, each citing its figures: FIT (the rule’s parts), SCORE (overall score, interval, confidence), CONFIDENCE (only when LOW: the benchmarks it rests on), COST (the offering and how many qualified), BUDGET and CONTEXT (against the bounds given), TIE (against the first choice).',
  nearMisses: `The best models that fail a constraint: those met, in the order above, while the candidates are sought; at most ${NEAR_MISS_LIMIT}, each with every constraint it fails and by how much ("$412.00 a month, $112.00 over the $300.00 budget", "context 128,000 tokens < 200,000 tokens required"). At most ${MAX_CANDIDATES} candidates are returned.`,
  sensitivity:
    'BUDGET_REACHED: the requests a month at which the first choice’s exact monthly cost reaches the budget, the rest of the usage held (the cost is a line in the requests). TIED_CANDIDATE_CHEAPER: the cost crossovers between the first choice and each candidate statistically tied with it, billed in the same units.',
  crossovers:
    'A crossover is a value of one usage variable (requests a month, tokens per request, input share, cached share), the rest held, where the cheaper of the models changes. Between the points where a long-context tier starts to reprice a whole request every offering’s exact monthly cost is a line in the variable, so each pair of lines meets at most once there and a tier threshold can flip the order by a jump; crossovers are solved exactly from the price structures, never by sampling, for costs billed in the same units only.',
  frontier:
    'The frontier sets each model’s quality (the Benchmarks signal) against its monthly cost at the usage, at its cheapest pay-per-use offering (not at a blended list price). A point is on the frontier when no other model is at least as good and no dearer, and better in one of the two; every other point names the cheapest frontier model that is. Models without a quality or a known monthly cost are left out and counted.',
  cheapestScreen: `Choosing the cheapest of many offerings screens them first in floating point (the same lines, tiers and price fields as the cost engine, unrounded) and prices exactly only those within ${SCREEN_SLACK.roundingNanoUsd * 2} nano-USD + ${SCREEN_SLACK.relative * 2} relative of the least screened figure, a bound wider than the engine’s rounding of at most 0.5 µUSD a line: the answer is the one pricing every offering exactly gives.`,
  scoreSorts:
    '`models(sort:)` by OVERALL_SCORE, QUALITY (Benchmarks) or ADOPTION reads scores in the peer group the filter names when it names exactly one, else in each model’s primary group; unknown values sort last in either direction, then by canonical id.',
} as const;
