/** The rules of costs, comparisons and the which-model answers, as one list of area, name and text, and the selection a page asks for. */
import { COMPARISON_RULES } from '../domain/comparison/rules.ts';
import { COST_RULES } from '../domain/cost/rules.ts';
import { WHICH_MODEL_RULES } from '../domain/recommend/rules.ts';
import { badInput, failure, type Outcome, success } from './outcome.ts';

export interface MethodologyRule {
  /** `cost`, `comparison`, `whichModel`, or a nested area such as `comparison.verdicts`. */
  area: string;
  name: string;
  rule: string;
}

const flatten = (area: string, rules: Record<string, unknown>): MethodologyRule[] =>
  Object.entries(rules).flatMap(([name, rule]) =>
    typeof rule === 'object' && rule !== null ? flatten(`${area}.${name}`, rule as Record<string, unknown>) : [{ area, name, rule: String(rule) }],
  );

const RULES: MethodologyRule[] = [
  ...COST_RULES.map(({ id, rule }) => ({ area: 'cost', name: id, rule })),
  ...flatten('comparison', COMPARISON_RULES),
  ...flatten('whichModel', WHICH_MODEL_RULES),
];

/**
 * Every rule, those of one area, or the one rule of that name, for a page that shows one (the
 * leaderboard page shows its tie rule, 1 KB of the 18 KB of rules). An area or a name no rule has
 * is refused, so a misspelt one is not read as "no rule".
 */
export function methodologyRules(area: string | null | undefined, name: string | null | undefined): Outcome<MethodologyRule[]> {
  if (area == null && name == null) return success(RULES);
  if (area != null && !RULES.some((rule) => rule.area === area)) {
    return failure(badInput('area', `no rule has the area ${JSON.stringify(area)}`, { areas: [...new Set(RULES.map((rule) => rule.area))] }));
  }
  const matching = RULES.filter((rule) => (area == null || rule.area === area) && (name == null || rule.name === name));
  return matching.length ? success(matching) : failure(badInput('name', `no rule${area == null ? '' : ` of ${area}`} is named ${JSON.stringify(name)}`));
}
