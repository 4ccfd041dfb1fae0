import { createHash } from 'node:crypto';
import type { Document } from 'mongodb';
import type { CapabilityName, Modality, PeerGroup } from './domain/catalog.ts';

/** What the `models` query can filter by (all conditions must hold). */
export interface ModelFilter {
  labs?: string[] | null;
  providers?: string[] | null;
  inputModalities?: Modality[] | null;
  outputModalities?: Modality[] | null;
  capabilities?: CapabilityName[] | null;
  peerGroups?: PeerGroup[] | null;
  openWeights?: boolean | null;
  releasedAfter?: string | null;
  maxPriceNanoUsdPerMTok?: number | null;
  minContextTokens?: number | null;
  search?: string | null;
}

export type ModelSortField = 'NAME' | 'RELEASE_DATE' | 'PRICE' | 'CONTEXT_WINDOW';
export type SortDirection = 'ASC' | 'DESC';
export interface ModelSort {
  field: ModelSortField;
  direction: SortDirection;
}

const SORT_PATHS: Record<ModelSortField, string> = {
  NAME: 'name',
  RELEASE_DATE: 'releaseDate',
  PRICE: 'listPrice.blendedNanoUsdPerMTok',
  CONTEXT_WINDOW: 'limits.contextTokens.tokens',
};

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The database filter for a `ModelFilter`; `modelIdsServedByProviders` is resolved by the caller. */
export function modelFilterQuery(filter: ModelFilter, modelIdsServedByProviders: string[] | null): Document {
  const conditions: Document[] = [];
  if (filter.labs?.length) conditions.push({ labId: { $in: filter.labs } });
  if (modelIdsServedByProviders) conditions.push({ id: { $in: modelIdsServedByProviders } });
  if (filter.inputModalities?.length) conditions.push({ 'modalities.input': { $all: filter.inputModalities } });
  if (filter.outputModalities?.length) conditions.push({ 'modalities.output': { $all: filter.outputModalities } });
  for (const capability of filter.capabilities ?? []) conditions.push({ [`capabilities.${capability}`]: true });
  if (filter.peerGroups?.length) conditions.push({ peerGroup: { $in: filter.peerGroups } });
  if (typeof filter.openWeights === 'boolean') conditions.push({ openWeights: filter.openWeights });
  if (filter.releasedAfter) conditions.push({ releaseDate: { $gt: filter.releasedAfter } });
  // Unknown prices and limits are stored as null, and `$lte`/`$gte` never match null: an unknown
  // price is never "under the budget", an unknown context never "large enough".
  if (typeof filter.maxPriceNanoUsdPerMTok === 'number') {
    conditions.push({ 'listPrice.blendedNanoUsdPerMTok': { $lte: filter.maxPriceNanoUsdPerMTok } });
  }
  if (typeof filter.minContextTokens === 'number') conditions.push({ 'limits.contextTokens.tokens': { $gte: filter.minContextTokens } });
  if (filter.search?.trim()) {
    const pattern = { $regex: escapeRegex(filter.search.trim()), $options: 'i' };
    conditions.push({ $or: [{ id: pattern }, { name: pattern }, { aliases: pattern }] });
  }
  return conditions.length ? { $and: conditions } : {};
}

/**
 * Aggregation stages that sort by the chosen field with unknown values (null) last in either
 * direction — an unknown price is never the cheapest, nor the most expensive — and the canonical
 * id as the tie-breaker, so pages are stable.
 */
export function modelSortStages(sort: ModelSort): Document[] {
  const path = SORT_PATHS[sort.field];
  return [
    { $addFields: { sortValueMissing: { $cond: [{ $eq: [{ $ifNull: [`$${path}`, null] }, null] }, 1, 0] } } },
    { $sort: { sortValueMissing: 1, [path]: sort.direction === 'ASC' ? 1 : -1, id: 1 } },
    { $project: { sortValueMissing: 0 } },
  ];
}

/** Cursors are tied to the query that made them, so one from another query is refused, not misread. */
export function querySignature(filter: ModelFilter, sort: ModelSort): string {
  const given = Object.entries(filter)
    .filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(JSON.stringify({ given, sort })).digest('base64url').slice(0, 16);
}

export function encodeCursor(signature: string, offset: number): string {
  return Buffer.from(JSON.stringify({ s: signature, o: offset })).toString('base64url');
}

/** The offset in a cursor made by the same query, or null when the cursor is not one. */
export function decodeCursor(cursor: string, signature: string): number | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof decoded !== 'object' || decoded === null) return null;
    const { s, o } = decoded as { s?: unknown; o?: unknown };
    return s === signature && Number.isSafeInteger(o) && (o as number) >= 0 ? (o as number) : null;
  } catch {
    return null;
  }
}
