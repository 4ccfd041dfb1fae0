import { DEFAULT_PRICE_CHANGES_PAGE_SIZE, priceChangesPage } from '../../services/price-changes.ts';
import { modelIdArg } from '../args.ts';
import { builder } from '../builder.ts';
import { orThrow } from '../errors.ts';
import { catalogKey } from '../ids.ts';
import { ModelRef } from './model.ts';
import { OfferingRef } from './offering.ts';
import { PriceEventRef } from './price-event.ts';
import { ProviderRef } from './provider.ts';

// What a price event is about, for lists that mix offerings (priceChanges); Offering.priceHistory needs none of it.
builder.objectFields(PriceEventRef, (t) => ({
  offeringId: t.exposeString('offeringId', { description: '`provider/providerModelId`, as Offering ids are.' }),
  offering: t.field({
    type: OfferingRef,
    nullable: true,
    description: 'The offering in this catalog version; null once it is no longer listed.',
    resolve: (event, _args, context) => context.loaders.offeringById.load(event.offeringId),
  }),
  provider: t.field({
    type: ProviderRef,
    nullable: true,
    resolve: (event, _args, context) => context.loaders.providerById.load(event.providerId),
  }),
  model: t.field({
    type: ModelRef,
    nullable: true,
    description: 'The canonical model; null for an unmapped listing.',
    resolve: (event, _args, context) => (event.modelId ? context.loaders.modelById.load(event.modelId) : null),
  }),
}));

builder.queryField('priceChanges', (t) =>
  t.connection({
    type: PriceEventRef,
    description:
      'Dated changes of offerings’ prices or limits on or after `since`, newest first (each import’s, and the models.dev history), ' +
      `${DEFAULT_PRICE_CHANGES_PAGE_SIZE} per page by default. An unknown model or provider is BAD_USER_INPUT naming it.`,
    args: {
      since: t.arg({ type: 'LocalDate', required: true }),
      model: t.arg.id({ ...modelIdArg, required: false, description: 'Only this model’s offerings: canonical id, alias or global id.' }),
      provider: t.arg.id({
        required: false,
        description: 'Only this provider’s offerings (slug or global id).',
        validate: { type: 'string', minLength: 1, maxLength: 200 },
      }),
    },
    resolve: async (_root, { since, model, provider, ...page }, context) =>
      orThrow(
        await priceChangesPage(context, {
          ...page,
          since,
          model: model == null ? null : catalogKey(String(model), 'Model'),
          provider: provider == null ? null : catalogKey(String(provider), 'Provider'),
        }),
      ),
  }),
);
