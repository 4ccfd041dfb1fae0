/**
 * Refreshing a source from its URLs: fetch every document (conditionally, see fetch-source.ts), and
 * import what changed, all-or-nothing through the same import as files. Nothing is written before
 * every document of the source has arrived whole and parsed; what each URL answered is remembered
 * (src/data/source-fetches.ts) only once its content is in the catalog, so a response that failed to
 * import is fetched again in full next time.
 */
import type { Db } from 'mongodb';
import { ImportBusyError } from '../data/catalog-versions/lock.ts';
import type { SourceFetchDocument } from '../data/collections.ts';
import { readSourceFetches, recordImportedFetch, recordNotModified } from '../data/source-fetches.ts';
import type { IngestFormat, IngestReport, IngestTrigger } from '../domain/ingest-report.ts';
import { type FetchOptions, fetchSourceDocument, SourceFetchError, type Validators } from './fetch-source.ts';
import { FileFormatError, type ParsedSourceFile } from './formats/source-file.ts';
import { type ImportProgress, importParsedFiles, parseImportFiles } from './import.ts';
import type { ResolvedDocument } from './remote-sources.ts';

const REFRESH_RESULTS = ['applied', 'unchanged', 'not-modified', 'failed', 'busy'] as const;
/** applied: a new catalog version; unchanged: fetched, same catalog; not-modified: every URL answered 304; busy: another import held the lock. */
export type RefreshResult = (typeof REFRESH_RESULTS)[number];

export interface RefreshOutcome {
  source: IngestFormat;
  result: RefreshResult;
  /** The import's report; null when nothing was imported. */
  report: IngestReport | null;
  /** Why it failed (or was busy); null otherwise. */
  error: string | null;
  /** What each URL answered; empty when a fetch failed. */
  documents: { url: string; status: 'FETCHED' | 'NOT_MODIFIED' }[];
}

export interface RefreshOptions extends FetchOptions {
  trigger: Extract<IngestTrigger, 'FETCH' | 'SCHEDULE'>;
  onProgress?: ImportProgress;
}

/**
 * A response holding fewer than this share of the records the previous one held is refused: an
 * upstream glitch (an empty list, half a page) must not delete most of a source from the catalog.
 */
const MIN_RECORDS_KEPT = 0.5;

/** Fetches `documents` (all of one source) and imports what changed; never throws for a bad response. */
export async function refreshSource(db: Db, source: IngestFormat, documents: readonly ResolvedDocument[], options: RefreshOptions): Promise<RefreshOutcome> {
  const outcome = (result: RefreshResult, extra: Partial<RefreshOutcome> = {}): RefreshOutcome => ({
    source,
    result,
    report: null,
    error: null,
    documents: [],
    ...extra,
  });
  const known = await readSourceFetches(
    db,
    documents.map((document) => document.url),
  );
  // A URL last imported as another kind of document was never imported as this one: nothing is known of it.
  const previousOf = (document: ResolvedDocument) => {
    const fetch = known.get(document.url);
    return fetch?.kind === document.kind ? fetch : undefined;
  };
  const answers = [];
  try {
    for (const document of documents) answers.push({ document, answer: await fetchSourceDocument(document.url, validatorsOf(previousOf(document)), options) });
  } catch (error) {
    if (!(error instanceof SourceFetchError)) throw error;
    return outcome('failed', { error: error.message });
  }
  const statuses = answers.map(({ document, answer }) => ({ url: document.url, status: answer.status }));
  const unchangedUrls = statuses.filter(({ status }) => status === 'NOT_MODIFIED').map(({ url }) => url);
  const fetched = answers.flatMap(({ document, answer }) =>
    answer.status === 'FETCHED' ? [{ document, text: answer.text, validators: answer.validators }] : [],
  );
  if (fetched.length === 0) {
    await recordNotModified(db, unchangedUrls, new Date());
    return outcome('not-modified', { documents: statuses });
  }

  const parse = () => {
    const parsed = parseImportFiles(
      source,
      fetched.map(({ document, text }) => ({ name: document.fileName, text })),
    );
    for (const [index, file] of parsed.entries()) refuseShrunk(file, fetched[index]!.document.url, previousOf(fetched[index]!.document));
    return parsed;
  };
  let report: IngestReport;
  try {
    const urls = fetched.map(({ document }) => document.url);
    // Observed today: what the URL serves now is the source as it stands.
    report = await importParsedFiles(db, source, parse, () => new Date().toISOString().slice(0, 10), {
      trigger: options.trigger,
      urls,
      onProgress: options.onProgress,
    });
  } catch (error) {
    if (!(error instanceof ImportBusyError)) throw error;
    return outcome('busy', { error: error.message, documents: statuses });
  }
  if (report.status === 'FAILED') return outcome('failed', { report, error: report.error, documents: statuses });

  const checkedAt = new Date();
  for (const [index, { document, validators }] of fetched.entries()) {
    await recordImportedFetch(db, {
      _id: document.url,
      source,
      kind: document.kind,
      ...validators,
      records: report.files[index]!.records,
      importedAt: checkedAt,
      checkedAt,
    });
  }
  await recordNotModified(db, unchangedUrls, checkedAt);
  return outcome(report.status === 'APPLIED' ? 'applied' : 'unchanged', { report, documents: statuses });
}

const validatorsOf = (fetch: SourceFetchDocument | undefined): Validators | null =>
  fetch && (fetch.etag || fetch.lastModified) ? { etag: fetch.etag, lastModified: fetch.lastModified } : null;

function refuseShrunk(file: ParsedSourceFile, url: string, previous: SourceFetchDocument | undefined): void {
  if (file.records.length === 0) throw new FileFormatError(url, 'no record in the response was accepted; refused');
  if (previous && file.records.length < previous.records * MIN_RECORDS_KEPT) {
    throw new FileFormatError(
      url,
      `${file.records.length} records accepted where the last imported response had ${previous.records}; refused as a broken response`,
    );
  }
}
