/** One page of the models list, as a Relay connection over the request's catalog version. */
import type { Model } from '../domain/catalog.ts';
import type { ModelFilter, ModelSort } from '../domain/model-query.ts';
import { usdToNanoUsd } from '../domain/money/decimal.ts';
import { type Connection, connectionOf, type PageRequest, pageStart, querySignature } from './cursors.ts';
import { type Outcome, success } from './outcome.ts';
import type { RequestData } from './request-data.ts';

export const DEFAULT_PAGE_SIZE = 20;

/** The filter as the API states it: prices in USD per million tokens. */
export type ModelFilterInput = Omit<ModelFilter, 'maxPriceNanoUsdPerMTok'> & { maxPriceUsdPerMTok?: number | null };

export interface ModelsPageRequest extends PageRequest {
  filter?: ModelFilterInput | null;
  sort?: { field?: ModelSort['field'] | null; direction?: ModelSort['direction'] | null } | null;
}

export async function modelsPage({ catalog }: Pick<RequestData, 'catalog'>, request: ModelsPageRequest): Promise<Outcome<Connection<Model>>> {
  const { maxPriceUsdPerMTok, ...rest } = request.filter ?? {};
  // Exact: the price the client wrote, read as the decimal it is (0.3, not 0.299999…).
  const filter: ModelFilter = { ...rest, maxPriceNanoUsdPerMTok: maxPriceUsdPerMTok == null ? null : usdToNanoUsd(maxPriceUsdPerMTok) };
  const sort: ModelSort = { field: request.sort?.field ?? 'NAME', direction: request.sort?.direction ?? 'ASC' };
  const signature = querySignature(filter, sort);
  const start = pageStart(request, signature);
  if (!start.ok) return start;
  const { models, totalCount } = await catalog.modelsPage(filter, sort, start.value, request.first ?? DEFAULT_PAGE_SIZE);
  return success(connectionOf(models, totalCount, start.value, signature));
}
