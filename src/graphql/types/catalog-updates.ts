import type { CatalogUpdate } from '../../domain/catalog-changes.ts';
import { catalogUpdatesPage, DEFAULT_UPDATES_PAGE_SIZE } from '../../services/catalog-updates.ts';
import { builder } from '../builder.ts';
import { orThrow } from '../errors.ts';
import { CatalogChangeSetRef } from './catalog-changes.ts';
import { collectionCountsOf, IngestCollectionCountsRef, IngestTriggerEnum } from './ingest.ts';

const CatalogUpdateRef = builder.objectRef<CatalogUpdate>('CatalogUpdate').implement({
  description: 'One import that changed the catalog: when, from which source, the counts per collection, and what changed.',
  fields: (t) => ({
    catalogVersion: t.exposeInt('catalogVersion', { description: 'The catalog version the import made current.' }),
    importId: t.exposeID('importId', { description: 'The import’s id, as in its report.' }),
    startedAt: t.field({
      type: 'DateTime',
      description: 'When the import began; its version became current moments later.',
      resolve: (update) => update.startedAt,
    }),
    source: t.exposeString('format', { description: '`models-dev`, `openrouter`, `lmarena`, or `seed` for the seed catalog.' }),
    trigger: t.field({ type: IngestTriggerEnum, resolve: (update) => update.trigger }),
    urls: t.exposeStringList('urls', { description: 'The URLs its files were fetched from; empty for files given directly.' }),
    collections: t.field({ type: [IngestCollectionCountsRef], resolve: (update) => collectionCountsOf(update.collections) }),
    changes: t.field({ type: CatalogChangeSetRef, resolve: (update) => update.changes }),
  }),
});

builder.queryField('catalogUpdates', (t) =>
  t.connection({
    type: CatalogUpdateRef,
    description:
      `The imports that changed the catalog, newest first, up to the version this request reads; ${DEFAULT_UPDATES_PAGE_SIZE} per page by default. ` +
      'An import that changed nothing (or failed) is not an update.',
    resolve: async (_root, page, context) => orThrow(await catalogUpdatesPage(context, page)),
  }),
);
