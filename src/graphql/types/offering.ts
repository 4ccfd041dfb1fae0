import type { Offering } from '../../domain/catalog.ts';
import { builder } from '../builder.ts';
import { loadNodesWith } from '../ids.ts';
import { LimitsRef } from './limits.ts';
import { ModelRef } from './model.ts';
import { OfferingPriceRef } from './price.ts';
import { PriceEventRef } from './price-event.ts';
import { ProvenanceRef } from './provenance.ts';
import { ProviderRef } from './provider.ts';

export const OfferingRef = builder.objectRef<Offering>('Offering');

const OfferingStatusEnum = builder.enumType('OfferingStatus', { values: ['ACTIVE', 'BETA', 'ALPHA', 'DEPRECATED'] as const });

builder.node(OfferingRef, {
  description: "A provider's listing of a model: its id there, price (with unit and pricing kind), limits and status.",
  id: { resolve: (offering) => offering.id },
  loadMany: loadNodesWith((context) => context.loaders.offeringById),
  fields: (t) => ({
    providerModelId: t.exposeString('providerModelId', { description: "The model's id at this provider." }),
    name: t.exposeString('name'),
    provider: t.field({
      type: ProviderRef,
      resolve: async (offering, _args, context) => (await context.loaders.providerById.load(offering.providerId))!,
    }),
    model: t.field({
      type: ModelRef,
      nullable: true,
      description: 'The canonical model; null when the mapping is not certain (see unmappedReason).',
      resolve: (offering, _args, context) => (offering.modelId ? context.loaders.modelById.load(offering.modelId) : null),
    }),
    unmappedReason: t.exposeString('unmappedReason', { nullable: true }),
    price: t.field({ type: OfferingPriceRef, resolve: (offering) => offering.price }),
    limits: t.field({ type: LimitsRef, resolve: (offering) => offering.limits }),
    status: t.field({ type: OfferingStatusEnum, resolve: (offering) => offering.status }),
    provenance: t.field({ type: ProvenanceRef, resolve: (offering) => offering.provenance }),
    priceHistory: t.field({
      type: [PriceEventRef],
      description: 'Dated changes of this offering’s price or limits, oldest first.',
      resolve: (offering, _args, context) => context.loaders.priceEventsByOfferingId.load(offering.id),
    }),
  }),
});
