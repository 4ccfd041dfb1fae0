/** A cost priced at another offering than the canonical one is never silent in a comparison. */
import { describe, expect, it } from 'vitest';
import { compareModels } from '../../../src/domain/comparison/compare.ts';
import type { ComparedModelInput } from '../../../src/domain/comparison/types.ts';
import { compared, valueAt } from './fixtures.ts';

/** Llama 4 Scout has no pay-per-use listing by Meta: its cost is the cheapest provider's. */
function pricedAtFallback(input: ComparedModelInput): ComparedModelInput {
  if (!input.cost.ok) throw new Error('a priced model');
  const message =
    'Priced at deepinfra/meta-llama/Llama-4-Scout-17B-16E-Instruct, the cheapest of its 12 pay-per-use offerings with a known price at this usage: its lab does not list it.';
  const fallback = { reason: 'NO_CANONICAL_OFFERING' as const, canonicalOfferingId: null, providerId: 'deepinfra', pricedOfferings: 12, message };
  return { ...input, cost: { ok: true, estimate: { ...input.cost.estimate, fallback } } };
}

describe('a comparison with a cost priced at a fallback offering', () => {
  const result = compareModels({
    models: [
      compared({ id: 'openai/gpt-5.4', name: 'GPT-5.4', monthlyMicroUsd: 30_000_000n }),
      pricedAtFallback(compared({ id: 'meta/llama-4-scout', name: 'Llama Scout', monthlyMicroUsd: 1_000_000n })),
    ],
  });

  it('keeps the fallback on the cost row and names the provider in the summary', () => {
    expect(result.costs.rows[1]?.estimate?.fallback?.providerId).toBe('deepinfra');
    // $30 vs $1 a month, both per token: the summary quotes both, Scout's with where it was priced.
    expect(result.summary.text).toContain(
      'Monthly cost at this usage: GPT-5.4 $30.00, Llama Scout $1.00 (at deepinfra, the cheapest of its 12 priced pay-per-use offerings: its lab does not list it).',
    );
  });

  it('registers the provider as a figure of the response, like every other figure', () => {
    expect(result.summary.figures).toContainEqual({ path: 'costs.rows[1].estimate.fallback.providerId', value: 'deepinfra', text: 'deepinfra' });
    expect(result.summary.figures).toContainEqual({ path: 'costs.rows[1].estimate.fallback.pricedOfferings', value: 12, text: '12' });
    for (const figure of result.summary.figures) expect(valueAt(result, figure.path)).toBe(figure.value);
  });
});
