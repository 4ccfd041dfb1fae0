/** A `ModelQuery` (domain/model-query.ts) as MongoDB filter and sort stages over the `models` collection. */
import type { Document } from 'mongodb';
import { type DatabaseSortField, type ModelFilter, type ModelSort, searchPattern } from '../domain/model-query.ts';

const SORT_PATHS: Record<DatabaseSortField, string> = {
  NAME: 'name',
  RELEASE_DATE: 'releaseDate',
  PRICE: 'listPrice.blendedNanoUsdPerMTok',
  CONTEXT_WINDOW: 'limits.contextTokens.tokens',
};

/** The database filter for a `ModelFilter`; `modelIdsServedByProviders` is resolved by the caller. */
export function modelFilterQuery(filter: ModelFilter, modelIdsServedByProviders: string[] | null): Document {
  const conditions: Document[] = [];
  if (filter.labs?.length) conditions.push({ labId: { $in: filter.labs } });
  if (modelIdsServedByProviders) conditions.push({ id: { $in: modelIdsServedByProviders } });
  if (filter.inputModalities?.length) conditions.push({ 'modalities.input': { $all: filter.inputModalities } });
  if (filter.outputModalities?.length) conditions.push({ 'modalities.output': { $all: filter.outputModalities } });
  for (const capability of filter.capabilities ?? []) conditions.push({ [`capabilities.${capability}`]: true });
  if (filter.peerGroups?.length) conditions.push({ peerGroups: { $in: filter.peerGroups } });
  if (typeof filter.openWeights === 'boolean') conditions.push({ openWeights: filter.openWeights });
  if (filter.releasedAfter) conditions.push({ releaseDate: { $gt: filter.releasedAfter } });
  // Unknown prices and limits are stored as null, and `$lte`/`$gte` never match null: an unknown
  // price is never "under the budget", an unknown context never "large enough".
  if (typeof filter.maxPriceNanoUsdPerMTok === 'number') {
    conditions.push({ 'listPrice.blendedNanoUsdPerMTok': { $lte: filter.maxPriceNanoUsdPerMTok } });
  }
  if (typeof filter.minContextTokens === 'number') conditions.push({ 'limits.contextTokens.tokens': { $gte: filter.minContextTokens } });
  const search = searchPattern(filter.search);
  if (search) {
    const pattern = { $regex: search.source, $options: 'i' };
    conditions.push({ $or: [{ id: pattern }, { name: pattern }, { aliases: pattern }] });
  }
  return conditions.length ? { $and: conditions } : {};
}

/**
 * Aggregation stages that sort by the chosen field with unknown values (null) last in either
 * direction — an unknown price is never the cheapest, nor the most expensive — and the canonical
 * id as the tie-breaker, so pages are stable.
 */
export function modelSortStages(sort: ModelSort<DatabaseSortField>): Document[] {
  const path = SORT_PATHS[sort.field];
  return [
    { $addFields: { sortValueMissing: { $cond: [{ $eq: [{ $ifNull: [`$${path}`, null] }, null] }, 1, 0] } } },
    { $sort: { sortValueMissing: 1, [path]: sort.direction === 'ASC' ? 1 : -1, id: 1 } },
    { $project: { sortValueMissing: 0 } },
  ];
}
