/**
 * What operations cost the server, against what the cost limit counts: `npm run bench:cost`.
 *
 * On the seeded catalog in a fresh embedded store, with the response cache off, each operation runs
 * through the real Yoga pipeline (`app.fetch`) until it has used a second of CPU; the figure is the
 * process's CPU time per request (the store's worker thread included) beside the counted cost. The
 * operations are every page of schema/operations at `first: 100`, the list page of the issue, and
 * the abusive shapes the limits refuse (counted only: they are never run). The weights of
 * src/http/operation-cost.ts are read from this: CPU per counted unit should be of one order for
 * every page, and the limit must pass every page while refusing every abusive shape.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { createApp } from '../../src/app.ts';
import { openDatabase } from '../../src/cli/db.ts';
import { schema } from '../../src/graphql/schema.ts';
import { documentCosts, OPERATION_COST } from '../../src/http/operation-cost.ts';
import { seedIfEmpty } from '../../src/ingest/seed.ts';

const ROOT = new URL('../../', import.meta.url);
const CPU_BUDGET_MS = Number(process.env.BENCH_CPU_MS ?? 1000);

interface Case {
  name: string;
  query: string;
  /** The variables of the n-th run: a usage moves by one request a month each run, so that no answer computed once per version (a frontier, a recommendation) is reused and every run costs what a new question does. */
  variables?: (run: number) => Record<string, unknown>;
  /** Counted only: a shape the limit exists to refuse. */
  abusive?: boolean;
}

const operation = (file: string) => readFileSync(new URL(`schema/operations/${file}`, ROOT), 'utf8');
const usage = (run: number) => ({ requestsPerMonth: 200_000 + run, tokensPerRequest: 3_000, inputShare: 0.75 });
const pages: Record<string, (run: number) => Record<string, unknown>> = {
  'ComparePage.graphql': (run) => ({ models: ['openai/gpt-5', 'anthropic/claude-opus-4-5'], usage: usage(run) }),
  'CostEstimate.graphql': (run) => ({ model: 'openai/gpt-5', usage: usage(run) }),
  'Frontier.graphql': (run) => ({ usage: usage(run) }),
  // A board is kept per filter: a new price bound each run (above every price: it leaves out only the unpriced) makes every run new.
  'Leaderboard.graphql': (run) => ({ first: 100, filter: { maxPriceUsdPerMTok: 999_999 - run } }),
  'ModelDetail.graphql': () => ({ id: 'openai/gpt-5' }),
  'ModelList.graphql': () => ({ first: 100 }),
  'ModelLookup.graphql': () => ({ id: 'gpt 5.4', search: 'gpt 5.4', first: 10 }),
  'ModelScores.graphql': () => ({ id: 'openai/gpt-5' }),
  'Recommend.graphql': (run) => ({ useCase: 'CODE_GENERATION', usage: usage(run), first: 20 }),
};

const CASES: Case[] = [
  ...readdirSync(new URL('schema/operations/', ROOT))
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => ({ name: file.replace('.graphql', ''), query: operation(file), variables: pages[file] ?? (() => ({})) })),
  {
    name: 'list page of issue 18 (first: 100)',
    query: `{ models(first: 100) { edges { node { canonicalId name lab { name } releaseDate limits { contextWindow { tokens reason } }
      canonicalPrice { kind tokens { input { display } output { display } } }
      scores { overall { value confidence } ranks { overall { peerGroup { label } } } } } } } }`,
  },
  {
    name: 'every provider of each model, with all its offerings',
    query: '{ models(first: 100) { edges { node { offerings { provider { offerings { model { name } } } } } } } }',
    abusive: true,
  },
  {
    name: 'every offering of every provider, with its model’s offerings',
    query: '{ providers { offerings { model { offerings { price { kind } } } } } }',
    abusive: true,
  },
  {
    // Past the limit, yet measured: what the limit saves.
    name: '100 models with every benchmark result and every offering’s provider',
    query: '{ models(first: 100) { edges { node { benchmarkResults { benchmarkId score } offerings { provider { name } } } } } }',
  },
];

const countedCost = (query: string): number => documentCosts(schema, parse(query)).reduce((sum, cost) => sum + cost, 0);

const dataDir = mkdtempSync(join(tmpdir(), 'bench-cost-'));
const database = await openDatabase({ MONGODB_URI: undefined, MONGODB_DB: 'model_compare', DATA_DIR: dataDir });
try {
  await seedIfEmpty(database.db);
  // The limit itself is what is being calibrated: the app under measurement runs without it.
  const app = createApp({ db: database.db, operationCostLimit: Number.POSITIVE_INFINITY });
  const run = async ({ query, variables }: Case, index: number) => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: variables?.(index) ?? {} }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${body.errors[0]!.message}`);
  };
  const rows: string[] = [];
  for (const item of CASES) {
    const cost = countedCost(item.query);
    if (item.abusive) {
      rows.push(`| ${item.name} (refused) | ${cost.toLocaleString('en-US')} | | | ${cost > OPERATION_COST.limit ? 'refused' : 'PASSES'} |`);
      continue;
    }
    await run(item, 0);
    const start = process.cpuUsage();
    let requests = 0;
    let usedMs = 0;
    while (usedMs < CPU_BUDGET_MS) {
      requests++;
      await run(item, requests);
      const used = process.cpuUsage(start);
      usedMs = (used.user + used.system) / 1000;
    }
    const msPerRequest = usedMs / requests;
    const microsPerUnit = (msPerRequest * 1000) / cost;
    rows.push(
      `| ${item.name} | ${cost.toLocaleString('en-US')} | ${msPerRequest.toFixed(2)} | ${microsPerUnit.toFixed(1)} | ${cost <= OPERATION_COST.limit ? 'passes' : 'REFUSED'} |`,
    );
  }
  console.log(
    `cost limit ${OPERATION_COST.limit.toLocaleString('en-US')}; field ${OPERATION_COST.field}, connection +${OPERATION_COST.connection}, list ${OPERATION_COST.listSize}`,
  );
  console.log('| operation | counted cost | CPU ms per request | CPU µs per unit | limit |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
