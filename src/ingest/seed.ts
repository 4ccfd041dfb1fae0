/**
 * The seed catalog: the files in seed/data (copied from the public sources, see seed/data/SOURCES.md)
 * imported in one go, with the day each source was captured as its observation date.
 */
import { readFileSync } from 'node:fs';
import type { Db } from 'mongodb';
import { collectGarbageUnlessImporting } from '../data/catalog-versions/garbage.ts';
import { ImportBusyError } from '../data/catalog-versions/lock.ts';
import { currentCatalogVersion } from '../data/catalog-versions/pointer.ts';
import { outdatedScoresMethodology } from '../data/catalog-versions/read.ts';
import type { IsoDate } from '../domain/catalog.ts';
import type { IngestFormat, IngestReport } from '../domain/ingest-report.ts';
import { METHODOLOGY } from '../domain/scoring/methodology.ts';
import { type BuiltCatalog, buildCatalog } from './build/catalog.ts';
import type { ParsedSourceFile, SourceKind } from './formats/source-file.ts';
import { type ImportOptions, importParsedFiles, parseImportFiles } from './import.ts';
import { mergeSourceFile, type SourceSet } from './sources.ts';
import { loadSeedTables, SEED_DIR } from './tables.ts';

export const SEED_FILES: { format: IngestFormat; path: string }[] = [
  { format: 'models-dev', path: 'data/models-dev/api.json' },
  { format: 'models-dev', path: 'data/models-dev/models.json' },
  { format: 'models-dev', path: 'data/models-dev/history.json' },
  { format: 'openrouter', path: 'data/openrouter/models.json' },
  { format: 'lmarena', path: 'data/lmarena/text.csv' },
  { format: 'lmarena', path: 'data/lmarena/vision.csv' },
  { format: 'lmarena', path: 'data/lmarena/image.csv' },
  { format: 'lmarena', path: 'data/lmarena/text-history.json' },
];

/**
 * models.dev at commit f3fc69229 (2026-07-02), whose repository also mirrors the OpenRouter file;
 * the LMArena CSVs equal the last text-history snapshot, 2025-08-04.
 */
const OBSERVED_AT: Record<'models-dev' | 'openrouter' | 'lmarena', IsoDate> = {
  'models-dev': '2026-07-02',
  openrouter: '2026-07-02',
  lmarena: '2025-08-04',
};

/** The day a seed file of this kind was captured from its source (its records' `observedAt`). */
export function observedAtOf(kind: SourceKind): IsoDate {
  return OBSERVED_AT[kind.split('/')[0] as keyof typeof OBSERVED_AT];
}

export interface SeedOptions extends ImportOptions {
  log?: (line: string) => void;
}

/** Every seed file, parsed (throws on a bad one: the seed data is ours). */
function parseSeedFiles(): ParsedSourceFile[] {
  return (['models-dev', 'openrouter', 'lmarena'] as const).flatMap((format) =>
    parseImportFiles(
      format,
      SEED_FILES.filter((file) => file.format === format).map((file) => ({ name: file.path, text: readFileSync(new URL(file.path, SEED_DIR), 'utf8') })),
    ),
  );
}

/** The catalog the seed files build, in this process and without a database, as `seedCatalog` would write it. */
export function buildSeedCatalog(): BuiltCatalog {
  const sources: SourceSet = {};
  for (const file of parseSeedFiles()) sources[file.kind] = mergeSourceFile(undefined, file, observedAtOf(file.kind));
  return buildCatalog(sources, loadSeedTables());
}

/** Imports every seed file as one catalog version (fails loudly: the seed data is ours). */
export async function seedCatalog(db: Db, options: SeedOptions = {}): Promise<IngestReport> {
  const report = await importParsedFiles(db, 'seed', parseSeedFiles, (file) => observedAtOf(file.kind), { trigger: 'SEED', ...options });
  if (report.status === 'FAILED') throw new Error(`seed import failed: ${report.error}`);
  return report;
}

const WAIT_FOR_OTHER_IMPORT_MS = 120_000;

/** Runs `attempt` until it does not meet another process's import (which it then waits for), or the wait is over. */
async function whenNoOtherImport<T>(attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + WAIT_FOR_OTHER_IMPORT_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ImportBusyError) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/**
 * For the server's start: a no-op (one pointer read) when a catalog exists — then it also deletes
 * versions a crashed import left behind and retired versions past their grace, if no import is
 * running — else imports the seed. When another process is seeding the same database, waits for it.
 */
export function seedIfEmpty(db: Db, options: SeedOptions = {}): Promise<IngestReport | null> {
  return whenNoOtherImport(async () => {
    if ((await currentCatalogVersion(db)) > 0) {
      await collectGarbageUnlessImporting(db);
      return null;
    }
    options.log?.('catalog is empty: importing the seed data');
    const report = await seedCatalog(db, options);
    options.log?.(`seeded catalog version ${report.catalogVersion}`);
    return report;
  });
}

/**
 * For the server's start after an upgrade: when the current version's scores were derived under
 * an older methodology version, writes the same content again as a new version with the scores this
 * code derives (the import of no file, which makes a version only for outdated scores), so that every
 * figure a request reads follows the methodology the API states. Null when the scores are current or
 * there is no catalog; when another process is rescoring, waits for it and finds them current.
 */
export function rescoreIfOutdated(db: Db, options: SeedOptions = {}): Promise<IngestReport | null> {
  return whenNoOtherImport(async () => {
    const version = await currentCatalogVersion(db);
    const outdated = version > 0 ? await outdatedScoresMethodology(db, version) : null;
    if (outdated === null) return null;
    options.log?.(`the scores of catalog version ${version} follow methodology ${outdated}: deriving them again under ${METHODOLOGY.version}`);
    const report = await importParsedFiles(
      db,
      'rescore',
      () => [],
      (file) => observedAtOf(file.kind),
      { trigger: 'RESCORE', ...options },
    );
    if (report.status === 'FAILED') throw new Error(`rescoring failed: ${report.error}`);
    options.log?.(`rescored as catalog version ${report.catalogVersion}`);
    return report;
  });
}

/** What a server's start needs before it serves: the seed in an empty store, else current scores. */
export async function prepareCatalog(db: Db, options: SeedOptions = {}): Promise<IngestReport | null> {
  return (await seedIfEmpty(db, options)) ?? (await rescoreIfOutdated(db, options));
}
