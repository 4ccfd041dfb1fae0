/**
 * One scheduled refresh run: every source that is due, one after another, each reported as an
 * outcome. A source is due unless one of the instances sharing the database confirmed it current
 * less than half an interval ago, so a cluster refreshes about once per interval, not once per
 * instance; the import lock keeps two instances from importing at once.
 *
 * The server runs it in a worker thread (`refreshInWorker`): parsing and rebuilding the catalog take
 * seconds of CPU, which on the server's thread would stall every request, /ready included.
 */
import type { Db } from 'mongodb';
import { readSourceFetches } from '../data/source-fetches.ts';
import type { IngestFormat } from '../domain/ingest-report.ts';
import type { FetchLimits } from './fetch-source.ts';
import { type RefreshOutcome, refreshSource } from './refresh.ts';
import type { RefreshRun } from './refresh-schedule.ts';
import type { ResolvedDocument } from './remote-sources.ts';
import { runIngestWorker } from './worker-thread.ts';

export interface SourcePlan {
  source: IngestFormat;
  documents: ResolvedDocument[];
}

export interface RefreshPlan {
  intervalMs: number;
  sources: SourcePlan[];
  limits: FetchLimits;
}

/** Where the worker connects: the server's database. */
export interface RefreshWorkerData extends RefreshPlan {
  uri: string;
  dbName: string;
  dbTimeoutMs: number;
}

export type RefreshWorkerMessage = { type: 'outcome'; outcome: RefreshOutcome };

async function isDue(db: Db, plan: SourcePlan, intervalMs: number): Promise<boolean> {
  const fetches = await readSourceFetches(
    db,
    plan.documents.map((document) => document.url),
  );
  const notBefore = Date.now() - intervalMs / 2;
  return plan.documents.some((document) => (fetches.get(document.url)?.checkedAt.getTime() ?? Number.NEGATIVE_INFINITY) <= notBefore);
}

/** A refresh that failed before any response was judged: the database, not the source, failed. */
export function failedOutcome(source: IngestFormat, error: unknown): RefreshOutcome {
  return { source, result: 'failed', report: null, error: error instanceof Error ? error.message : String(error), documents: [] };
}

/** Refreshes each due source; never throws: a database failure is that source's failed outcome. */
export async function refreshDueSources(
  db: Db,
  { intervalMs, sources, limits }: RefreshPlan,
  signal: AbortSignal,
  onOutcome: (outcome: RefreshOutcome) => void,
) {
  for (const plan of sources) {
    if (signal.aborted) return;
    try {
      if (await isDue(db, plan, intervalMs)) onOutcome(await refreshSource(db, plan.source, plan.documents, { ...limits, signal, trigger: 'SCHEDULE' }));
    } catch (error) {
      onOutcome(failedOutcome(plan.source, error));
    }
  }
}

/** A run in a worker thread of its own, with its own connection; settles when the worker has exited. */
export function refreshInWorker(data: RefreshWorkerData, onOutcome: (outcome: RefreshOutcome) => void): RefreshRun {
  return (signal) => runIngestWorker<RefreshWorkerMessage>('refresh-worker', data, (message) => onOutcome(message.outcome), { signal });
}
