import { builder, MAX_PAGE_SIZE } from '../builder.ts';
import { badUserInput } from '../errors.ts';
import { decodeCursor, encodeCursor, type ModelFilter, querySignature } from '../model-search.ts';
import { CapabilityEnum } from './capabilities.ts';
import { ModalityEnum, PeerGroupEnum } from './enums.ts';
import { ModelRef } from './model.ts';

const DEFAULT_PAGE_SIZE = 20;

const ModelFilterInput = builder.inputType('ModelFilter', {
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

const ModelSortFieldEnum = builder.enumType('ModelSortField', { values: ['NAME', 'RELEASE_DATE', 'PRICE', 'CONTEXT_WINDOW'] as const });
const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });

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
      filter: t.arg({ type: ModelFilterInput }),
      sort: t.arg({ type: ModelSortInput }),
    },
    resolve: async (_root, args, context) => {
      if (args.last != null || args.before != null) throw badUserInput('last', 'backward pagination is not supported; use first and after');
      const { maxPriceUsdPerMTok, ...rest } = args.filter ?? {};
      const filter: ModelFilter = {
        ...rest,
        labs: rest.labs?.map(String),
        providers: rest.providers?.map(String),
        maxPriceNanoUsdPerMTok: maxPriceUsdPerMTok == null ? null : Math.round(maxPriceUsdPerMTok * 1e9),
      };
      const sort = { field: args.sort?.field ?? 'NAME', direction: args.sort?.direction ?? 'ASC' } as const;
      const signature = querySignature(filter, sort);
      const offset = args.after == null ? 0 : decodeCursor(args.after, signature);
      if (offset === null) throw badUserInput('after', 'not a cursor of this query (it is malformed, or comes from another filter or sort)');
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      const { models, totalCount } = await context.catalog.modelsPage(filter, sort, offset, first);
      const edges = models.map((model, index) => ({ node: model, cursor: encodeCursor(signature, offset + index + 1) }));
      return {
        edges,
        totalCount,
        pageInfo: {
          hasNextPage: offset + models.length < totalCount,
          hasPreviousPage: offset > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
);
