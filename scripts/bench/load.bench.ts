/**
 * HTTP load benchmark: `npm run bench`. Not a test: figures depend on the machine; read the ratios.
 *
 * Measured the standard way, in one run: every server in a child process of its own, autocannon in
 * this process, 50 connections, a 2 s warm-up and 10 s per scenario; a minimal Yoga hello-world
 * (scripts/bench/hello-world.mjs) first and last, and every figure a ratio to the faster of the two.
 * The API runs exactly as `npm start` runs it: `node dist/cli/start.js` on the embedded store (a worker
 * thread of the same process) in a fresh data directory, so its first start seeds the catalog and
 * its peak RSS includes that. One server has the response cache off, the other on (a copy of the
 * first one's data directory, so it does not seed again).
 *
 * Each API server's steady RSS is read after it has been left without requests for SETTLE_S seconds.
 *
 * BENCH_DURATION_S and BENCH_WARMUP_S change the seconds per scenario, BENCH_SETTLE_S the seconds
 * without requests; BENCH_NODE_FLAGS passes flags to the servers (e.g. --cpu-prof).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 2);
const CONNECTIONS = 50;
/**
 * How long an API server is left without requests after its last scenario before its steady RSS is
 * read: RSS read right after a scenario is the burst's. The server collects what the burst left
 * once it is idle (src/http/idle-collection.ts: 5 to 10 s after the last request); V8's memory
 * reducer may give back more some seconds later, or not at all.
 */
const SETTLE_S = Number(process.env.BENCH_SETTLE_S ?? 60);
const ROOT = new URL('../../', import.meta.url);
const OPERATIONS = new URL('schema/operations/', ROOT);

type Target = 'hello' | 'uncached' | 'cached';

interface Server {
  target: Target;
  child: ChildProcess;
  url: string;
  dataDir: string | null;
  /** Peak RSS while it started (for the API: the first start, seeding included). */
  startPeakRssMb: number;
  /** For the API: RSS after its last scenario and SETTLE_S seconds without requests. */
  settledRssMb?: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

/** A process and its descendants (`npm start`'s entry may start the server as its child, see src/cli/start.ts). */
function processTree(pid: number): number[] {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
  );
  return [pid, ...children.flatMap(processTree)];
}

/**
 * Current and peak resident set size of a process and its descendants, from the kernel's own
 * accounting. They are all node processes of the same binary, whose file-backed pages (its code,
 * about 36 MB) are the same physical memory in each, so those count once, in the largest member;
 * each other member adds its private pages (for `npm start`'s launcher on Node 20, about 7 MB).
 */
function rssOf(pid: number): { rssMb: number; peakRssMb: number } {
  const members = processTree(pid).map((member) => {
    const status = readFileSync(`/proc/${member}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]);
    return { rssKb: kb('VmRSS'), peakKb: kb('VmHWM'), fileKb: kb('RssFile') };
  });
  const largest = members.reduce((a, b) => (b.peakKb > a.peakKb ? b : a));
  const others = members.filter((member) => member !== largest);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const rssKb = largest.rssKb + sum(others.map((member) => member.rssKb - member.fileKb));
  const peakKb = largest.peakKb + sum(others.map((member) => member.peakKb - member.fileKb));
  return { rssMb: rssKb / 1024, peakRssMb: peakKb / 1024 };
}

async function start(target: Target, dataDir: string | null): Promise<Server> {
  const port = await freePort();
  const entry = target === 'hello' ? new URL('scripts/bench/hello-world.mjs', ROOT) : new URL('dist/cli/start.js', ROOT);
  const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const { MONGODB_URI: _external, ...env } = process.env;
  const child = spawn(process.execPath, [...flags, entry.pathname], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
      RESPONSE_CACHE_TTL_MS: target === 'cached' ? '300000' : '0',
    },
    // The server's JSON request log goes where a deployment's would: out of the way.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`${target} server exited with ${code}`))));
  const base = `http://127.0.0.1:${port}`;
  await Promise.race([exited, waitForReady(base, target === 'hello' ? '/health' : '/ready')]);
  return { target, child, url: `${base}/graphql`, dataDir, startPeakRssMb: rssOf(child.pid!).peakRssMb };
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

/** An API server's steady RSS once it has been left alone for SETTLE_S seconds, then stopped. */
async function settleAndStop(server: Server): Promise<void> {
  if (server.target !== 'hello' && server.child.exitCode === null) {
    console.log(`leaving the ${server.target} server without requests for ${SETTLE_S} s …`);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_S * 1000));
    server.settledRssMb = rssOf(server.child.pid!).rssMb;
  }
  await stop(server);
}

async function waitForReady(base: string, path: string): Promise<void> {
  for (let attempt = 0; attempt < 1_200; attempt++) {
    const ready = await fetch(`${base}${path}`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${base}${path}`);
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

async function graphql(url: string, body: string): Promise<GraphQLBody> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return (await response.json()) as GraphQLBody;
}

interface Scenario {
  name: string;
  target: Target;
  body: string;
  /** 50 unless given: one connection measures a lone request's latency rather than throughput under load. */
  connections?: number;
  /** The n-th request's body, for a scenario whose every request is a new question (nothing computed for an earlier one applies). */
  bodyAt?: (n: number) => string;
}

interface Figures {
  scenario: Scenario;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** RSS right after the scenario, and the peak since the server started. */
  rssMb: number;
  peakRssMb: number;
}

async function measure(scenario: Scenario, server: Server): Promise<Figures> {
  // One checked request first: a scenario that answers with errors would measure the wrong thing.
  const check = await graphql(server.url, scenario.body);
  if (check.errors?.length || !check.data) throw new Error(`${scenario.name}: ${JSON.stringify(check).slice(0, 500)}`);
  let sent = 0;
  const { bodyAt } = scenario;
  const load = {
    url: server.url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: scenario.body,
    connections: scenario.connections ?? CONNECTIONS,
    ...(bodyAt && { requests: [{ setupRequest: (request: object) => ({ ...request, body: bodyAt(++sent) }) }] }),
  };
  if (WARMUP_S > 0) await autocannon({ ...load, duration: WARMUP_S });
  const result = await autocannon({ ...load, duration: DURATION_S });
  return {
    scenario,
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    ...rssOf(server.child.pid!),
  };
}

const operation = (file: string, variables: Record<string, unknown>) => JSON.stringify({ query: readFileSync(new URL(file, OPERATIONS), 'utf8'), variables });

const WORKLOAD = { requestsPerMonth: 200_000, tokensPerRequest: 3_000, inputShare: 0.75 };
const RECOMMEND_VARIABLES = { useCase: 'CODE_GENERATION', usage: WORKLOAD, constraints: { maxMonthlyUsd: 300, minContextTokens: 128_000 }, first: 5 };

const SCENARIOS: Scenario[] = [
  { name: 'hello-world (Yoga)', target: 'hello', body: JSON.stringify({ query: '{ hello }' }) },
  { name: 'ComparePage, cache off', target: 'uncached', body: operation('ComparePage.graphql', { models: ['openai/gpt-5', 'anthropic/claude-opus-4.5'] }) },
  { name: 'model list (20, with scores), cache off', target: 'uncached', body: operation('ModelList.graphql', { first: 20 }) },
  { name: 'Leaderboard (100, text by overall score), cache off', target: 'uncached', body: operation('Leaderboard.graphql', { first: 100 }) },
  // A new question each request (the usage moves by one request a month), so that nothing computed
  // once per catalog version applies: the whole catalog priced every time. One connection: p50 is a lone request's time.
  {
    name: 'Recommend, a new usage each request, 1 connection',
    target: 'uncached',
    connections: 1,
    body: operation('Recommend.graphql', RECOMMEND_VARIABLES),
    bodyAt: (n) => operation('Recommend.graphql', { ...RECOMMEND_VARIABLES, usage: { ...WORKLOAD, requestsPerMonth: WORKLOAD.requestsPerMonth + n } }),
  },
  {
    name: 'Frontier, a new usage each request, 1 connection',
    target: 'uncached',
    connections: 1,
    body: operation('Frontier.graphql', { usage: WORKLOAD }),
    bodyAt: (n) => operation('Frontier.graphql', { usage: { ...WORKLOAD, requestsPerMonth: WORKLOAD.requestsPerMonth + n } }),
  },
  // The same question again and again, as a page asks it: computed once per catalog version.
  { name: 'Recommend, same question, cache off', target: 'uncached', body: operation('Recommend.graphql', RECOMMEND_VARIABLES) },
  { name: 'ComparePage, cache on', target: 'cached', body: operation('ComparePage.graphql', { models: ['openai/gpt-5', 'anthropic/claude-opus-4.5'] }) },
  // Again at the end: the machine's state while the first run went may have slowed it.
  { name: 'hello-world (Yoga), again', target: 'hello', body: JSON.stringify({ query: '{ hello }' }) },
];

async function main(): Promise<void> {
  console.log('building the server (npm run build) …');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT.pathname, stdio: 'inherit' });
  console.log(`${CONNECTIONS} connections, ${WARMUP_S} s warm-up, ${DURATION_S} s per scenario`);
  const dataDirs: string[] = [];
  const figures: Figures[] = [];
  const started: Server[] = [];
  let current: Server | null = null;
  try {
    for (const scenario of SCENARIOS) {
      if (current?.target !== scenario.target) {
        const previous = current;
        if (previous) await settleAndStop(previous);
        let dataDir: string | null = null;
        if (scenario.target !== 'hello') {
          dataDir = mkdtempSync(join(tmpdir(), 'load-bench-'));
          dataDirs.push(dataDir);
          // The cached server reuses the seeded catalog of the uncached one (stopped by now).
          const seeded = started.find((server) => server.dataDir !== null);
          if (seeded?.dataDir) cpSync(seeded.dataDir, dataDir, { recursive: true });
          console.log(seeded ? `starting the ${scenario.target} server …` : 'starting the server on an empty data directory (it seeds the catalog) …');
        }
        current = await start(scenario.target, dataDir);
        started.push(current);
      }
      console.log(`running: ${scenario.name}`);
      figures.push(await measure(scenario, current));
    }
  } finally {
    if (current) await settleAndStop(current);
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  }
  report(figures, started);
}

function report(figures: Figures[], servers: Server[]): void {
  const hello = figures.filter((f) => f.scenario.target === 'hello');
  // The yardstick is the faster hello-world run: a slow one would flatter every ratio.
  const base = hello.reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a));
  const ratio = (value: number, of: number) => `${(value / of).toFixed(2)}×`;
  console.table(
    figures.map((f) => ({
      scenario: f.scenario.name,
      connections: f.scenario.connections ?? CONNECTIONS,
      'req/s': Math.round(f.reqPerSec),
      '× hello-world': ratio(f.reqPerSec, base.reqPerSec),
      'p50 ms': f.p50Ms,
      'p99 ms': f.p99Ms,
      errors: f.errors,
      'RSS after MB': Math.round(f.rssMb),
      'peak RSS MB': Math.round(f.peakRssMb),
    })),
  );
  console.log(
    `hello-world yardstick: ${Math.round(base.reqPerSec)} req/s, p99 ${base.p99Ms} ms (runs: ${hello.map((f) => Math.round(f.reqPerSec)).join(', ')})`,
  );
  const firstStart = servers.find((server) => server.target === 'uncached')!;
  console.log(`API first start (seeding included): peak RSS ${Math.round(firstStart.startPeakRssMb)} MB`);
  const apiServers = servers.filter((server) => server.target !== 'hello');
  for (const server of apiServers) {
    const last = figures.filter((f) => f.scenario.target === server.target).at(-1)!;
    console.log(
      `${server.target} server: RSS ${Math.round(server.settledRssMb ?? Number.NaN)} MB after ${SETTLE_S} s without requests (${Math.round(last.rssMb)} MB right after its last scenario)`,
    );
  }

  const of = (name: string) => figures.find((f) => f.scenario.name === name)!;
  const uncachedCompare = of('ComparePage, cache off');
  const uncachedList = of('model list (20, with scores), cache off');
  const cachedCompare = of('ComparePage, cache on');
  const uncached = figures.filter((f) => f.scenario.target === 'uncached');
  const checks: [string, boolean][] = [
    ['uncached ComparePage ≥ 0.25× hello-world', uncachedCompare.reqPerSec >= 0.25 * base.reqPerSec],
    ['uncached model list ≥ 0.25× hello-world', uncachedList.reqPerSec >= 0.25 * base.reqPerSec],
    ['cached ComparePage ≥ 0.9× hello-world', cachedCompare.reqPerSec >= 0.9 * base.reqPerSec],
    ["p99 ≤ 3× hello-world's (cached)", cachedCompare.p99Ms <= 3 * Math.max(base.p99Ms, 1)],
    ['p99 ≤ 100 ms (every uncached scenario)', uncached.every((f) => f.p99Ms <= 100)],
    [
      'recommend and frontier over the whole catalog, uncached: p50 ≤ 20 ms',
      of('Recommend, a new usage each request, 1 connection').p50Ms <= 20 && of('Frontier, a new usage each request, 1 connection').p50Ms <= 20,
    ],
    ['zero errors', figures.every((f) => f.errors === 0)],
    [`steady RSS < 300 MB after a run (${SETTLE_S} s without requests)`, apiServers.every((server) => (server.settledRssMb ?? Number.POSITIVE_INFINITY) < 300)],
    ['peak RSS of a first start (seeding included) < 450 MB', firstStart.startPeakRssMb < 450],
  ];
  for (const [target, met] of checks) console.log(`${met ? 'MET ' : 'MISS'} ${target}`);
}

await main();
