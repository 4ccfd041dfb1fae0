/**
 * `npm start`'s entry.
 *
 * Production mode: graphql-js decides when it is first loaded whether to run its development-only
 * checks (a cross-realm test on every `instanceof`), so NODE_ENV is set here, before the server's
 * imports load it; an explicit NODE_ENV wins.
 *
 * Memory on Linux: glibc's malloc keeps what a burst of requests freed (response bodies, BSON
 * replies) instead of giving it back, so a server's RSS stayed near its peak: 555 MB after a
 * load run against 318 MB with smaller mmap and trim thresholds (same run, in-process store). Each
 * thread that allocates gets an arena of its own, which keeps what it freed even after the thread
 * is gone: the worker thread that seeds the catalog on a first start left 44 MB behind (RSS once
 * ready 316 MB, against 273 MB with two arenas for all threads; peak 437 and 441 MB). glibc reads
 * these settings only when the process starts.
 *
 * V8 flags: --expose-gc, for the server's idle collection of what a burst left in the heap
 * (src/http/idle-collection.ts); --no-allocation-site-pretenuring, because under load V8 judged
 * the objects of a request's answer long-lived (a scavenge finds them still in use while the
 * other requests in flight are served) and allocated them in the old generation from then on:
 * it grew 50 MB a second, a full collection every 4 s, and the loop stalled 116-165 ms
 * around each one. Without it the old generation stayed under 100 MB over the same 10 s of
 * Leaderboard load, and the uncached ComparePage went from 1,369-1,504 to 1,689-1,734 req/s
 * (p99 73-79 to 43-53 ms, side by side); a first start peaked and became ready the same.
 *
 * So the server is started again with the malloc settings and these flags: replacing this
 * process where Node can (process.execve, Node 22.15+), else as its child with signals passed on.
 */
import { spawn } from 'node:child_process';

const MALLOC_TUNING = { MALLOC_MMAP_THRESHOLD_: '65536', MALLOC_TRIM_THRESHOLD_: '65536', MALLOC_ARENA_MAX: '2' };

process.env.NODE_ENV ??= 'production';

const needsMallocTuning = process.platform === 'linux' && Object.keys(MALLOC_TUNING).some((name) => process.env[name] === undefined);
const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
const missingV8Flags = ['--expose-gc', '--no-allocation-site-pretenuring'].filter(
  (flag) => !process.execArgv.includes(flag) && !(flag === '--expose-gc' && hasGc),
);
if (!needsMallocTuning && missingV8Flags.length === 0) {
  await import('../server.ts');
} else {
  const env = { ...(process.platform === 'linux' ? MALLOC_TUNING : {}), ...process.env };
  const args = [...missingV8Flags, ...process.execArgv, ...process.argv.slice(1)];
  const execve = (process as { execve?: (file: string, args: string[], env: NodeJS.ProcessEnv) => never }).execve;
  if (execve) execve(process.execPath, [process.execPath, ...args], env);
  const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
}
