import { type ModelSortField, SORT_DIRECTIONS } from '../../domain/model-query.ts';
import { DEFAULT_PAGE_SIZE, type ModelFilterInput as ModelFilterArgument, modelsPage } from '../../services/models-page.ts';
import { builder, MAX_PAGE_SIZE } from '../builder.ts';
import { orThrow } from '../errors.ts';
import { CapabilityEnum } from './capabilities.ts';
import { describedValues, ModalityEnum, PeerGroupEnum } from './enums.ts';
import { ModelRef } from './model.ts';

export const ModelFilterRef = builder.inputType('ModelFilter', {
  description: 'All given conditions must hold. Unknown values never match a bound (an unknown price is not under any budget).',
  fields: (t) => ({
    labs: t.idList({ description: 'Made by any of these labs (slugs).', validate: { maxLength: 50 } }),
    providers: t.idList({ description: 'Served by any of these providers (slugs).', validate: { maxLength: 50 } }),
    inputModalities: t.field({ type: [ModalityEnum], description: 'Accepts all of these inputs.' }),
    outputModalities: t.field({ type: [ModalityEnum], description: 'Produces all of these outputs.' }),
    capabilities: t.field({ type: [CapabilityEnum], description: 'Has all of these capabilities (known to be true).' }),
    peerGroups: t.field({ type: [PeerGroupEnum], description: 'In any of these peer groups.' }),
    openWeights: t.boolean(),
    releasedAfter: t.field({
      type: 'LocalDate',
      description:
        'Released strictly after this day (a release known only to the month counts from the month’s first day: `2025-06` is not after `2025-06-01`).',
    }),
    maxPriceUsdPerMTok: t.float({
      description: 'Canonical list price (60% input / 40% output, USD per 1M tokens) at most this.',
      validate: { min: 0, max: 1_000_000 },
    }),
    minContextTokens: t.int({ description: 'Context window at least this many tokens.', validate: { min: 0 } }),
    search: t.string({ description: 'Case-insensitive text in the canonical id, name or any alias.', validate: { maxLength: 200 } }),
  }),
});

/** The filter argument as the services take it (ids as strings). */
export const serviceFilter = (filter: typeof ModelFilterRef.$inferInput | null | undefined): ModelFilterArgument | null =>
  filter ? { ...filter, labs: filter.labs?.map(String), providers: filter.providers?.map(String) } : null;

const ModelSortFieldEnum = builder.enumType('ModelSortField', {
  values: describedValues<ModelSortField>({
    NAME: 'Display name.',
    RELEASE_DATE: 'Release date (as precise as the source states it).',
    PRICE: 'Canonical list price, 60% input / 40% output per 1M tokens.',
    CONTEXT_WINDOW: 'Context window in tokens.',
    OVERALL_SCORE:
      'Overall score, in the peer group the filter names when it names exactly one (`peerGroups: [X]`), else in each model’s primary group. Scores of different groups are on their own scales: filter by one group to rank it.',
    QUALITY: 'The Benchmarks signal (quality), in the same peer group as OVERALL_SCORE.',
    ADOPTION: 'How widely the model is offered: pay-per-use providers, arena votes breaking ties (DESC: most adopted first).',
  }),
});
const SortDirectionEnum = builder.enumType('SortDirection', { values: SORT_DIRECTIONS });

const ModelSortInput = builder.inputType('ModelSort', {
  description: 'Unknown values (no price, no context window) sort last in either direction; ties by canonical id.',
  fields: (t) => ({
    field: t.field({ type: ModelSortFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});

builder.queryField('models', (t) =>
  t.connection({
    type: ModelRef,
    description: `Models matching the filter, in the chosen order, ${DEFAULT_PAGE_SIZE} per page by default and ${MAX_PAGE_SIZE} at most.`,
    args: {
      filter: t.arg({ type: ModelFilterRef }),
      sort: t.arg({ type: ModelSortInput }),
    },
    resolve: async (_root, { filter, ...page }, context) => orThrow(await modelsPage(context, { ...page, filter: serviceFilter(filter) })),
  }),
);
