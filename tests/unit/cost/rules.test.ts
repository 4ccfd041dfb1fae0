import { describe, expect, it } from 'vitest';
import { COST_RULES } from '../../../src/domain/cost/rules.ts';
import { DAYS_PER_MONTH_RULE } from '../../../src/domain/cost/usage.ts';
import { ROUNDING_RULE } from '../../../src/domain/money/money.ts';

describe('COST_RULES', () => {
  it('serves the very rule texts the engine reports in its assumptions, each id once', () => {
    expect(COST_RULES.map((rule) => rule.rule)).toEqual(expect.arrayContaining([DAYS_PER_MONTH_RULE, ROUNDING_RULE]));
    expect(new Set(COST_RULES.map((rule) => rule.id)).size).toBe(COST_RULES.length);
  });
});
