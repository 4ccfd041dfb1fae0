/** `recommend` over the real seed catalog at random usages and constraint sets: the rules of the answer, checked independently. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPABILITY_NAMES, type CapabilityName, type MODALITIES } from '../../../src/domain/catalog.ts';
import { USE_CASES } from '../../../src/domain/comparison/types.ts';
import { USE_CASE_RULES } from '../../../src/domain/comparison/use-cases.ts';
import { estimateCost } from '../../../src/domain/cost/estimate.ts';
import type { UsageInput } from '../../../src/domain/cost/types.ts';
import { resolveUsage, usageForModel } from '../../../src/domain/cost/usage.ts';
import { recommend } from '../../../src/domain/recommend/recommend.ts';
import type { RecommendConstraints } from '../../../src/domain/recommend/types.ts';
import { peerGroupMembers } from '../../../src/services/whole-catalog.ts';
import { seedWholeCatalog } from '../../support/seed-catalog.ts';

const catalog = seedWholeCatalog();
const membersOf = new Map(USE_CASES.map((useCase) => [useCase, peerGroupMembers(catalog, USE_CASE_RULES[useCase].peerGroup, {})]));
const providers = [...new Set([...catalog.offeringsByModelId.values()].flat().map((offering) => offering.providerId))].sort();
const labs = [...new Set(catalog.models.map((model) => model.labId))].sort();
// The labs of the best-scored models: excluding a random lab of 150 would rarely touch an answer.
const leadingLabs = [
  ...new Set(
    membersOf
      .get('CODE_GENERATION')!
      .filter(({ score }) => (score.score.overall.value ?? 0) > 70)
      .map(({ model }) => model.labId),
  ),
].sort();

const usage: fc.Arbitrary<UsageInput> = fc.record({
  requestsPerMonth: fc.integer({ min: 1, max: 3_000_000 }),
  tokensPerRequest: fc.integer({ min: 100, max: 150_000 }),
  inputShare: fc.integer({ min: 5, max: 95 }).map((percent) => percent / 100),
  cachedInputShare: fc.integer({ min: 0, max: 60 }).map((percent) => percent / 100),
});

/** Mostly absent: a constraint set that names random labs and providers at once would leave nothing to recommend. */
const sometimes = <T>(values: fc.Arbitrary<T[]>) => fc.oneof({ weight: 3, arbitrary: fc.constant([] as T[]) }, { weight: 1, arbitrary: values });

const constraints: fc.Arbitrary<RecommendConstraints> = fc.record({
  maxMonthlyNanoUsd: fc.option(
    fc.integer({ min: 0, max: 50_000 }).map((usd) => BigInt(usd) * 1_000_000_000n),
    { nil: null },
  ),
  minContextTokens: fc.option(fc.constantFrom(8_000, 32_000, 128_000, 200_000, 1_000_000), { nil: null }),
  capabilities: sometimes(fc.subarray(CAPABILITY_NAMES as CapabilityName[], { minLength: 1, maxLength: 2 })),
  inputModalities: sometimes(fc.subarray(['image', 'pdf', 'audio'] as (typeof MODALITIES)[number][], { minLength: 1, maxLength: 1 })),
  outputModalities: fc.constant([]),
  openWeights: fc.option(fc.boolean(), { nil: null }),
  providers: sometimes(fc.subarray(providers, { minLength: 1, maxLength: 12 })),
  labs: sometimes(fc.subarray(labs, { minLength: 1, maxLength: 12 })),
  excludeLabs: sometimes(fc.subarray(leadingLabs, { minLength: 1, maxLength: 3 })),
});

/** Every constraint, checked on the answer as a reader of the API would check it. */
function violations(candidate: ReturnType<typeof recommend>['candidates'][number], bound: RecommendConstraints): string[] {
  const { model, offering, estimate } = candidate;
  const problems: string[] = [];
  if (bound.maxMonthlyNanoUsd !== null && estimate.monthly!.microUsd * 1000n > bound.maxMonthlyNanoUsd) problems.push('budget');
  if (bound.minContextTokens !== null && !((offering.limits.contextTokens.tokens ?? -1) >= bound.minContextTokens)) problems.push('context');
  if (!bound.capabilities.every((capability) => model.capabilities[capability] === true)) problems.push('capabilities');
  if (!bound.inputModalities.every((modality) => model.modalities.input.includes(modality))) problems.push('input');
  if (bound.openWeights !== null && model.openWeights !== bound.openWeights) problems.push('openWeights');
  if (bound.providers.length && !bound.providers.includes(offering.providerId)) problems.push('providers');
  if (bound.labs.length && !bound.labs.includes(model.labId)) problems.push('labs');
  if (bound.excludeLabs.includes(model.labId)) problems.push('excludeLabs');
  if (offering.modelId !== model.id || offering.price.kind !== 'PAY_PER_USE') problems.push('offering');
  return problems;
}

describe('recommend, properties on the seed catalog', () => {
  it('every candidate meets every constraint, its cost is the cost engine’s, its order follows fit then score then cost, and it explains itself', () => {
    let answered = 0;
    let missed = 0;
    fc.assert(
      fc.property(fc.constantFrom(...USE_CASES), usage, constraints, fc.integer({ min: 1, max: 8 }), (useCase, usageInput, bound, first) => {
        const resolved = resolveUsage(usageInput);
        const answer = recommend({ useCase, members: membersOf.get(useCase)!, usage: resolved, constraints: bound, first });
        expect(answer.candidates.length).toBeLessThanOrEqual(first);
        answer.candidates.forEach((candidate, index) => {
          expect(violations(candidate, bound)).toEqual([]);
          // As costEstimate prices it: a reasoning model given no reasoning tokens gets the default.
          const asRun = usageForModel(resolved, candidate.model.capabilities);
          const again = estimateCost({ offering: candidate.offering, limits: candidate.offering.limits, usage: asRun });
          expect(candidate.estimate.monthly).toEqual(again.monthly);
          expect(candidate.rank).toBe(index + 1);
          expect(candidate.reasons.length).toBeGreaterThan(0);
          for (const reason of candidate.reasons) expect(reason.figures.length).toBeGreaterThan(0);
          const previous = answer.candidates[index - 1];
          if (previous) {
            expect(previous.fit).toBeGreaterThanOrEqual(candidate.fit);
            if (previous.fit === candidate.fit && previous.score === candidate.score) {
              expect(previous.estimate.monthly!.microUsd).toBeLessThanOrEqual(candidate.estimate.monthly!.microUsd);
            }
          }
        });
        for (const miss of answer.nearMisses) expect(miss.failed.length).toBeGreaterThan(0);
        if (answer.candidates.length > 0) answered++;
        if (answer.nearMisses.length > 0) missed++;
      }),
      { numRuns: 100, seed: 17 },
    );
    // The runs must exercise both sides: answers with candidates, and constraints that leave models out.
    expect(answered).toBeGreaterThan(30);
    expect(missed).toBeGreaterThan(30);
  });

  it('leaves out nothing better: a model with a higher fit than the last candidate is a candidate or a near miss, until the near misses are full', () => {
    fc.assert(
      fc.property(fc.constantFrom(...USE_CASES), usage, constraints, (useCase, usageInput, bound) => {
        const answer = recommend({ useCase, members: membersOf.get(useCase)!, usage: resolveUsage(usageInput), constraints: bound, first: 5 });
        const last = answer.candidates.at(-1);
        if (!last || answer.nearMisses.length >= 5) return;
        const shown = new Set([...answer.candidates, ...answer.nearMisses].map(({ model }) => model.id));
        const fits = recommend({ useCase, members: membersOf.get(useCase)!, usage: resolveUsage(usageInput), constraints: { ...bound }, first: 20 });
        for (const candidate of fits.candidates) if (candidate.fit > last.fit) expect(shown.has(candidate.model.id)).toBe(true);
      }),
      { numRuns: 30, seed: 23 },
    );
  });

  it('is deterministic: the members in another order give the same answer', () => {
    const members = membersOf.get('CODE_GENERATION')!;
    const bound: RecommendConstraints = { ...fc.sample(constraints, { numRuns: 1, seed: 5 })[0]!, maxMonthlyNanoUsd: 50_000_000_000n };
    const forward = recommend({ useCase: 'CODE_GENERATION', members, usage: resolveUsage(), constraints: bound, first: 5 });
    const backward = recommend({ useCase: 'CODE_GENERATION', members: [...members].reverse(), usage: resolveUsage(), constraints: bound, first: 5 });
    expect(backward).toEqual(forward);
  });
});
