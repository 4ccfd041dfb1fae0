import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARISON_RULES } from '../../src/domain/comparison/rules.ts';
import { COST_RULES } from '../../src/domain/cost/rules.ts';
import { WHICH_MODEL_RULES } from '../../src/domain/recommend/rules.ts';
import { METHODOLOGY, renderMethodologyMarkdown } from '../../src/domain/scoring/methodology.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { type AdHocData, execute } from '../support/graphql.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

const SCORES = /* GraphQL */ `
  scores {
    methodologyVersion
    signals { signal value reason }
    overall { value reason confidence interval { lower upper } contributions { key points parts { key points } } }
    ranks { overall { peerGroup { rank of topPercent label bestPossibleRank } } adoption { all { rank of topPercent bestPossibleRank } } }
  }
`;

describe('Model.scores', () => {
  it('serves six signals, an overall score whose contributions add up to it, and ranks with correct percentiles', async () => {
    const response = await execute(harness.app, `query { model(id: "openai/gpt-5") { ${SCORES} } }`);
    expect(response.errors).toBeUndefined();
    const scores = response.data!.model.scores;
    expect(scores.methodologyVersion).toBe(METHODOLOGY.version);
    expect(scores.signals.map((signal: AdHocData) => signal.signal)).toEqual([
      'CAPABILITIES',
      'PRICING',
      'CONTEXT_WINDOW',
      'RECENCY',
      'OUTPUT_CAPACITY',
      'BENCHMARKS',
    ]);
    for (const signal of scores.signals) {
      if (signal.value === null) expect(['NOT_APPLICABLE', 'UNKNOWN']).toContain(signal.reason);
      else {
        expect(signal.value).toBeGreaterThanOrEqual(0);
        expect(signal.value).toBeLessThanOrEqual(100);
      }
    }
    const { overall } = scores;
    expect(overall.value).not.toBeNull();
    // Contributions are in tenths: sum them as integers.
    const tenths = (value: number) => Math.round(value * 10);
    expect(overall.contributions.reduce((sum: number, part: AdHocData) => sum + tenths(part.points), 0)).toBe(tenths(overall.value));
    const { rank, of, topPercent, label, bestPossibleRank } = scores.ranks.overall.peerGroup;
    expect(topPercent).toBe(Math.ceil((rank / of) * 100));
    expect(label).toBe(`#${rank} of ${of} text models, top ${topPercent}%`);
    // The 95% interval holds the value; the best possible rank is never worse than the rank.
    expect(overall.interval.lower).toBeLessThanOrEqual(overall.value);
    expect(overall.interval.upper).toBeGreaterThanOrEqual(overall.value);
    expect(bestPossibleRank).toBeGreaterThanOrEqual(1);
    expect(bestPossibleRank).toBeLessThanOrEqual(rank);
    // Adoption (a provider count) has no interval: its best possible rank is its rank.
    expect(scores.ranks.adoption.all.bestPossibleRank).toBe(scores.ranks.adoption.all.rank);
  });

  it('an image model gets no context-window score (NOT_APPLICABLE), never 0', async () => {
    const response = await execute(harness.app, `query { model(id: "openai/gpt-image-1") { scores { signal(name: CONTEXT_WINDOW) { value reason } } } }`);
    expect(response.data!.model.scores.signal).toEqual({ value: null, reason: 'NOT_APPLICABLE' });
  });

  it('ranks follow overall scores across the text peer group', async () => {
    const response = await execute(
      harness.app,
      `query { models(first: 100, filter: { peerGroups: [TEXT] }, sort: { field: RELEASE_DATE, direction: DESC }) { edges { node { canonicalId scores { overall { value } ranks { overall { peerGroup { rank } } } } } } } }`,
    );
    const ranked = response
      .data!.models.edges.map((edge: AdHocData) => edge.node.scores)
      .filter((scores: AdHocData) => scores.overall.value !== null)
      .map((scores: AdHocData) => ({ value: scores.overall.value as number, rank: scores.ranks.overall.peerGroup.rank as number }));
    expect(ranked.length).toBeGreaterThan(5);
    for (const a of ranked) for (const b of ranked) if (a.value > b.value) expect(a.rank).toBeLessThan(b.rank);
  });
});

describe('Model.scoreHistory', () => {
  it('has monthly points Jun 2025 – Jul 2026 in date order for a model listed throughout', async () => {
    const response = await execute(harness.app, `query { model(id: "anthropic/claude-opus-4-1") { scoreHistory { month date overall } } }`);
    expect(response.errors).toBeUndefined();
    const months = response.data!.model.scoreHistory.map((point: AdHocData) => point.month);
    expect(months[0]).toBe('2025-08');
    expect(months.at(-1)).toBe('2026-07');
    const dates = response.data!.model.scoreHistory.map((point: AdHocData) => point.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('methodology', () => {
  it('serves the version, every weight, and the same Markdown the README carries', async () => {
    const response = await execute(
      harness.app,
      `query { methodology { version overallWeights { signal weightPercent } signals { signal formula } markdown } }`,
    );
    const methodology = response.data!.methodology;
    expect(methodology.version).toBe(METHODOLOGY.version);
    expect(methodology.overallWeights).toEqual([
      { signal: 'BENCHMARKS', weightPercent: 90 },
      { signal: 'CAPABILITIES', weightPercent: 5 },
      { signal: 'CONTEXT_WINDOW', weightPercent: 5 },
    ]);
    expect(methodology.signals).toHaveLength(6);
    expect(methodology.markdown).toBe(renderMethodologyMarkdown());
  });

  interface Rule {
    area: string;
    name: string;
    rule: string;
  }
  const rules = async (args: string) => execute<{ methodology: { rules: Rule[] } }>(harness.app, `query { methodology { rules${args} { area name rule } } }`);

  it('serves every rule, or those of one area, or the one rule of a name', async () => {
    const all = (await rules('')).data!.methodology.rules;
    const areas = [...new Set(all.map((rule) => rule.area))];
    const byArea = await Promise.all(areas.map(async (area) => (await rules(`(area: ${JSON.stringify(area)})`)).data!.methodology.rules));
    // Each area's rules are that area's, and together they are all of them.
    expect(byArea.flat()).toEqual(areas.flatMap((area) => all.filter((rule) => rule.area === area)));
    expect(byArea[areas.indexOf('cost')]!.map((rule) => rule.name)).toEqual(COST_RULES.map((rule) => rule.id));
    expect(byArea[areas.indexOf('whichModel')]!.map((rule) => rule.name)).toEqual(Object.keys(WHICH_MODEL_RULES));
    const verdicts = (await rules('(area: "comparison.verdicts")')).data!.methodology.rules;
    expect(verdicts.map((rule) => rule.name)).toEqual(Object.keys(COMPARISON_RULES.verdicts));
    const ties = (await rules('(area: "whichModel", name: "leaderboardTies")')).data!.methodology.rules;
    expect(ties).toEqual([{ area: 'whichModel', name: 'leaderboardTies', rule: WHICH_MODEL_RULES.leaderboardTies }]);
    expect((await rules('(name: "leaderboardTies")')).data!.methodology.rules).toEqual(ties);
  });

  it('refuses an area or a name no rule has, rather than answering no rule', async () => {
    const area = await rules('(area: "whichmodel")');
    const areas = expect.arrayContaining(['cost', 'whichModel']);
    expect(area.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'area', areas });
    // One problem, listed as a request with several lists them.
    expect(area.errors?.[0]?.extensions?.problems).toEqual([{ argument: 'area', message: 'no rule has the area "whichmodel"', areas }]);
    const name = await rules('(area: "cost", name: "leaderboardTies")');
    expect(name.errors?.[0]).toMatchObject({ message: 'name: no rule of cost is named "leaderboardTies"', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
