/**
 * One import: parse and validate the files, merge their records into the sources of the current
 * catalog, rebuild the whole catalog, diff it against the current version and, when anything
 * changed, write it as a new version (src/data/catalog-versions/). The CLI and the admin mutation both call
 * `runImport`, so they do exactly the same thing.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from 'mongodb';
import { saveCatalogUpdate } from '../data/catalog-updates.ts';
import { collectGarbage } from '../data/catalog-versions/garbage.ts';
import { acquireImportLock } from '../data/catalog-versions/lock.ts';
import { currentCatalogVersion } from '../data/catalog-versions/pointer.ts';
import { outdatedScoresMethodology, readOfferings } from '../data/catalog-versions/read.ts';
import { type DerivedDocuments, writeVersion } from '../data/catalog-versions/write.ts';
import { collections, ensureIndexes } from '../data/collections.ts';
import {
  CATALOG_CONTENT_COLLECTIONS,
  type CatalogContent,
  type CatalogContentCollection,
  type IsoDate,
  type Offering,
  type PriceEvent,
} from '../domain/catalog.ts';
import { catalogUpdateOf } from '../domain/catalog-changes.ts';
import { emptyCounts, type IngestFormat, type IngestReport, type IngestTrigger } from '../domain/ingest-report.ts';
import { canonicalJson } from '../domain/util/canonical-json.ts';
import { byKey } from '../domain/util/sorting.ts';
import { buildCatalog } from './build/catalog.ts';
import { priceAndLimitsKey } from './build/price-history.ts';
import { changeSetOf } from './change-set.ts';
import { type CatalogDigest, digestOf, documentHash, readSources, sourceSnapshots } from './digest.ts';
import { parseLmArenaFile } from './formats/lmarena.ts';
import { parseModelsDevFile } from './formats/models-dev.ts';
import { parseOpenRouterFile } from './formats/openrouter.ts';
import { FileFormatError, type ParsedSourceFile } from './formats/source-file.ts';
import { deriveScoreDocuments } from './score-snapshots.ts';
import { mergeSourceFile, type SourceSet } from './sources.ts';
import { loadSeedTables } from './tables.ts';

export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportRequest {
  format: IngestFormat;
  files: ImportFile[];
  /** The day the files were taken from their source (provenance `observedAt`); default today (UTC). */
  observedAt?: IsoDate;
}

export type ImportPhase = 'parse' | 'build' | 'write' | 'cleanup';
export type ImportProgress = (progress: { phase: ImportPhase; done: number; total: number }) => void;

export interface ImportOptions {
  onProgress?: ImportProgress;
  /** Documents stored with each new catalog version; by default its score snapshots. */
  derive?: (content: CatalogContent) => DerivedDocuments;
  /** What started the import (default FILES) and, when its files were fetched, from where. */
  trigger?: IngestTrigger;
  urls?: string[];
}

const PARSERS: Record<IngestFormat, (name: string, text: string) => ParsedSourceFile> = {
  'models-dev': parseModelsDevFile,
  openrouter: parseOpenRouterFile,
  lmarena: parseLmArenaFile,
};

export function parseImportFiles(format: IngestFormat, files: ImportFile[]): ParsedSourceFile[] {
  if (files.length === 0) throw new FileFormatError(format, 'no files given');
  const parsed = files.map((file) => PARSERS[format](file.name, file.text));
  const kinds = new Set<string>();
  for (const file of parsed) {
    if (kinds.has(file.kind)) throw new FileFormatError(file.name, `a second ${file.kind} file in one import`);
    kinds.add(file.kind);
  }
  return parsed;
}

function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/** Price changes this import makes to offerings it already had from the same source. */
function importPriceEvents(changedBefore: Offering[], after: Offering[]): PriceEvent[] {
  const previous = new Map(changedBefore.map((offering) => [offering.id, offering]));
  const events: PriceEvent[] = [];
  for (const offering of after) {
    const old = previous.get(offering.id);
    if (!old || old.provenance.source !== offering.provenance.source) continue;
    if (priceAndLimitsKey(old.price, old.limits) === priceAndLimitsKey(offering.price, offering.limits)) continue;
    const date = offering.provenance.observedAt;
    events.push({
      id: `${offering.id}|${date}|import`,
      offeringId: offering.id,
      providerId: offering.providerId,
      modelId: offering.modelId,
      date,
      change: 'UPDATED',
      price: offering.price,
      limits: offering.limits,
      previousPrice: old.price,
      previousLimits: old.limits,
      provenance: offering.provenance,
    });
  }
  return events;
}

/** Counts per collection; true when anything differs from the previous version. */
function diffCounts(before: CatalogDigest, after: CatalogDigest, report: IngestReport): boolean {
  let changed = false;
  for (const name of CATALOG_CONTENT_COLLECTIONS) {
    const counts = report.collections[name];
    const old = before.hashes[name];
    let kept = 0;
    for (const [id, hash] of Object.entries(after.hashes[name])) {
      const previous = old[id];
      if (previous === undefined) counts.added++;
      else {
        kept++;
        if (previous === hash) counts.unchanged++;
        else counts.updated++;
      }
    }
    counts.removed = Object.keys(old).length - kept;
    if (counts.added || counts.updated || counts.removed) changed = true;
  }
  return changed;
}

function sourcesEqual(a: SourceSet, b: SourceSet): boolean {
  const kinds = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof SourceSet>;
  return [...kinds].every((kind) => canonicalJson(a[kind] ?? null) === canonicalJson(b[kind] ?? null));
}

/**
 * Imports already parsed files (the seed brings all formats at once). Never throws for a bad file:
 * the report says FAILED and why, and the catalog is untouched.
 */
export async function importParsedFiles(
  db: Db,
  format: IngestReport['format'],
  files: () => ParsedSourceFile[],
  observedAt: (file: ParsedSourceFile) => IsoDate,
  options: ImportOptions = {},
): Promise<IngestReport> {
  const { onProgress, trigger = 'FILES', urls = [] } = options;
  const previousVersion = await currentCatalogVersion(db);
  const report: IngestReport = {
    id: randomUUID(),
    format,
    status: 'FAILED',
    trigger,
    urls,
    error: null,
    startedAt: new Date().toISOString(),
    finishedAt: '',
    previousCatalogVersion: previousVersion,
    catalogVersion: previousVersion,
    files: [],
    collections: emptyCounts(),
    rejected: [],
    changes: null,
    unmappedOfferings: [],
    unmappedArenaNames: [],
    sourceRows: [],
    nearMisses: [],
    suspectedDuplicates: [],
  };
  const finish = async () => {
    report.finishedAt = new Date().toISOString();
    await collections(db).ingestRuns.insertOne({ _id: report.id, ...report });
    return report;
  };

  let parsed: ParsedSourceFile[];
  try {
    onProgress?.({ phase: 'parse', done: 0, total: 1 });
    parsed = files();
    onProgress?.({ phase: 'parse', done: 1, total: 1 });
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    report.error = error.message;
    return finish();
  }
  for (const file of parsed) {
    report.files.push({ name: file.name, kind: file.kind, records: file.records.length, rejected: file.rejected.length });
    for (const rejection of file.rejected) {
      report.rejected.push({ collection: rejection.collection, file: file.name, sourceId: rejection.key, reason: rejection.reason });
      report.collections[rejection.collection as CatalogContentCollection].rejected++;
    }
  }

  await ensureIndexes(db);
  const release = await acquireImportLock(db);
  try {
    await collectGarbage(db);
    const version = await currentCatalogVersion(db);
    report.previousCatalogVersion = version;
    report.catalogVersion = version;
    const { sources: previousSources, digest: before } = await readSources(db, version);
    const sources: SourceSet = { ...previousSources };
    for (const file of parsed) sources[file.kind] = mergeSourceFile(previousSources[file.kind], file, observedAt(file));

    onProgress?.({ phase: 'build', done: 0, total: 1 });
    const built = buildCatalog(sources, loadSeedTables());
    const changedOfferings = built.offerings.filter((o) => before.hashes.offerings[o.id] !== undefined && before.hashes.offerings[o.id] !== documentHash(o));
    const changedBefore = await readOfferings(
      db,
      version,
      changedOfferings.map((o) => o.id),
    );
    const newEvents = importPriceEvents(changedBefore, changedOfferings);
    const importEvents = [...before.importPriceEvents.filter((e) => !newEvents.some((n) => n.id === e.id)), ...newEvents];
    const after: CatalogContent = {
      labs: built.labs,
      providers: built.providers,
      models: built.models,
      offerings: built.offerings,
      benchmarkResults: built.benchmarkResults,
      priceEvents: [...built.priceEvents, ...importEvents].sort(byKey((event) => event.id)),
    };
    const digest = digestOf(after, importEvents);
    report.unmappedOfferings = built.unmappedOfferings;
    report.unmappedArenaNames = built.unmappedArenaNames;
    report.sourceRows = built.sourceRows;
    report.nearMisses = built.nearMisses;
    report.suspectedDuplicates = built.suspectedDuplicates;
    onProgress?.({ phase: 'build', done: 1, total: 1 });

    const changed = diffCounts(before, digest, report);
    const changes = changeSetOf(before, changedBefore, after);
    report.changes = changes;
    // Unchanged content still makes a new version when its scores are of an older methodology.
    if (!changed && sourcesEqual(previousSources, sources) && (await outdatedScoresMethodology(db, version)) === null) {
      report.status = 'UNCHANGED';
      return await finish();
    }
    const derived = (options.derive ?? deriveScoreDocuments)(after);
    // writeVersion writes `version + 1`; its update must be readable as soon as the pointer flips.
    await saveCatalogUpdate(db, catalogUpdateOf(report, changes, version + 1));
    report.catalogVersion = await writeVersion(db, version, after, sourceSnapshots(sources, digest), derived, (done, total) =>
      onProgress?.({ phase: 'write', done, total }),
    );
    onProgress?.({ phase: 'cleanup', done: 0, total: 1 });
    await collectGarbage(db);
    onProgress?.({ phase: 'cleanup', done: 1, total: 1 });
    report.status = 'APPLIED';
    return await finish();
  } finally {
    await release();
  }
}

/** Imports files of one format; the report says what changed (status FAILED: nothing did). */
export function runImport(db: Db, request: ImportRequest, options: ImportOptions | ImportProgress = {}): Promise<IngestReport> {
  const observedAt = request.observedAt ?? today();
  const resolved = typeof options === 'function' ? { onProgress: options } : options;
  return importParsedFiles(
    db,
    request.format,
    () => parseImportFiles(request.format, request.files),
    () => observedAt,
    resolved,
  );
}
