/** A provider listing as an offering: its price (with pricing kind), limits and status, in its source's terms. */
import type { Limits, Offering, OfferingStatus, Provenance } from '../../domain/catalog.ts';
import type { ModelsDevListing } from '../formats/models-dev.ts';
import type { OpenRouterModel } from '../formats/openrouter.ts';
import { parseListingId } from '../identity.ts';
import { limitsOf, modelsDevPrice, openRouterPrice, peerGroupOf } from '../normalise.ts';
import { isFreeVariant } from '../pricing-kind.ts';
import type { BuildContext } from './context.ts';
import { type Listing, OPENROUTER, openRouterModelName } from './listings.ts';

function statusOf(status: ModelsDevListing['status']): OfferingStatus {
  return status === 'alpha' ? 'ALPHA' : status === 'beta' ? 'BETA' : status === 'deprecated' ? 'DEPRECATED' : 'ACTIVE';
}

export function openRouterLimits(model: OpenRouterModel, provenance: Provenance): Limits {
  const output = model.architecture.output_modalities;
  return limitsOf(
    { context: model.context_length ?? model.top_provider?.context_length ?? null, output: model.top_provider?.max_completion_tokens ?? null },
    peerGroupOf(output, [model.id]),
    provenance,
  );
}

/** The offering of `listing`, attached to `modelId` (or unmapped with the reason). */
export function offeringOf(ctx: BuildContext, listing: Listing, modelId: string | null, unmappedReason: string | null): Offering {
  const facts = ctx.providerFacts(listing.providerId);
  const selfReported = modelId !== null && facts.labId !== null && modelId.startsWith(`${facts.labId}/`);
  if (listing.source.kind === 'models.dev') {
    const { listing: record } = listing.source;
    const provenance: Provenance = { source: 'models.dev', sourceId: listing.offeringId, observedAt: listing.observedAt, selfReported, url: null };
    const peerGroup = peerGroupOf(record.modalities?.output ?? null, [record.id, record.family]);
    return {
      id: listing.offeringId,
      providerId: listing.providerId,
      providerModelId: listing.rawId,
      name: record.name,
      modelId,
      unmappedReason,
      price: modelsDevPrice(record.cost, facts, provenance, isFreeVariant(listing.rawId, record.name)),
      limits: limitsOf(record.limit, peerGroup, provenance),
      status: statusOf(record.status),
      provenance,
    };
  }
  const { model } = listing.source;
  const provenance: Provenance = {
    source: 'openrouter',
    sourceId: model.id,
    observedAt: listing.observedAt,
    selfReported,
    url: `https://openrouter.ai/${model.id}`,
  };
  const parsed = parseListingId(model.id, ctx.tables.aliases);
  return {
    id: listing.offeringId,
    providerId: OPENROUTER,
    providerModelId: model.id,
    name: openRouterModelName(model.name),
    modelId,
    unmappedReason,
    price: openRouterPrice(model, facts, parsed.ok && parsed.id.freeTier, provenance),
    limits: openRouterLimits(model, provenance),
    status: 'ACTIVE',
    provenance,
  };
}
