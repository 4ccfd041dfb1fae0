/** The catalog's update history, one entry per import that changed it, as a Relay connection. */
import type { CatalogUpdate } from '../domain/catalog-changes.ts';
import { type Connection, connectionOf, type PageRequest, pageStart, signatureOf } from './cursors.ts';
import { type Outcome, success } from './outcome.ts';
import type { RequestData } from './request-data.ts';

export const DEFAULT_UPDATES_PAGE_SIZE = 10;

const SIGNATURE = signatureOf('catalogUpdates');

export async function catalogUpdatesPage({ catalog }: Pick<RequestData, 'catalog'>, request: PageRequest): Promise<Outcome<Connection<CatalogUpdate>>> {
  const start = pageStart(request, SIGNATURE);
  if (!start.ok) return start;
  const { items, totalCount } = await catalog.catalogUpdatesPage(start.value, request.first ?? DEFAULT_UPDATES_PAGE_SIZE);
  return success(connectionOf(items, totalCount, start.value, SIGNATURE));
}
