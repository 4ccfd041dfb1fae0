/**
 * `npm start`'s entry (src/cli/start.ts) on Linux: the server runs with glibc's malloc told to give
 * freed memory back and to share two arenas among its threads (settings glibc reads only at a
 * process's start) and with V8's gc exposed for its idle heap collection, and a signal to the entry
 * reaches the server, which drains and exits 0.
 */
import { readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogDataDir, openRouterFile, startServer } from './helpers.ts';

const DB_NAME = 'start_entry_test';
let dataDir: string;
beforeAll(async () => {
  dataDir = await catalogDataDir(DB_NAME, openRouterFile(3));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The environment a process started with, from the kernel. */
function environmentOf(pid: number): Record<string, string> {
  const entries = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
  return Object.fromEntries(entries.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
}

/** The pid listening on a loopback TCP port, from /proc/net/tcp and the processes' open sockets. */
function listenerOf(port: number): number | null {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const listening = new Set(
    readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[1]?.endsWith(hex) && fields[3] === '0A')
      .map((fields) => `socket:[${fields[9]}]`),
  );
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readdirSync(`/proc/${pid}/fd`).some((fd) => listening.has(readlinkSync(`/proc/${pid}/fd/${fd}`)))) return Number(pid);
    } catch {
      // A process that has ended, or one this user may not read.
    }
  }
  return null;
}

describe.runIf(process.platform === 'linux' && process.env.MALLOC_TRIM_THRESHOLD_ === undefined)('npm start entry', () => {
  it('starts the server with the malloc thresholds set, gc exposed and pretenuring off, and passes SIGTERM on', { timeout: 120_000 }, async () => {
    const server = await startServer(dataDir, { MONGODB_DB: DB_NAME }, 'src/cli/start.ts');
    try {
      const listener = listenerOf(server.port);
      expect(listener).not.toBeNull();
      expect(listener).not.toBe(server.child.pid);
      expect(environmentOf(listener!)).toMatchObject({ MALLOC_MMAP_THRESHOLD_: '65536', MALLOC_TRIM_THRESHOLD_: '65536', MALLOC_ARENA_MAX: '2' });
      const commandLine = readFileSync(`/proc/${listener}/cmdline`, 'utf8').split('\0');
      expect(commandLine).toContain('--expose-gc');
      expect(commandLine).toContain('--no-allocation-site-pretenuring');
      expect(await server.logged((line) => line.msg === 'listening')).toMatchObject({ idleHeapCollection: true });
      expect((await fetch(`http://127.0.0.1:${server.port}/health`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
    expect(listenerOf(server.port)).toBeNull();
  });
});
