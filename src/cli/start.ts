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
 * these settings only when the process starts. The server also runs with --expose-gc, for its idle
 * collection of what a burst left in the heap (src/http/idle-collection.ts). So the server is
 * started again with both: replacing this process where Node can (process.execve, Node 22.15+),
 * else as its child with signals passed on.
 */
import { spawn } from 'node:child_process';

const MALLOC_TUNING = { MALLOC_MMAP_THRESHOLD_: '65536', MALLOC_TRIM_THRESHOLD_: '65536', MALLOC_ARENA_MAX: '2' };

process.env.NODE_ENV ??= 'production';

const needsMallocTuning = process.platform === 'linux' && Object.keys(MALLOC_TUNING).some((name) => process.env[name] === undefined);
const needsGc = typeof (globalThis as { gc?: unknown }).gc !== 'function';
if (!needsMallocTuning && !needsGc) {
  await import('../server.ts');
} else {
  const env = { ...(process.platform === 'linux' ? MALLOC_TUNING : {}), ...process.env };
  const args = [...(needsGc ? ['--expose-gc'] : []), ...process.execArgv, ...process.argv.slice(1)];
  const execve = (process as { execve?: (file: string, args: string[], env: NodeJS.ProcessEnv) => never }).execve;
  if (execve) execve(process.execPath, [process.execPath, ...args], env);
  const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
}
