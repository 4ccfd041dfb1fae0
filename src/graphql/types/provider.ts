import type { Provider } from '../../domain/catalog.ts';
import { builder } from '../builder.ts';
import { catalogKey, loadNodesWith } from '../ids.ts';
import { PricingKindEnum } from './enums.ts';
import { LabRef } from './lab.ts';
import { OfferingRef } from './offering.ts';

export const ProviderRef = builder.objectRef<Provider>('Provider');

builder.node(ProviderRef, {
  description: 'Who serves models through an API (openai, openrouter, amazon-bedrock …).',
  id: { resolve: (provider) => provider.id },
  loadMany: loadNodesWith((context) => context.loaders.providerById),
  fields: (t) => ({
    slug: t.exposeString('id'),
    name: t.exposeString('name'),
    docUrl: t.exposeString('docUrl', { nullable: true }),
    defaultPricingKind: t.field({ type: PricingKindEnum, resolve: (provider) => provider.defaultPricingKind }),
    lab: t.field({
      type: LabRef,
      nullable: true,
      description: 'The lab, when the provider is a lab serving its own models (its offerings are canonical prices).',
      resolve: (provider, _args, context) => (provider.labId ? context.loaders.labById.load(provider.labId) : null),
    }),
    offerings: t.field({
      type: [OfferingRef],
      description: "The provider's listings, mapped to a canonical model or not.",
      // The seed's 95th percentile of mapped listings per provider (median 13, max 617).
      extensions: { listSize: 110 },
      resolve: (provider, _args, context) => context.loaders.offeringsByProviderId.load(provider.id),
    }),
  }),
});

builder.queryFields((t) => ({
  providers: t.field({
    type: [ProviderRef],
    description: 'Every provider in the catalog, by name.',
    // The seed has 147.
    extensions: { listSize: 150 },
    resolve: (_root, _args, context) => context.catalog.allProviders(),
  }),
  provider: t.field({
    type: ProviderRef,
    nullable: true,
    description: 'A provider by slug (`amazon-bedrock`) or global id; null when there is no such provider.',
    args: { id: t.arg.id({ required: true, validate: { type: 'string', minLength: 1, maxLength: 200 } }) },
    resolve: (_root, { id }, context) => context.loaders.providerById.load(catalogKey(String(id), 'Provider')),
  }),
}));
