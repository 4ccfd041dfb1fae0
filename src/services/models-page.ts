/** One page of the models list, as a Relay connection over the request's catalog version. */

import type { PageOf } from '../data/version-reader.ts';
import type { Model } from '../domain/catalog.ts';
import { byScoreSortValue, isScoreSortField, type ModelFilter, type ModelSort, type ScoreSortField, scoreSortValue } from '../domain/model-query.ts';
import { usdToNanoUsd } from '../domain/money/decimal.ts';
import { type Connection, connectionOf, type PageRequest, pageStart, querySignature } from './cursors.ts';
import { type Outcome, success } from './outcome.ts';
import type { RequestData } from './request-data.ts';
import { matchingModels, scoreRecordOf } from './whole-catalog.ts';

export const DEFAULT_PAGE_SIZE = 20;

/** The filter as the API states it: prices in USD per million tokens. */
export type ModelFilterInput = Omit<ModelFilter, 'maxPriceNanoUsdPerMTok'> & { maxPriceUsdPerMTok?: number | null };

export interface ModelsPageRequest extends PageRequest {
  filter?: ModelFilterInput | null;
  sort?: { field?: ModelSort['field'] | null; direction?: ModelSort['direction'] | null } | null;
}

/** The filter in the engine's units. */
export function modelFilterOf(input: ModelFilterInput | null | undefined): ModelFilter {
  const { maxPriceUsdPerMTok, ...rest } = input ?? {};
  // Exact: the price the client wrote, read as the decimal it is (0.3, not 0.299999…).
  return { ...rest, maxPriceNanoUsdPerMTok: maxPriceUsdPerMTok == null ? null : usdToNanoUsd(maxPriceUsdPerMTok) };
}

/** Sorted by a score: the whole catalog, filtered and ordered in memory. */
async function scoreSortedPage(data: RequestData, filter: ModelFilter, sort: ModelSort<ScoreSortField>, offset: number, limit: number): Promise<PageOf<Model>> {
  const catalog = await data.catalog.wholeCatalog();
  const peerGroup = filter.peerGroups?.length === 1 ? filter.peerGroups[0]! : null;
  const sorted = matchingModels(catalog, filter)
    .map((model) => ({ id: model.id, model, value: scoreSortValue(scoreRecordOf(catalog, model.id), sort.field, peerGroup) }))
    .sort(byScoreSortValue(sort.direction));
  const items = sorted.slice(offset, offset + limit).map(({ model }) => model);
  return { items, totalCount: sorted.length };
}

export async function modelsPage(data: RequestData, request: ModelsPageRequest): Promise<Outcome<Connection<Model>>> {
  const filter = modelFilterOf(request.filter);
  const sort: ModelSort = { field: request.sort?.field ?? 'NAME', direction: request.sort?.direction ?? 'ASC' };
  const signature = querySignature(filter, sort);
  const start = pageStart(request, signature);
  if (!start.ok) return start;
  const limit = request.first ?? DEFAULT_PAGE_SIZE;
  const { field, direction } = sort;
  if (isScoreSortField(field)) {
    const { items, totalCount } = await scoreSortedPage(data, filter, { field, direction }, start.value, limit);
    return success(connectionOf(items, totalCount, start.value, signature));
  }
  const { models, totalCount } = await data.catalog.modelsPage(filter, { field, direction }, start.value, limit);
  return success(connectionOf(models, totalCount, start.value, signature));
}
