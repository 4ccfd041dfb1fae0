/** One import at a time, across processes and hosts: a lock document in `catalogState`. */
import { hostname } from 'node:os';
import type { Db } from 'mongodb';
import { collections } from '../collections.ts';

export class ImportBusyError extends Error {
  constructor(holder: string) {
    super(`another import is running (${holder}); try again when it has finished`);
    this.name = 'ImportBusyError';
  }
}

const LOCK_ID = 'import-lock';
const LOCK_TTL_MS = 10 * 60_000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the import lock and returns its release. A lock whose holder died (same host, process gone)
 * or expired is taken over with a compare-and-swap on the old lock document, so two waiting
 * importers cannot both win; a live holder makes this throw ImportBusyError.
 */
export async function acquireImportLock(db: Db): Promise<() => Promise<void>> {
  const { catalogState } = collections(db);
  const holder = { pid: process.pid, hostname: hostname(), version: 0 };
  const lock = () => ({ _id: LOCK_ID, holder, expiresAt: new Date(Date.now() + LOCK_TTL_MS) });
  const release = async () => {
    await catalogState.deleteOne({ _id: LOCK_ID, 'holder.pid': holder.pid, 'holder.hostname': holder.hostname });
  };
  try {
    await catalogState.insertOne(lock());
    return release;
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
  }
  const existing = await catalogState.findOne({ _id: LOCK_ID });
  const owner = existing?.holder;
  const stale =
    !existing ||
    !owner ||
    (existing.expiresAt !== undefined && existing.expiresAt.getTime() < Date.now()) ||
    (owner.hostname === holder.hostname && !processAlive(owner.pid));
  if (!stale) throw new ImportBusyError(`pid ${owner.pid} on ${owner.hostname}`);
  const taken = await catalogState.findOneAndReplace(
    existing ? { _id: LOCK_ID, expiresAt: existing.expiresAt, 'holder.pid': owner?.pid } : { _id: LOCK_ID },
    lock(),
    {
      upsert: !existing,
    },
  );
  if (!taken && existing) throw new ImportBusyError('another importer took over a stale lock first');
  return release;
}

/** Runs `work` under the import lock, or returns null at once while another import holds it. */
export async function unlessImporting<T>(db: Db, work: () => Promise<T>): Promise<T | null> {
  let release: () => Promise<void>;
  try {
    release = await acquireImportLock(db);
  } catch (error) {
    if (error instanceof ImportBusyError) return null;
    throw error;
  }
  try {
    return await work();
  } finally {
    await release();
  }
}
