/**
 * npm run ingest -- --format models-dev|openrouter|lmarena FILE… [--json] [--observed-at YYYY-MM-DD]
 * npm run ingest -- --source models-dev|openrouter|lmarena [--url [NAME=]URL]… [--json]
 *
 * Imports the files, or what the source's URLs serve (src/ingest/refresh.ts: conditional requests,
 * so an unchanged source is a 304 and nothing is written), all-or-nothing (see src/ingest/import.ts)
 * into MONGODB_URI, or the embedded store in DATA_DIR. Progress goes to stderr (a bar on a terminal,
 * plain lines otherwise); the report to stdout (as JSON with --json). Exit 0: applied, unchanged or
 * not modified; 1: the import failed and changed nothing (or another import was running); 2: bad
 * arguments or an unreadable file.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from 'mongodb';
import { type Config, fetchLimitsOf, loadConfig } from '../config.ts';
import { ImportBusyError } from '../data/catalog-versions/lock.ts';
import { INGEST_FORMATS, type IngestFormat } from '../domain/ingest-report.ts';
import { type ImportFile, type ImportPhase, type ImportProgress, runImport } from '../ingest/import.ts';
import { refreshSource } from '../ingest/refresh.ts';
import { type ResolvedDocument, resolveDocuments, SourceUrlError } from '../ingest/remote-sources.ts';
import { formatReport } from '../ingest/report.ts';
import { openDatabase } from './db.ts';

const USAGE = [
  `usage: npm run ingest -- --format ${INGEST_FORMATS.join('|')} FILE… [--json] [--observed-at YYYY-MM-DD]`,
  `       npm run ingest -- --source ${INGEST_FORMATS.join('|')} [--url [NAME=]URL]… [--json]`,
].join('\n');

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function progressReporter(): ImportProgress {
  if (process.stderr.isTTY) {
    let lastDraw = 0;
    return ({ phase, done, total }) => {
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const width = 30;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      process.stderr.write(`\r${phase.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      if (phase === 'cleanup' && done === total) process.stderr.write('\n');
    };
  }
  // Plain lines: one per phase step, and the write phase in quarters.
  let lastLine = '';
  return ({ phase, done, total }) => {
    const quarter = total === 0 ? 4 : Math.floor((done / total) * 4);
    const line = `${phase as ImportPhase} ${phase === 'write' ? `${quarter * 25}%` : done === total ? 'done' : 'started'}`;
    if (line === lastLine) return;
    lastLine = line;
    console.error(`${line} (${done}/${total})`);
  };
}

function parseCliArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        source: { type: 'string' },
        url: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        'observed-at': { type: 'string' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
}

type CliValues = ReturnType<typeof parseCliArgs>['values'];
/** Runs against the open database and returns the exit code. */
type CliCommand = (db: Db) => Promise<number>;

function formatOf(option: string, value: string | undefined): IngestFormat {
  if (!value || !INGEST_FORMATS.includes(value as IngestFormat)) fail(`${option} must be one of ${INGEST_FORMATS.join(', ')}`);
  return value as IngestFormat;
}

async function importFiles(values: CliValues, positionals: string[]): Promise<CliCommand> {
  const format = formatOf('--format', values.format);
  if (positionals.length === 0) fail('no files given');
  if (values.url) fail('--url goes with --source, not with files');
  const observedAt = values['observed-at'];
  if (observedAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(observedAt)) fail('--observed-at must be YYYY-MM-DD');

  const files: ImportFile[] = [];
  for (const path of positionals) {
    try {
      files.push({ name: basename(path), text: await readFile(path, 'utf8') });
    } catch (error) {
      fail(`cannot read ${path}: ${(error as Error).message}`);
    }
  }
  return async (db) => {
    const report = await runImport(db, { format, files, ...(observedAt ? { observedAt } : {}) }, progressReporter());
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return report.status === 'FAILED' ? 1 : 0;
  };
}

function fetchSource(values: CliValues, positionals: string[], config: Config): CliCommand {
  const source = formatOf('--source', values.source);
  if (values.format || positionals.length > 0) fail('--source fetches the files itself: give no --format and no files');
  if (values['observed-at']) fail('--observed-at goes with files: a fetched source is observed today');
  let documents: ResolvedDocument[];
  try {
    documents = resolveDocuments(source, config.REFRESH_URLS, values.url ?? []);
  } catch (error) {
    if (!(error instanceof SourceUrlError)) throw error;
    fail(error.message);
  }
  return async (db) => {
    const outcome = await refreshSource(db, source, documents, { ...fetchLimitsOf(config), trigger: 'FETCH', onProgress: progressReporter() });
    if (values.json) console.log(JSON.stringify(outcome, null, 2));
    else {
      for (const { url, status } of outcome.documents) console.error(`${status === 'FETCHED' ? 'fetched' : 'not modified'} ${url}`);
      console.log(outcome.report ? formatReport(outcome.report) : `${outcome.result} ${source}${outcome.error ? `: ${outcome.error}` : ': nothing to import'}`);
    }
    return outcome.result === 'failed' || outcome.result === 'busy' ? 1 : 0;
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseCliArgs();
  if ((values.format === undefined) === (values.source === undefined)) fail('give either --format with files, or --source');
  const config = loadConfig();
  const command = values.source === undefined ? await importFiles(values, positionals) : fetchSource(values, positionals, config);

  const { db, close } = await openDatabase(config);
  try {
    process.exitCode = await command(db);
  } catch (error) {
    if (!(error instanceof ImportBusyError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    await close();
  }
}

await main();
