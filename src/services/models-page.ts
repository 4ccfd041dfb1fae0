/** One page of the models list, as a Relay connection over the request's catalog version. */
import type { Model } from '../domain/catalog.ts';
import type { ModelFilter, ModelSort } from '../domain/model-query.ts';
import { usdToNanoUsd } from '../domain/money/decimal.ts';
import { decodeCursor, encodeCursor, querySignature } from './cursors.ts';
import { badInput, failure, type Outcome, success } from './outcome.ts';
import type { RequestData } from './request-data.ts';

export const DEFAULT_PAGE_SIZE = 20;

/** The filter as the API states it: prices in USD per million tokens. */
export type ModelFilterInput = Omit<ModelFilter, 'maxPriceNanoUsdPerMTok'> & { maxPriceUsdPerMTok?: number | null };

export interface ModelsPageRequest {
  filter?: ModelFilterInput | null;
  sort?: { field?: ModelSort['field'] | null; direction?: ModelSort['direction'] | null } | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface ModelsPage {
  edges: { node: Model; cursor: string }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export async function modelsPage({ catalog }: Pick<RequestData, 'catalog'>, request: ModelsPageRequest): Promise<Outcome<ModelsPage>> {
  if (request.last != null || request.before != null) return failure(badInput('last', 'backward pagination is not supported; use first and after'));
  const { maxPriceUsdPerMTok, ...rest } = request.filter ?? {};
  // Exact: the price the client wrote, read as the decimal it is (0.3, not 0.299999…).
  const filter: ModelFilter = { ...rest, maxPriceNanoUsdPerMTok: maxPriceUsdPerMTok == null ? null : usdToNanoUsd(maxPriceUsdPerMTok) };
  const sort: ModelSort = { field: request.sort?.field ?? 'NAME', direction: request.sort?.direction ?? 'ASC' };
  const signature = querySignature(filter, sort);
  const offset = request.after == null ? 0 : decodeCursor(request.after, signature);
  if (offset === null) return failure(badInput('after', 'not a cursor of this query (it is malformed, or comes from another filter or sort)'));
  const { models, totalCount } = await catalog.modelsPage(filter, sort, offset, request.first ?? DEFAULT_PAGE_SIZE);
  const edges = models.map((model, index) => ({ node: model, cursor: encodeCursor(signature, offset + index + 1) }));
  return success({
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + models.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  });
}
