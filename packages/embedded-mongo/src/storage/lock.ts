/**
 * One process per dbpath: a lock file holding the owner's pid. A lock whose owner is dead (kill -9)
 * is taken over; so is one carrying our own pid, left by a store of this process that is gone
 * (index.ts refuses a second live store on the same dbpath within a process).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const lockPath = (dbpath: string) => join(dbpath, 'mongod.lock');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireLock(dbpath: string): void {
  const path = lockPath(dbpath);
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx' });
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const owner = Number(readFileSync(path, 'utf8'));
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(`dbpath ${dbpath} is in use by process ${owner}`);
  }
  writeFileSync(path, String(process.pid));
}

export function releaseLock(dbpath: string): void {
  rmSync(lockPath(dbpath), { force: true });
}
