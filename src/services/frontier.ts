/** The quality-versus-cost frontier of a peer group at one usage, over the request's catalog version whole. */

import type { WholeCatalog } from '../data/version-reader.ts';
import type { Model, Offering, PeerGroup } from '../domain/catalog.ts';
import { selectOffering } from '../domain/cost/select-offering.ts';
import type { CostEstimate, UsageInput } from '../domain/cost/types.ts';
import { resolveUsage, usageForModel } from '../domain/cost/usage.ts';
import { qualityCostFrontier } from '../domain/frontier/frontier.ts';
import type { IntervalBounds } from '../domain/scoring/types.ts';
import { type ModelFilterInput, modelFilterOf } from './models-page.ts';
import { type Outcome, success } from './outcome.ts';
import type { RequestData } from './request-data.ts';
import { peerGroupMembers } from './whole-catalog.ts';

export interface FrontierRequest {
  peerGroup: PeerGroup;
  usage?: UsageInput | null;
  filter?: ModelFilterInput | null;
}

export interface FrontierPointView {
  model: Model;
  /** The quality (Benchmarks signal, 0-100) and its 95% interval. */
  score: number;
  interval: IntervalBounds | null;
  offering: Offering;
  estimate: CostEstimate & { monthly: NonNullable<CostEstimate['monthly']> };
  onFrontier: boolean;
  dominatedBy: Model | null;
}

export interface FrontierView {
  peerGroup: PeerGroup;
  points: FrontierPointView[];
  withoutScore: number;
  withoutCost: number;
}

/** The frontier over the whole version (no request state: it is kept for the version, see computedFromVersion). */
function frontierOf(catalog: WholeCatalog, request: FrontierRequest): FrontierView {
  const usage = resolveUsage(request.usage ?? {});
  const members = peerGroupMembers(catalog, request.peerGroup, modelFilterOf(request.filter));
  const priced = new Map(
    members.map((member) => {
      const quality = member.score.score.signals.BENCHMARKS;
      const selection = quality.value === null ? null : selectOffering(member.offerings, 'CHEAPEST', usageForModel(usage, member.model.capabilities), null);
      return [member.model.id, { member, quality, selection: selection?.ok && selection.estimate.monthly ? selection : null }] as const;
    }),
  );
  const result = qualityCostFrontier(
    [...priced.values()].map(({ member, quality, selection }) => ({
      modelId: member.model.id,
      score: quality.value,
      monthlyMicroUsd: selection?.estimate.monthly?.microUsd ?? null,
    })),
  );
  const points = result.points.map((point): FrontierPointView => {
    const { member, quality, selection } = priced.get(point.modelId)!;
    return {
      model: member.model,
      score: point.score,
      interval: quality.interval,
      offering: selection!.offering,
      estimate: { ...selection!.estimate, monthly: selection!.estimate.monthly! },
      onFrontier: point.onFrontier,
      dominatedBy: point.dominatedBy === null ? null : priced.get(point.dominatedBy)!.member.model,
    };
  });
  return { peerGroup: request.peerGroup, points, withoutScore: result.withoutScore.length, withoutCost: result.withoutCost.length };
}

export async function frontier(data: RequestData, request: FrontierRequest): Promise<Outcome<FrontierView>> {
  const catalog = await data.catalog.wholeCatalog();
  const key = `frontier:${JSON.stringify([request.peerGroup, request.usage ?? null, request.filter ?? null])}`;
  const view = await data.catalog.computedFromVersion(key, async () => frontierOf(catalog, request));
  return success(view);
}
