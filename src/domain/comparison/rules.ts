/**
 * Every rule the comparison applies, in words, in one object: the API can serve it and the README
 * can print it, next to the scoring methodology, without restating (and drifting from) the code.
 */

import { STATISTICAL_TIE_RULE } from './benchmarks.ts';
import { COST_BASELINE_RULE, COST_PER_QUALITY_POINT_RULE } from './costs.ts';
import { DIFFERS_RULE, PARTIAL_DECISION_RULE } from './decide.ts';
import { SIGNAL_SCALES } from './signals.ts';
import { USE_CASES } from './types.ts';
import { FIT_LEVEL_THRESHOLDS, USE_CASE_RULES } from './use-cases.ts';
import { MAX_COMPARED_MODELS, MIN_COMPARED_MODELS } from './validate.ts';
import { VERDICT_RULES } from './verdicts.ts';

export const COMPARISON_RULES = {
  models: `${MIN_COMPARED_MODELS} to ${MAX_COMPARED_MODELS} distinct models; an alias of a model already in the list is a duplicate. Errors name the argument item (models[i]).`,
  winner:
    'A row has a winner when one value, as shown (rounded), is strictly the best among the models that have one; equal best values are a TIE; nothing is claimed about a model without a value.',
  partial: PARTIAL_DECISION_RULE,
  capabilities:
    'The Capabilities row is decided on a common footing: the scored flags known (and applicable) for every compared model that states any; each cell is 100 × supported / those flags (commonFlags), so a flag only some models state neither helps nor hurts anyone. A model with no known flag is left out; no flag known for all is MISSING_DATA. The model’s own Capabilities signal (Model.scores) counts an unknown flag as unsupported.',
  partialDates:
    'A release date known only to the month or the year is the interval of its days. Two releases whose intervals overlap (2025-04 and 2025-04-05) cannot be ordered: the newest release, in the Recency row and the RECENCY verdict, is then a TIE with tieReason, whatever the Recency values (which age such a date from the middle of its interval) say.',
  scales: SIGNAL_SCALES,
  scaleRule:
    'A peer-group-relative figure (Pricing, Context window, Output capacity, Benchmarks, overall) has no winner, delta or spread across peer groups (DIFFERENT_PEER_GROUPS); Pricing also needs one pricing unit (DIFFERENT_PRICING_UNITS).',
  deltas:
    'Two models: delta = second − first; three to five: spread = highest − lowest; advantage = winner − runner-up. All from the values as shown, rounded by the one rule, and only for comparable rows.',
  tally: 'Wins over the six signals whose outcome is WINNER, TIE or STATISTICAL_TIE ("2 wins of 5 comparable"); a tie is comparable but nobody’s win.',
  statisticalTie: STATISTICAL_TIE_RULE,
  differs: DIFFERS_RULE,
  costBaseline: COST_BASELINE_RULE,
  costPerQualityPoint: COST_PER_QUALITY_POINT_RULE,
  verdicts: VERDICT_RULES,
  useCases: Object.fromEntries(USE_CASES.map((useCase) => [useCase, USE_CASE_RULES[useCase].rule])),
  fitLevels: FIT_LEVEL_THRESHOLDS,
  summary: 'Every number in the summary is listed in `figures` with the path of the field it renders; money is quoted as formatted, scores with one decimal.',
} as const;
