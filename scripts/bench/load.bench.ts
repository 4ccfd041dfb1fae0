/**
 * HTTP load benchmark: `npm run bench`. Not a test: figures depend on the machine.
 *
 * Seeds the real catalog into a temporary embedded store (in this process, standing in for the
 * MongoDB a deployment points at), builds the server and starts it as `npm start` runs it
 * (`node dist/server.js`, a child process of its own, so its RSS is its own), with the response
 * cache off and then on, and drives it with autocannon over loopback: a minimal Yoga hello-world
 * (plain JavaScript, scripts/bench/hello-world.mjs) first and last, the faster run as the yardstick,
 * and in between this API's model list page, one model's detail and a two-model comparison.
 * Prints req/s, p50, p99, errors and RSS, each as a ratio to the hello-world, and the targets. BENCH_DURATION_S sets the seconds per
 * scenario; BENCH_NODE_FLAGS passes flags to the servers.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { MongoClient } from 'mongodb';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 6);
const CONNECTIONS = 10;
const DB_NAME = 'bench';
const ROOT = new URL('../../', import.meta.url);

type Target = 'hello' | 'app' | 'app-cached';

interface Running {
  child: ChildProcess;
  url: string;
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

async function startTarget(target: Target, mongoUri: string): Promise<Running> {
  const port = await freePort();
  const entry = target === 'hello' ? new URL('scripts/bench/hello-world.mjs', ROOT) : new URL('dist/server.js', ROOT);
  const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...flags, entry.pathname], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGODB_URI: mongoUri,
      MONGODB_DB: DB_NAME,
      RESPONSE_CACHE_TTL_MS: target === 'app-cached' ? '300000' : '0',
    },
    // The server's JSON request log goes where a deployment's would: out of the way, not into this terminal.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`${target} server exited with ${code}`))));
  const base = `http://127.0.0.1:${port}`;
  await Promise.race([exited, waitForHealth(base)]);
  return { child, url: `${base}/graphql` };
}

async function waitForHealth(base: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const healthy = await fetch(`${base}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${base}/health`);
}

function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

interface Scenario {
  name: string;
  target: Target;
  body: string;
}

interface Figures {
  name: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  rssMb: number;
}

async function graphql(url: string, body: string): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

async function measure(scenario: Scenario, url: string, pid: number): Promise<Figures> {
  // One checked request first: a scenario that answers with errors would measure the wrong thing.
  const check = await graphql(url, scenario.body);
  if (check.errors?.length || !check.data) throw new Error(`${scenario.name}: ${JSON.stringify(check).slice(0, 500)}`);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: scenario.body,
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  return {
    name: scenario.name,
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    rssMb: rssMegabytes(pid),
  };
}

async function seededStore() {
  const { startEmbeddedMongo } = await import('@model-compare/embedded-mongo');
  const { seedIfEmpty } = await import('../../src/ingest/seed.ts');
  const dbpath = mkdtempSync(join(tmpdir(), 'load-bench-'));
  const store = await startEmbeddedMongo({ dbpath, port: 0 });
  const client = await new MongoClient(store.uri).connect();
  console.log('seeding the catalog …');
  await seedIfEmpty(client.db(DB_NAME));
  await client.close();
  return {
    uri: store.uri,
    stop: async () => {
      await store.stop();
      rmSync(dbpath, { recursive: true, force: true });
    },
  };
}

/** The comparison page's figures; the resolver computes the whole comparison whatever is selected. */
const COMPARE = `query Compare($models: [ID!]!) {
  compare(models: $models) {
    models { modelId name peerGroup }
    overall { key outcome delta advantage differs cells { modelId value reason } }
    signals { key outcome delta differs cells { modelId value reason } }
    costs { comparable rows { modelId cheaperThanBaseline noEstimateReason } }
    verdicts { kind outcome winnerModelId basedOn }
    summary { text }
  }
}`;

async function main(): Promise<void> {
  console.log('building the server (npm run build) …');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const store = await seededStore();
  const operations = new URL('../../schema/operations/', import.meta.url);
  const modelList = JSON.stringify({ query: readFileSync(new URL('ModelList.graphql', operations), 'utf8'), variables: { first: 20 } });
  const hello = JSON.stringify({ query: '{ hello }' });
  const running: ChildProcess[] = [];
  try {
    const probe = await startTarget('app', store.uri);
    running.push(probe.child);
    const pair = await graphql(
      probe.url,
      JSON.stringify({
        query:
          '{ models(first: 2, sort: { field: RELEASE_DATE, direction: DESC }, filter: { outputModalities: [TEXT], minContextTokens: 100000 }) { edges { node { canonicalId } } } }',
      }),
    );
    const ids: string[] = pair.data?.models?.edges?.map((edge: { node: { canonicalId: string } }) => edge.node.canonicalId) ?? [];
    if (ids.length !== 2) throw new Error(`could not pick two models: ${JSON.stringify(pair).slice(0, 300)}`);
    probe.child.kill();
    console.log(`models: ${ids.join(' vs ')}; ${DURATION_S} s per scenario, ${CONNECTIONS} connections`);
    const detail = JSON.stringify({ query: readFileSync(new URL('ModelDetail.graphql', operations), 'utf8'), variables: { id: ids[0] } });
    const compare = JSON.stringify({ query: COMPARE, variables: { models: ids } });

    const scenarios: Scenario[] = [
      { name: 'hello-world (Yoga)', target: 'hello', body: hello },
      { name: 'model list, uncached', target: 'app', body: modelList },
      { name: 'model detail, uncached', target: 'app', body: detail },
      { name: 'compare 2, uncached', target: 'app', body: compare },
      { name: 'model list, cached', target: 'app-cached', body: modelList },
      { name: 'model detail, cached', target: 'app-cached', body: detail },
      { name: 'compare 2, cached', target: 'app-cached', body: compare },
      // Again at the end: the store's work right after seeding can slow the first run.
      { name: 'hello-world (Yoga), again', target: 'hello', body: hello },
    ];
    const servers = new Map<Target, Running>();
    const figures: Figures[] = [];
    for (const scenario of scenarios) {
      if (!servers.has(scenario.target)) {
        const server = await startTarget(scenario.target, store.uri);
        running.push(server.child);
        servers.set(scenario.target, server);
      }
      const server = servers.get(scenario.target)!;
      console.log(`running: ${scenario.name}`);
      figures.push(await measure(scenario, server.url, server.child.pid!));
    }
    report(figures);
  } finally {
    for (const child of running) child.kill();
    await store.stop();
  }
}

function report(figures: Figures[]): void {
  // The yardstick is the faster hello-world run: a slow one would flatter every ratio.
  const base = figures.filter((f) => f.name.startsWith('hello-world')).reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a));
  const ratio = (value: number, of: number) => `${(value / of).toFixed(2)}×`;
  console.table(
    figures.map((f) => ({
      scenario: f.name,
      'req/s': Math.round(f.reqPerSec),
      'req/s ratio': ratio(f.reqPerSec, base.reqPerSec),
      'p50 ms': f.p50Ms,
      'p99 ms': f.p99Ms,
      'p99 ratio': ratio(f.p99Ms || 1, base.p99Ms || 1),
      errors: f.errors,
      'RSS MB': Math.round(f.rssMb),
      'RSS ratio': ratio(f.rssMb, base.rssMb),
    })),
  );
  const uncached = figures.find((f) => f.name === 'compare 2, uncached')!;
  const cached = figures.find((f) => f.name === 'compare 2, cached')!;
  const checks = [
    [`comparison uncached ≥ 0.2× hello-world req/s`, uncached.reqPerSec >= 0.2 * base.reqPerSec],
    [`comparison cached ≥ 0.8× hello-world req/s`, cached.reqPerSec >= 0.8 * base.reqPerSec],
    [
      `p99 ≤ 3× hello-world's (cached scenarios)`,
      figures.filter((f) => f.name.endsWith('cached') && !f.name.endsWith('uncached')).every((f) => f.p99Ms <= 3 * Math.max(base.p99Ms, 1)),
    ],
    ['zero errors', figures.every((f) => f.errors === 0)],
    ['RSS < 300 MB', figures.every((f) => f.rssMb < 300)],
  ] as const;
  for (const [target, met] of checks) console.log(`${met ? 'MET ' : 'MISS'} ${target}`);
}

await main();
