import { describe, expect, it } from 'vitest';
import { selectOffering } from '../../../src/domain/cost/select-offering.ts';
import { resolveUsage } from '../../../src/domain/cost/usage.ts';
import { GPT_5, offering, offeringPrice, usdPerMTok, zeroPriced } from './fixtures.ts';

const priced = (inputUsd: number, outputUsd: number) =>
  offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(inputUsd), outputNanoUsdPerMTok: usdPerMTok(outputUsd) });

const openai = offering('openai', GPT_5.price);
const openrouter = offering('openrouter', priced(1.1, 9));
const azure = offering('azure', priced(1.1, 9));
const codingPlan = offering('zai-coding-plan', zeroPriced('SUBSCRIPTION_PLAN'));
const unknown = offering('mystery', offeringPrice());
const deprecated = offering('legacy', priced(0.5, 4), { status: 'DEPRECATED' });
const all = [codingPlan, unknown, openrouter, deprecated, openai, azure];
const usage = resolveUsage();

describe('selectOffering', () => {
  it('CHEAPEST: lowest monthly total among pay-per-use offerings with known prices', () => {
    // At the defaults (1,825,000 input + 1,216,666.67 output tokens/month):
    //   openai     $1.25/$10: 2,281,250 + 12,166,667 = 14,447,917 µ$
    //   azure      $1.10/$9:  2,007,500 + 10,950,000 = 12,957,500 µ$ (1,825,000 × 1.1 = 2,007,500; 1,216,666.67 × 9 = 10,950,000)
    //   openrouter $1.10/$9:  12,957,500 µ$ (tie with azure: "azure" < "openrouter")
    //   the $0 subscription plan, the unknown price and the deprecated listing never qualify.
    const selection = selectOffering(all, 'CHEAPEST', usage, openai.id);
    expect(selection.ok && [selection.offering.id, selection.estimate.monthly?.microUsd]).toEqual(['azure/gpt-5', 12_957_500n]);
  });

  it('CHEAPEST does not depend on the order of the offerings', () => {
    const reversed = selectOffering([...all].reverse(), 'CHEAPEST', usage, openai.id);
    expect(reversed.ok && reversed.offering.id).toBe('azure/gpt-5');
  });

  it('CHEAPEST explains why nothing qualifies', () => {
    const selection = selectOffering([codingPlan, unknown, deprecated], 'CHEAPEST', usage, null);
    expect(selection).toEqual({
      ok: false,
      reason: 'NO_PAY_PER_USE_OFFERING_WITH_KNOWN_PRICE',
      message: 'None of the 3 offerings is pay-per-use with a known price at this usage (1 deprecated, 1 price unknown at this usage, 1 subscription plan).',
    });
  });

  it('CANONICAL: the canonical offering, priced even if it is not the cheapest', () => {
    const selection = selectOffering(all, 'CANONICAL', usage, openai.id);
    expect(selection.ok && [selection.offering.id, selection.estimate.monthly?.microUsd]).toEqual(['openai/gpt-5', 14_447_917n]);
  });

  it('CANONICAL without a canonical offering says so', () => {
    expect(selectOffering(all, 'CANONICAL', usage, null)).toMatchObject({ ok: false, reason: 'NO_CANONICAL_OFFERING' });
    expect(selectOffering([azure], 'CANONICAL', usage, openai.id)).toMatchObject({ ok: false, reason: 'NO_CANONICAL_OFFERING' });
  });

  it('a provider id: that provider’s offering, whatever its pricing kind', () => {
    const selection = selectOffering(all, 'zai-coding-plan', usage, openai.id);
    expect(selection.ok && [selection.offering.id, selection.estimate.monthly, selection.estimate.warnings[0]?.code]).toEqual([
      'zai-coding-plan/gpt-5',
      null,
      'SUBSCRIPTION_PLAN',
    ]);
  });

  it('a provider with several variants: its cheapest known one', () => {
    const us = offering('amazon-bedrock', priced(1.5, 12), { id: 'amazon-bedrock/us.gpt-5' });
    const eu = offering('amazon-bedrock', priced(1.25, 10), { id: 'amazon-bedrock/eu.gpt-5' });
    const selection = selectOffering([us, eu], 'amazon-bedrock', usage, null);
    expect(selection.ok && selection.offering.id).toBe('amazon-bedrock/eu.gpt-5');
  });

  it('a provider that does not offer the model', () => {
    expect(selectOffering([azure, openai], 'google', usage, null)).toEqual({
      ok: false,
      reason: 'PROVIDER_DOES_NOT_OFFER_MODEL',
      message: 'Provider google does not offer this model (offered by: azure, openai).',
    });
  });

  it('no offerings at all', () => {
    expect(selectOffering([], 'CHEAPEST', usage, null)).toMatchObject({ ok: false, reason: 'NO_OFFERINGS' });
  });
});
