/** What a recommendation assumes, in sentences: the rule, the usage, where prices come from, what was left out. */
import { PEER_GROUP_LABELS } from '../catalog.ts';
import type { UseCase } from '../comparison/types.ts';
import { USE_CASE_RULES } from '../comparison/use-cases.ts';
import type { ResolvedUsage } from '../cost/types.ts';
import { toNumber } from '../money/rational.ts';
import { useCaseWords } from './reasons.ts';
import type { Recommendation, RecommendConstraints } from './types.ts';

const count = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });
const percent = (share: number) => `${count(share * 100)}%`;

function usageSentence(usage: ResolvedUsage): string {
  const parts = [
    `${count(toNumber(usage.requestsPerMonth))} requests a month${usage.requestsBasis === 'DEFAULT' ? ' (the default)' : ''}`,
    `${count(toNumber(usage.inputTokensPerRequest))} input and ${count(toNumber(usage.outputTokensPerRequest))} output tokens per request${usage.tokensBasis === 'DEFAULT' ? ' (the default)' : ''}`,
  ];
  if (toNumber(usage.cachedInputShare) > 0) parts.push(`${percent(toNumber(usage.cachedInputShare))} of the input read from the prompt cache`);
  if (toNumber(usage.cacheWriteShare) > 0) parts.push(`${percent(toNumber(usage.cacheWriteShare))} written to it`);
  if (toNumber(usage.reasoningTokensPerRequest) > 0) parts.push(`${count(toNumber(usage.reasoningTokensPerRequest))} reasoning tokens per request`);
  if (toNumber(usage.imagesPerMonth) > 0) parts.push(`${count(toNumber(usage.imagesPerMonth))} images a month`);
  if (toNumber(usage.webSearchesPerRequest) > 0) parts.push(`${count(toNumber(usage.webSearchesPerRequest))} web searches per request`);
  return `Usage: ${parts.join(', ')}.`;
}

export function recommendationAssumptions(input: {
  useCase: UseCase;
  usage: ResolvedUsage;
  constraints: RecommendConstraints;
  considered: Recommendation['considered'];
}): string[] {
  const { useCase, usage, constraints, considered } = input;
  const rule = USE_CASE_RULES[useCase];
  const group = PEER_GROUP_LABELS[rule.peerGroup];
  const anyConstraint = Object.values(constraints).some((value) => (Array.isArray(value) ? value.length > 0 : value !== null));
  return [
    `Use case ${useCaseWords(useCase)}: ${rule.rule}`,
    usageSentence(usage),
    'Each model is priced at its cheapest pay-per-use offering that meets the constraints at this usage; subscriptions, free tiers and self-hosting have no price per use and are left out.',
    `Order: fit for the use case, then the overall score among ${group}, then the monthly cost. A candidate whose fit the evidence cannot order against the first choice’s (the 95% interval of the difference contains 0) is statistically tied with it.`,
    `${count(considered.members)} ${group} considered: ${count(considered.withoutFit)} have no fit for this use case (a figure it needs is unknown) and ${count(considered.notSuitable)} are not suitable; neither is ranked.`,
    ...(anyConstraint ? ['Unknown never satisfies a constraint: an unknown capability, context window, weights licence or price counts as failing it.'] : []),
  ];
}
