import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { errorCodes, execute } from '../support/graphql.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

interface Entry {
  rank: number;
  bestPossibleRank: number;
  value: number;
  interval: { lower: number; upper: number } | null;
  tiedWith: string[];
  tiedWithCount: number;
  model: {
    canonicalId: string;
    scores: { overall: { value: number | null } } | null;
    benchmarkResults?: { benchmarkId: string; score: number; confidenceInterval: unknown }[];
  };
}

async function board(
  args: string,
  fields = 'scores(peerGroup: TEXT) { overall { value } }',
): Promise<{ totalCount: number; unranked: number; entries: Entry[]; endCursor: string }> {
  const response = await execute(
    harness.app,
    `query { leaderboard(${args}) { totalCount unranked higherIsBetter pageInfo { endCursor } edges { node {
      rank bestPossibleRank value interval { lower upper } tiedWith tiedWithCount model { canonicalId ${fields} } } } } }`,
  );
  expect(response.errors).toBeUndefined();
  const { totalCount, unranked, edges, pageInfo } = response.data!.leaderboard;
  return { totalCount, unranked, entries: edges.map((edge: { node: Entry }) => edge.node), endCursor: pageInfo.endCursor };
}

const textModels = async () =>
  (await execute(harness.app, '{ models(filter: { peerGroups: [TEXT] }, first: 0) { totalCount } }')).data!.models.totalCount as number;

describe('leaderboard', () => {
  it('ranks the text models by overall score: every value is the model’s own, ranks follow values, ties share a rank', async () => {
    const { totalCount, unranked, entries } = await board('first: 100');
    expect(totalCount + unranked).toBe(await textModels());
    expect(totalCount).toBeGreaterThan(200);
    entries.forEach((entry, position) => {
      expect(entry.value).toBe(entry.model.scores!.overall.value);
      expect(entry.rank).toBeLessThanOrEqual(position + 1);
      expect(entry.bestPossibleRank).toBeLessThanOrEqual(entry.rank);
      const previous = entries[position - 1];
      if (previous) {
        expect(previous.value).toBeGreaterThanOrEqual(entry.value);
        expect(previous.rank).toBeLessThanOrEqual(entry.rank);
      }
      // Ties are shared both ways, and only among entries of the same rank.
      for (const id of entry.tiedWith) expect(entries.find((other) => other.model.canonicalId === id)?.rank ?? entry.rank).toBe(entry.rank);
      // The count is of the models of the same rank: on this page, unless its tier goes on past it.
      const sameRankHere = entries.filter((other) => other !== entry && other.rank === entry.rank).length;
      if (entry.rank < entries.at(-1)!.rank) expect(entry.tiedWithCount).toBe(sameRankHere);
      else expect(entry.tiedWithCount).toBeGreaterThanOrEqual(sameRankHere);
      expect(entry.tiedWithCount).toBe(entry.tiedWith.length);
    });
    // A new rank starts where the lead of its tier's first model exceeds the half-width of the difference's
    // 95% interval, √((first − its lower)² + (upper − value)²); within a tier it does not (competition ranking).
    const separated = (better: Entry, entry: Entry) =>
      better.value - entry.value > Math.hypot(better.value - better.interval!.lower, entry.interval!.upper - entry.value);
    entries.forEach((entry, position) => {
      if (position === 0) return;
      const tierHead = entries[entries[position - 1]!.rank - 1]!;
      expect(separated(tierHead, entry)).toBe(entry.rank === position + 1);
    });
  });

  it('GPT-5.4 ranks above Llama 4 Scout, and they are not tied', async () => {
    const { entries } = await board('first: 100');
    const rankOf = (id: string) => entries.find((entry) => entry.model.canonicalId === id);
    const gpt = rankOf('openai/gpt-5.4');
    expect(gpt).toBeDefined();
    const scout = rankOf('meta/llama-4-scout');
    if (scout) expect(scout.rank).toBeGreaterThan(gpt!.rank);
    expect(gpt!.tiedWith).not.toContain('meta/llama-4-scout');
  });

  it('pages on: the second page continues the first, and a cursor from another leaderboard is refused', async () => {
    const first = await board('first: 10');
    const second = await board(`first: 10, after: "${first.endCursor}"`);
    const whole = await board('first: 20');
    expect([...first.entries, ...second.entries].map((e) => e.model.canonicalId)).toEqual(whole.entries.map((e) => e.model.canonicalId));
    const mixed = await execute(harness.app, `{ leaderboard(by: RECENCY, after: "${first.endCursor}") { totalCount } }`);
    expect(errorCodes(mixed)).toEqual(['BAD_USER_INPUT']);
    expect(mixed.errors![0]!.extensions!.argument).toBe('after');
  });

  it('by one benchmark: the values are the models’ own results, with the source’s interval', async () => {
    const { entries, totalCount } = await board(
      'by: BENCHMARK, benchmarkId: "lmarena-text", first: 30',
      'benchmarkResults { benchmarkId score confidenceInterval { lower upper } }',
    );
    expect(totalCount).toBeGreaterThan(100);
    for (const entry of entries) {
      // One of the model's current results on it (a model the arena lists twice, e.g. with and without thinking, has two).
      const results = entry.model.benchmarkResults!.filter(({ benchmarkId }) => benchmarkId === 'lmarena-text');
      expect(results.map(({ score, confidenceInterval }) => ({ value: score, interval: confidenceInterval }))).toContainEqual({
        value: entry.value,
        interval: entry.interval,
      });
    }
    expect(entries.filter((entry) => entry.interval !== null).length).toBeGreaterThan(20);
  });

  it('by a signal, within a filter', async () => {
    const { entries } = await board(
      'by: CONTEXT_WINDOW, filter: { labs: ["openai"] }, first: 100',
      'lab { slug } scores(peerGroup: TEXT) { signals { signal value } }',
    );
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      const model = entry.model as unknown as { lab: { slug: string }; scores: { signals: { signal: string; value: number }[] } };
      expect(model.lab.slug).toBe('openai');
      expect(entry.value).toBe(model.scores.signals.find((signal) => signal.signal === 'CONTEXT_WINDOW')!.value);
    }
  });

  it('says why the unranked models have no value: the score’s own reason and sentence, every unranked model once', async () => {
    const response = await execute(
      harness.app,
      `{ leaderboard(first: 1) { unranked statisticalTies unrankedReasons { reason detail count models { canonicalId scores(peerGroup: TEXT) { overall { value reason detail } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { unranked, statisticalTies, unrankedReasons } = response.data!.leaderboard;
    expect(statisticalTies).toBe(true);
    expect(unrankedReasons.length).toBeGreaterThan(0);
    const models = unrankedReasons.flatMap((group: { models: { canonicalId: string }[] }) => group.models.map((model) => model.canonicalId));
    expect(models).toHaveLength(unranked);
    expect(new Set(models).size).toBe(unranked);
    for (const group of unrankedReasons) {
      expect(group.count).toBe(group.models.length);
      for (const model of group.models) expect(model.scores.overall).toEqual({ value: null, reason: group.reason, detail: group.detail });
    }
  });

  it('by one benchmark: names it and its metric, and ranks by equal values when not every result has an interval', async () => {
    const response = await execute(
      harness.app,
      '{ leaderboard(by: BENCHMARK, benchmarkId: "lmarena-text", first: 1) { benchmarkName metric statisticalTies unranked unrankedReasons { reason detail count } } }',
    );
    const board = response.data!.leaderboard;
    expect(board).toMatchObject({ benchmarkName: expect.stringMatching(/arena/i), metric: expect.any(String), statisticalTies: false });
    expect(board.unrankedReasons).toEqual([{ reason: 'UNKNOWN', detail: 'the model has no result on this benchmark', count: board.unranked }]);
    const byScore = await execute(harness.app, '{ leaderboard(first: 1) { benchmarkName metric } }');
    expect(byScore.data!.leaderboard).toEqual({ benchmarkName: null, metric: null });
  });

  it.each([
    ['{ leaderboard(by: BENCHMARK) { totalCount } }', 'benchmarkId'],
    ['{ leaderboard(benchmarkId: "lmarena-text") { totalCount } }', 'benchmarkId'],
    ['{ leaderboard(by: BENCHMARK, benchmarkId: "no-such-benchmark") { totalCount } }', 'benchmarkId'],
    ['{ leaderboard(first: 101) { totalCount } }', 'first'],
    ['{ leaderboard(peerGroup: SPREADSHEETS) { totalCount } }', 'peerGroup'],
  ])('refuses %s, naming %s', async (query, argument) => {
    const response = await execute(harness.app, query);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.argument).toBe(argument);
  });

  it('an unknown enum value sent as a variable is BAD_USER_INPUT naming the argument too', async () => {
    const response = await execute(harness.app, 'query($group: PeerGroup!) { leaderboard(peerGroup: $group) { totalCount } }', { group: 'SPREADSHEETS' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions).toMatchObject({ argument: 'peerGroup', variable: 'group' });
  });
});
