/** Every provider listing of every source, one per offering id. */
import { byKey } from '../../domain/util/sorting.ts';
import type { ApiRecord, ModelsDevListing } from '../formats/models-dev.ts';
import type { OpenRouterModel } from '../formats/openrouter.ts';
import type { SourceSet } from '../sources.ts';
import type { AliasTable } from '../tables.ts';
import { recordsOf } from './context.ts';

export const OPENROUTER = 'openrouter';

export interface Listing {
  offeringId: string;
  providerId: string;
  rawId: string;
  observedAt: string;
  baseModel: string | null;
  source: { kind: 'models.dev'; listing: ModelsDevListing } | { kind: 'openrouter'; model: OpenRouterModel };
}

export function listingsOf(sources: SourceSet): Listing[] {
  const byOffering = new Map<string, Listing>();
  for (const { value, observedAt } of recordsOf<ApiRecord>(sources, 'models-dev/api')) {
    if (!('listing' in value)) continue;
    const offeringId = `${value.providerId}/${value.listing.id}`;
    byOffering.set(offeringId, {
      offeringId,
      providerId: value.providerId,
      rawId: value.listing.id,
      observedAt,
      baseModel: value.listing.base_model ?? null,
      source: { kind: 'models.dev', listing: value.listing },
    });
  }
  // OpenRouter's own API is the better source for OpenRouter's listings than models.dev's copy.
  for (const { value, observedAt } of recordsOf<OpenRouterModel>(sources, 'openrouter/models')) {
    const offeringId = `${OPENROUTER}/${value.id}`;
    byOffering.set(offeringId, {
      offeringId,
      providerId: OPENROUTER,
      rawId: value.id,
      observedAt,
      baseModel: null,
      source: { kind: 'openrouter', model: value },
    });
  }
  return [...byOffering.values()].sort(byKey((listing) => listing.offeringId));
}

/** OpenRouter's routers (`openrouter/auto` …) pick a model per request: they are no model. */
export function isRouter(listing: Listing, aliases: AliasTable): boolean {
  const id = listing.providerId === OPENROUTER ? listing.rawId.toLowerCase() : '';
  return aliases.notModels.prefixes.some((prefix) => id.startsWith(prefix));
}

/** OpenRouter names read "Anthropic: Claude Opus 4.7"; the lab is a field of its own. */
export function openRouterModelName(name: string): string {
  return name.replace(/^[^:]{1,40}:\s+/, '');
}

/** The listing's display name in its source. */
export function listingName({ source }: Listing): string {
  return source.kind === 'models.dev' ? source.listing.name : openRouterModelName(source.model.name);
}
