/** `recommend`: the use case's peer group read whole from the request's catalog version, ranked and priced by the domain. */
import type { CapabilityName, Modality } from '../domain/catalog.ts';
import type { UseCase } from '../domain/comparison/types.ts';
import { USE_CASE_RULES } from '../domain/comparison/use-cases.ts';
import type { UsageInput } from '../domain/cost/types.ts';
import { resolveUsage } from '../domain/cost/usage.ts';
import { usdToNanoUsd } from '../domain/money/decimal.ts';
import { recommend } from '../domain/recommend/recommend.ts';
import type { Recommendation, RecommendConstraints } from '../domain/recommend/types.ts';
import { type Outcome, success } from './outcome.ts';
import type { RequestData } from './request-data.ts';
import { peerGroupMembers } from './whole-catalog.ts';

/** The constraints as the API states them: the budget in USD a month. */
export interface RecommendConstraintsInput {
  maxMonthlyUsd?: number | null;
  minContextTokens?: number | null;
  capabilities?: CapabilityName[] | null;
  inputModalities?: Modality[] | null;
  outputModalities?: Modality[] | null;
  openWeights?: boolean | null;
  providers?: string[] | null;
  labs?: string[] | null;
  excludeLabs?: string[] | null;
}

export interface RecommendRequest {
  useCase: UseCase;
  usage?: UsageInput | null;
  constraints?: RecommendConstraintsInput | null;
  first: number;
}

function constraintsOf(input: RecommendConstraintsInput | null | undefined): RecommendConstraints {
  return {
    // Exact: the budget the client wrote, read as the decimal it is.
    maxMonthlyNanoUsd: input?.maxMonthlyUsd == null ? null : BigInt(usdToNanoUsd(input.maxMonthlyUsd)),
    minContextTokens: input?.minContextTokens ?? null,
    capabilities: input?.capabilities ?? [],
    inputModalities: input?.inputModalities ?? [],
    outputModalities: input?.outputModalities ?? [],
    openWeights: input?.openWeights ?? null,
    providers: input?.providers ?? [],
    labs: input?.labs ?? [],
    excludeLabs: input?.excludeLabs ?? [],
  };
}

export async function recommendation(data: RequestData, request: RecommendRequest): Promise<Outcome<Recommendation>> {
  const catalog = await data.catalog.wholeCatalog();
  const key = `recommend:${JSON.stringify([request.useCase, request.usage ?? null, request.constraints ?? null, request.first])}`;
  const answer = await data.catalog.computedFromVersion(key, async () =>
    recommend({
      useCase: request.useCase,
      members: peerGroupMembers(catalog, USE_CASE_RULES[request.useCase].peerGroup, {}),
      usage: resolveUsage(request.usage ?? {}),
      constraints: constraintsOf(request.constraints),
      first: request.first,
    }),
  );
  return success(answer);
}
