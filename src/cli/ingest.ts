/**
 * npm run ingest -- --format models-dev|openrouter|lmarena FILE… [--json] [--observed-at YYYY-MM-DD]
 *
 * Imports the files all-or-nothing (see src/ingest/import.ts) into MONGODB_URI, or the embedded store
 * in DATA_DIR. Progress goes to stderr (a bar on a terminal, plain lines otherwise); the report to
 * stdout (as JSON with --json). Exit 0: applied or unchanged; 1: the import failed and changed
 * nothing; 2: bad arguments or an unreadable file.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { ImportBusyError } from '../data/catalog-versions/lock.ts';
import { INGEST_FORMATS, type IngestFormat } from '../domain/ingest-report.ts';
import { type ImportPhase, type ImportProgress, runImport } from '../ingest/import.ts';
import { formatReport } from '../ingest/report.ts';
import { openDatabase } from './db.ts';

const USAGE = `usage: npm run ingest -- --format ${INGEST_FORMATS.join('|')} FILE… [--json] [--observed-at YYYY-MM-DD]`;

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
      options: { format: { type: 'string' }, json: { type: 'boolean', default: false }, 'observed-at': { type: 'string' } },
    });
  } catch (error) {
    fail((error as Error).message);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseCliArgs();
  const format = values.format as IngestFormat | undefined;
  if (!format || !INGEST_FORMATS.includes(format)) fail(`--format must be one of ${INGEST_FORMATS.join(', ')}`);
  if (positionals.length === 0) fail('no files given');
  const observedAt = values['observed-at'];
  if (observedAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(observedAt)) fail('--observed-at must be YYYY-MM-DD');

  const files = [];
  for (const path of positionals) {
    try {
      files.push({ name: basename(path), text: await readFile(path, 'utf8') });
    } catch (error) {
      fail(`cannot read ${path}: ${(error as Error).message}`);
    }
  }

  const config = loadConfig();
  const { db, close } = await openDatabase(config);
  try {
    const report = await runImport(db, { format, files, ...(observedAt ? { observedAt } : {}) }, progressReporter());
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    process.exitCode = report.status === 'FAILED' ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ImportBusyError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    await close();
  }
}

await main();
