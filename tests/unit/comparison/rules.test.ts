import { describe, expect, it } from 'vitest';
import { COMPARISON_RULES } from '../../../src/domain/comparison/rules.ts';
import { USE_CASES } from '../../../src/domain/comparison/types.ts';
import { USE_CASE_RULES } from '../../../src/domain/comparison/use-cases.ts';

describe('COMPARISON_RULES', () => {
  it('states a rule for every use case, whose weights add up to 100', () => {
    for (const useCase of USE_CASES) {
      expect(COMPARISON_RULES.useCases[useCase]).toBe(USE_CASE_RULES[useCase].rule);
      expect(USE_CASE_RULES[useCase].components.reduce((sum, c) => sum + c.weightPercent, 0)).toBe(100);
    }
  });

  it('has no speed or reliability verdict: there is no such data', () => {
    expect(Object.keys(COMPARISON_RULES.verdicts)).toEqual(['QUALITY', 'COST', 'VALUE', 'LONG_CONTEXT', 'RECENCY']);
  });
});
