/** Dated price (and limit) changes across the catalog, filtered by model and provider, as a Relay connection. */
import type { IsoDate, PriceEvent } from '../domain/catalog.ts';
import { closestMatches, didYouMean } from '../domain/suggest.ts';
import { type Connection, connectionOf, type PageRequest, pageStart, signatureOf } from './cursors.ts';
import { badInput, failure, type Outcome, success } from './outcome.ts';
import { unknownModelProblem } from './quote.ts';
import type { RequestData } from './request-data.ts';

export const DEFAULT_PRICE_CHANGES_PAGE_SIZE = 20;

export interface PriceChangesRequest extends PageRequest {
  since: IsoDate;
  /** A model's canonical id or any alias. */
  model?: string | null;
  /** A provider's slug. */
  provider?: string | null;
}

/** Unknown ids are the caller's mistake (BAD_USER_INPUT naming the argument), not an empty list that looks like "no changes". */
export async function priceChangesPage({ catalog, loaders }: RequestData, request: PriceChangesRequest): Promise<Outcome<Connection<PriceEvent>>> {
  const [model, provider] = await Promise.all([
    request.model == null ? null : loaders.modelById.load(request.model),
    request.provider == null ? null : loaders.providerById.load(request.provider),
  ]);
  if (request.model != null && !model) return failure(await unknownModelProblem({ catalog }, 'model', request.model));
  if (request.provider != null && !provider) {
    const suggestions = closestMatches(
      request.provider,
      (await catalog.allProviders()).map((p) => ({ id: p.id, names: [p.name] })),
    );
    return failure(
      badInput('provider', `no provider has the id ${JSON.stringify(request.provider)}${didYouMean(suggestions)}`, { reason: 'UNKNOWN_PROVIDER', suggestions }),
    );
  }
  const filter = { since: request.since, modelId: model?.id ?? null, providerId: provider?.id ?? null };
  const signature = signatureOf(filter);
  const start = pageStart(request, signature);
  if (!start.ok) return start;
  const { items, totalCount } = await catalog.priceEventsPage(filter, start.value, request.first ?? DEFAULT_PRICE_CHANGES_PAGE_SIZE);
  return success(connectionOf(items, totalCount, start.value, signature));
}
