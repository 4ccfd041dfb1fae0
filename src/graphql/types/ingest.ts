import { CATALOG_CONTENT_COLLECTIONS, type CatalogContentCollection } from '../../domain/catalog.ts';
import { INGEST_FORMATS, INGEST_TRIGGERS, type IngestReport } from '../../domain/ingest-report.ts';
import { builder } from '../builder.ts';
import { orThrow } from '../errors.ts';
import { CatalogChangeSetRef } from './catalog-changes.ts';

const upperSnake = (name: string) =>
  name
    .replace(/-/g, '_')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toUpperCase();

const IngestFormatEnum = builder.enumType('IngestFormat', {
  description: 'The source format of the files of one import.',
  values: Object.fromEntries(INGEST_FORMATS.map((format) => [upperSnake(format), { value: format }])) as Record<
    string,
    { value: (typeof INGEST_FORMATS)[number] }
  >,
});

const IngestStatusEnum = builder.enumType('IngestStatus', {
  description: 'APPLIED: a new catalog version is current. UNCHANGED: the files changed nothing. FAILED: nothing changed; `error` says why.',
  values: ['APPLIED', 'UNCHANGED', 'FAILED'] as const,
});

export const IngestTriggerEnum = builder.enumType('IngestTrigger', {
  description:
    'What started an import: SEED (the seed catalog), FILES (the CLI with files), ADMIN (the `ingest` mutation), ' +
    'FETCH (the CLI fetching a source’s URLs), SCHEDULE (the server’s background refresh), RESCORE (a server’s start found scores of an older methodology version and derived them again, the content unchanged).',
  values: INGEST_TRIGGERS,
});

const IngestCollectionEnum = builder.enumType('IngestCollection', {
  values: Object.fromEntries(CATALOG_CONTENT_COLLECTIONS.map((name) => [upperSnake(name), { value: name }])) as Record<
    string,
    { value: CatalogContentCollection }
  >,
});

const IngestFileInput = builder.inputType('IngestFileInput', {
  description: 'One source file: its name (how its kind is recognised, e.g. `api.json`, `text.csv`) and its whole text.',
  fields: (t) => ({
    name: t.string({ required: true }),
    text: t.string({ required: true }),
  }),
});

type CollectionCounts = IngestReport['collections'][CatalogContentCollection] & { collection: CatalogContentCollection };

export const IngestCollectionCountsRef = builder.objectRef<CollectionCounts>('IngestCollectionCounts').implement({
  fields: (t) => ({
    collection: t.field({ type: IngestCollectionEnum, resolve: (counts) => counts.collection }),
    added: t.exposeInt('added'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
    removed: t.exposeInt('removed'),
    rejected: t.exposeInt('rejected'),
  }),
});

/** An import's counts as a list, one entry per collection, in the order imports write them. */
export const collectionCountsOf = (collections: IngestReport['collections']): CollectionCounts[] =>
  CATALOG_CONTENT_COLLECTIONS.map((collection) => ({ collection, ...collections[collection] }));

const IngestRejectionRef = builder.objectRef<IngestReport['rejected'][number]>('IngestRejection').implement({
  fields: (t) => ({
    collection: t.field({ type: IngestCollectionEnum, resolve: (rejection) => rejection.collection }),
    file: t.exposeString('file'),
    sourceId: t.exposeString('sourceId', { description: "The record's id in its source." }),
    reason: t.exposeString('reason'),
  }),
});

const IngestFileRef = builder.objectRef<IngestReport['files'][number]>('IngestFileSummary').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.exposeString('kind', { description: 'What the file was recognised as, e.g. `models-dev/api`.' }),
    records: t.exposeInt('records'),
    rejected: t.exposeInt('rejected'),
  }),
});

const UnmappedOfferingRef = builder.objectRef<IngestReport['unmappedOfferings'][number]>('UnmappedOffering').implement({
  fields: (t) => ({ offeringId: t.exposeString('offeringId'), reason: t.exposeString('reason') }),
});

const UnmappedArenaNameRef = builder.objectRef<IngestReport['unmappedArenaNames'][number]>('UnmappedArenaName').implement({
  fields: (t) => ({ leaderboard: t.exposeString('leaderboard'), name: t.exposeString('name'), reason: t.exposeString('reason') }),
});

const SourceRowCountsRef = builder.objectRef<IngestReport['sourceRows'][number]>('SourceRowCounts').implement({
  description:
    "What became of one source's rows: attached to a model (mapped), the row a new model was created from (created), or attached to none (unmapped).",
  fields: (t) => ({
    source: t.exposeString('source', { description: 'The source file kind, e.g. `models-dev/api`, `lmarena/image`.' }),
    rows: t.exposeInt('rows'),
    mapped: t.exposeInt('mapped'),
    created: t.exposeInt('created'),
    unmapped: t.exposeInt('unmapped', { description: 'Each with its reason in unmappedOfferings or unmappedArenaNames.' }),
  }),
});

const IdentityNearMissRef = builder.objectRef<IngestReport['nearMisses'][number]>('IdentityNearMiss').implement({
  description: 'A model created from a row that nearly was another model (a variant or a release of it): reported, never merged.',
  fields: (t) => ({
    source: t.exposeString('source'),
    name: t.exposeString('name', { description: "The row's id or display name in its source." }),
    createdModelId: t.exposeString('createdModelId'),
    nearModelId: t.exposeString('nearModelId'),
    reason: t.exposeString('reason'),
  }),
});

const SuspectedDuplicateRef = builder.objectRef<IngestReport['suspectedDuplicates'][number]>('SuspectedDuplicate').implement({
  description: 'Models whose names normalise alike. Each is either explained in seed/aliases.json as different models, or a duplicate still to settle.',
  fields: (t) => ({
    modelIds: t.exposeStringList('modelIds'),
    key: t.exposeString('key', { description: 'The normalised name they share, `lab/key` (`*/key` across labs).' }),
    explanation: t.exposeString('explanation', { nullable: true, description: 'Why they are different models; null: not settled.' }),
  }),
});

const IngestReportRef = builder.objectRef<IngestReport>('IngestReport').implement({
  description: 'What one import did, per collection, with every rejected record and its reason.',
  fields: (t) => ({
    id: t.exposeID('id'),
    format: t.exposeString('format', {
      description: 'The format imported (`seed` for the seed catalog, `rescore` when no file was imported and only the scores were derived again).',
    }),
    status: t.field({ type: IngestStatusEnum, resolve: (report) => report.status }),
    trigger: t.field({ type: IngestTriggerEnum, resolve: (report) => report.trigger }),
    urls: t.exposeStringList('urls', { description: 'The URLs the files were fetched from; empty for files given directly.' }),
    error: t.exposeString('error', { nullable: true }),
    startedAt: t.field({ type: 'DateTime', resolve: (report) => report.startedAt }),
    finishedAt: t.field({ type: 'DateTime', resolve: (report) => report.finishedAt }),
    previousCatalogVersion: t.exposeInt('previousCatalogVersion'),
    catalogVersion: t.exposeInt('catalogVersion', { description: 'The current version after the import (unchanged unless APPLIED).' }),
    files: t.field({ type: [IngestFileRef], resolve: (report) => report.files }),
    collections: t.field({
      type: [IngestCollectionCountsRef],
      resolve: (report) => collectionCountsOf(report.collections),
    }),
    rejected: t.field({ type: [IngestRejectionRef], resolve: (report) => report.rejected }),
    changes: t.field({
      type: CatalogChangeSetRef,
      nullable: true,
      description: 'What changed in the catalog (empty when UNCHANGED); null when the import failed before comparing.',
      resolve: (report) => report.changes,
    }),
    unmappedOfferings: t.field({ type: [UnmappedOfferingRef], resolve: (report) => report.unmappedOfferings }),
    unmappedArenaNames: t.field({ type: [UnmappedArenaNameRef], resolve: (report) => report.unmappedArenaNames }),
    sourceRows: t.field({ type: [SourceRowCountsRef], resolve: (report) => report.sourceRows }),
    nearMisses: t.field({ type: [IdentityNearMissRef], resolve: (report) => report.nearMisses }),
    suspectedDuplicates: t.field({ type: [SuspectedDuplicateRef], resolve: (report) => report.suspectedDuplicates }),
  }),
});

builder.mutationField('ingest', (t) =>
  t.field({
    type: IngestReportRef,
    description:
      'Imports source files of one format into the catalog, all-or-nothing, exactly like the import CLI. ' +
      'Admin only: UNAUTHENTICATED without a token, FORBIDDEN with a wrong one or when admin operations ' +
      'are disabled.',
    args: {
      format: t.arg({ type: IngestFormatEnum, required: true }),
      data: t.arg.string({
        description:
          'The whole text of one source file (give this or `files`). JSON files are recognised by their ' +
          'content; an LMArena leaderboard CSV needs `files`, as its arena is told by the file name.',
      }),
      files: t.arg({ type: [IngestFileInput], description: 'One or more source files of the format (give this or `data`).' }),
    },
    resolve: async (_root, args, context) => orThrow(await context.admin.ingest(args)),
  }),
);
