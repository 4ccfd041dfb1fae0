/**
 * The comparison page through the real server (`yoga.fetch`) on the seeded catalog: every number it
 * prints is the field of the API's answer it names, for the reference pair and two text pairs, at
 * the default usage and at one given in the form.
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ComparePageDocument,
  type ComparePageQuery,
  FrontierDocument,
  type FrontierQuery,
  ModelScoresDocument,
  type ModelScoresQuery,
  type UsageInput,
} from '../../schema/generated/graphql.ts';
import { REFERENCE_PAIR } from '../../src/web/examples.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { execute } from '../support/graphql.ts';
import { axisTicks, expectFiguresMatch, expectNoUnmarkedDigits, type FetchedPage, fetchPage, figuresOf, rowCells } from '../support/pages.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

/** What the page is asked for (as a person types it) and the models it must end up comparing. */
const PAIRS = [
  { name: 'the reference pair', typed: [...REFERENCE_PAIR], ids: [...REFERENCE_PAIR] },
  { name: 'a text pair by id and alias', typed: ['openai/gpt-5', 'anthropic/claude-opus-4.5'], ids: ['openai/gpt-5', 'anthropic/claude-opus-4-5'] },
  { name: 'a text pair by display name', typed: ['GPT-5.4', 'Claude Sonnet 4.6'], ids: ['openai/gpt-5.4', 'anthropic/claude-sonnet-4-6'] },
];

/** The API's answers the page must agree with, fetched here the way any client would. */
async function apiAnswers(ids: string[], usage?: UsageInput) {
  const compared = await execute<ComparePageQuery>(harness.app, print(ComparePageDocument), { models: ids, usage });
  expect(compared.errors).toBeUndefined();
  const compare = compared.data!.compare;
  const sources: Record<string, unknown> = { ComparePage: compared.data };
  for (const [index, model] of compare.models.entries()) {
    const scores = await execute<ModelScoresQuery>(harness.app, print(ModelScoresDocument), { id: model.modelId, peerGroup: compare.peerGroup });
    expect(scores.errors).toBeUndefined();
    sources[`ModelScores[${index}]`] = scores.data;
  }
  let frontier: FrontierQuery['frontier'] | null = null;
  if (compare.peerGroup) {
    const answer = await execute<FrontierQuery>(harness.app, print(FrontierDocument), { peerGroup: compare.peerGroup, usage });
    expect(answer.errors).toBeUndefined();
    sources.Frontier = answer.data;
    frontier = answer.data!.frontier;
  }
  return { compare, frontier, sources };
}

const comparePath = (typed: string[], query = '') => `/compare?models=${encodeURIComponent(typed.join(','))}${query}`;

function expectPaths(page: FetchedPage, paths: string[]): void {
  const shown = new Set(figuresOf(page.document).map((figure) => `${figure.source}:${figure.path}`));
  expect(paths.filter((path) => !shown.has(path))).toEqual([]);
}

describe.each(PAIRS)('the comparison page of $name', ({ typed, ids }) => {
  let page: FetchedPage;
  let api: Awaited<ReturnType<typeof apiAnswers>>;
  beforeAll(async () => {
    [page, api] = await Promise.all([fetchPage(harness.app, comparePath(typed)), apiAnswers(ids)]);
  });

  it('is an HTML page of the models asked for', () => {
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(api.compare.models.map((model) => model.modelId)).toEqual(ids);
    expect(page.document.querySelector('h1')?.textContent).toBe(api.compare.models.map((model) => model.name).join(' vs '));
  });

  it('prints every figure exactly as the API answered it, and no number that is not a field', () => {
    const figures = expectFiguresMatch(page.document, api.sources);
    expect(figures.length).toBeGreaterThan(60);
    expectNoUnmarkedDigits(page.document);
    expect(new Set(axisTicks(page.document, 'y'))).toEqual(new Set(['0', '25', '50', '75', '100']));
    // The frontier's cost axis: powers of ten in dollars, and zero when a model costs nothing.
    const costTicks = axisTicks(page.document, 'x');
    expect(costTicks.length).toBeGreaterThan(1);
    for (const tick of costTicks) expect(tick).toMatch(/^\$(0|0\.0*1|1(,?0{3})*|10{1,2})$/);
  });

  it('shows every element of the reference page: signals, overall, ranks, history, costs, tables, use cases, verdicts, summary', () => {
    const { compare } = api;
    const known = (path: string, value: unknown) => (value === null || value === undefined ? [] : [`ComparePage:${path}`]);
    expectPaths(page, [
      'ComparePage:compare.summary.text',
      ...compare.signals.flatMap((row, i) => [
        ...row.cells.flatMap((cell, j) => known(`compare.signals[${i}].cells[${j}].value`, cell.value)),
        ...known(`compare.signals[${i}].delta`, row.delta),
      ]),
      ...compare.overall.cells.flatMap((cell, j) => [
        ...known(`compare.overall.cells[${j}].value`, cell.value),
        ...known(`compare.overall.cells[${j}].interval.lower`, cell.interval),
        ...known(`compare.overall.cells[${j}].interval.upper`, cell.interval),
      ]),
      ...compare.tally.map((_, j) => `ComparePage:compare.tally[${j}].label`),
      ...compare.costs.rows.flatMap((row, j) => [
        ...known(`compare.costs.rows[${j}].estimate.monthly.formatted`, row.estimate?.monthly),
        ...known(`compare.costs.rows[${j}].estimate.yearly.formatted`, row.estimate?.yearly),
        ...known(`compare.costs.rows[${j}].savings.monthly.formatted`, row.savings),
        ...known(`compare.costs.rows[${j}].costPerQualityPoint.formatted`, row.costPerQualityPoint),
        ...known(`compare.costs.rows[${j}].noEstimateReason`, row.noEstimateReason),
      ]),
      ...compare.useCases.flatMap((row, i) => (row.fits.every((fit) => fit.level === 'NOT_SUITABLE') ? [] : [`ComparePage:compare.useCases[${i}].rule`])),
      ...compare.verdicts.map((_, i) => `ComparePage:compare.verdicts[${i}].basedOn`),
      ...Object.entries(api.sources).flatMap(([source, data]) =>
        source.startsWith('ModelScores')
          ? (data as ModelScoresQuery).model!.scoreHistory.flatMap((point, k) => (point.overall === null ? [] : [`${source}:model.scoreHistory[${k}].overall`]))
          : [],
      ),
    ]);
    for (const id of [
      'signals',
      'overall',
      'history',
      'costs',
      'crossovers',
      'frontier',
      'benchmarks',
      'capabilities',
      'parameters',
      'use-cases',
      'verdicts',
    ]) {
      expect(page.document.querySelector(`section[aria-labelledby="${id}"]`), id).not.toBeNull();
    }
    expect(page.document.querySelectorAll('section[aria-labelledby="capabilities"] tbody tr')).toHaveLength(compare.capabilities.length);
    expect(page.document.querySelectorAll('section[aria-labelledby="capabilities"] tr.differs')).toHaveLength(
      compare.capabilities.filter((row) => row.differs).length,
    );
    expect(page.document.querySelectorAll('section[aria-labelledby="parameters"] tr.differs')).toHaveLength(
      compare.parameters.filter((row) => row.differs).length,
    );
  });

  it('says for each rank which peer group it is in, or why there is none', () => {
    const ranks = [...page.document.querySelectorAll('section[aria-labelledby="overall"] .card li')].map((item) => item.textContent ?? '');
    expect(ranks).toHaveLength(4 * ids.length);
    for (const rank of ranks) expect(rank).toMatch(/ of \d+ [a-z ]*models, top \d+%|unranked: /);
  });

  it('draws the score history as an accessible SVG line chart with its data as a table', () => {
    const charts = [...page.document.querySelectorAll('section[aria-labelledby="history"] svg[role="img"]')];
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      const [title, desc] = (chart.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(chart.querySelector(`title[id="${title}"]`)?.textContent).toMatch(/^Overall score per month among /);
      expect(chart.querySelector(`desc[id="${desc}"]`)?.textContent).toContain('table');
      expect(chart.querySelectorAll('path').length + chart.querySelectorAll('circle').length).toBeGreaterThan(0);
    }
    expect(page.document.querySelector('section[aria-labelledby="history"] details table')).not.toBeNull();
  });

  it('draws the frontier of the peer group as an accessible scatter chart, the compared models marked and named or said to be missing and why', () => {
    const frontier = api.frontier!;
    const section = page.document.querySelector('section[aria-labelledby="frontier"]')!;
    const chart = section.querySelector('svg[role="img"]')!;
    const [title, desc] = (chart.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(chart.querySelector(`title[id="${title}"]`)?.textContent).toMatch(/^Quality against monthly cost among /);
    expect(chart.querySelector(`desc[id="${desc}"]`)?.textContent).toMatch(/logarithmic.*table/);
    expect(chart.textContent).toContain('log scale');
    // Every point, the frontier's dark and joined by the line, the compared ones in colour and named.
    const onChart = frontier.points.flatMap((point, i) => (api.compare.models.some((model) => model.modelId === point.model.canonicalId) ? [i] : []));
    expect(chart.querySelectorAll('circle.other, circle.on-frontier').length + onChart.filter((i) => !frontier.points[i]!.onFrontier).length).toBe(
      frontier.points.length,
    );
    expect(chart.querySelectorAll('circle.on-frontier')).toHaveLength(frontier.points.filter((point) => point.onFrontier).length);
    expect(chart.querySelectorAll('path.frontier')).toHaveLength(frontier.points.some((point) => point.onFrontier) ? 1 : 0);
    expect(chart.querySelectorAll('.marked circle')).toHaveLength(onChart.length);
    expect([...chart.querySelectorAll('.marked text')].map((label) => label.getAttribute('data-path'))).toEqual(
      onChart.map((i) => `frontier.points[${i}].model.name`),
    );
    // The text alternative: one row per point, the compared ones set apart.
    const rows = [...section.querySelectorAll('details tbody tr')];
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(frontier.points.map((point) => point.model.name));
    expect(section.querySelectorAll('details tbody tr.compared')).toHaveLength(onChart.length);
    // What the chart leaves out, counted by the API, and each compared model that is not on it, with the reason.
    expectPaths(page, ['Frontier:frontier.withoutScore', 'Frontier:frontier.withoutCost']);
    const missing = api.compare.models.filter((model) => !frontier.points.some((point) => point.model.canonicalId === model.modelId));
    const notOnChart = [...section.querySelectorAll('ul.legend-list li')].filter((item) => item.textContent?.includes('not on the chart: '));
    expect(notOnChart.map((item) => item.querySelector('a')?.textContent)).toEqual(missing.map((model) => model.name));
    for (const [k, model] of missing.entries()) {
      const quality = api.compare.signals.find((row) => row.key === 'BENCHMARKS')!.cells.find((cell) => cell.modelId === model.modelId)!;
      expect(notOnChart[k]!.textContent).toMatch(
        quality.value === null ? /not on the chart: no quality score \(unknown/ : /not on the chart: no known monthly cost/,
      );
    }
  });
});

describe('unknowns on the reference page', () => {
  it('show their reason in words where the API has no value, never a 0 or a bare dash', async () => {
    const page = await fetchPage(harness.app, comparePath([...REFERENCE_PAIR]));
    const { compare } = await apiAnswers([...REFERENCE_PAIR]);
    const labels: Record<string, string> = { PRICING: 'Pricing', OUTPUT_CAPACITY: 'Output capacity', BENCHMARKS: 'Benchmarks (quality)' };
    const nullCells = compare.signals.flatMap((row) => row.cells.map((cell, j) => ({ key: row.key, j, cell })).filter(({ cell }) => cell.value === null));
    expect(nullCells.length).toBeGreaterThan(0);
    for (const { key, j, cell } of nullCells) {
      const shown = rowCells(page.document, 'signals', labels[key] ?? key)[j]!;
      expect(shown).toMatch(cell.reason === 'NOT_APPLICABLE' ? /^not applicable/ : /^unknown/);
      expect(shown).not.toMatch(/^\s*(0|-|—)\s*$/);
    }
    const cost = rowCells(page.document, 'costs', 'Monthly cost');
    expect(cost[0]).toMatch(/^no estimate: /);
    // Neither model is on the frontier chart, each for its own reason: one has no quality score, the other no cost.
    const notOnChart = [...page.document.querySelectorAll('section[aria-labelledby="frontier"] ul.legend-list li')].map((item) => item.textContent ?? '');
    expect(notOnChart.map((item) => /not on the chart: (no quality score|no known monthly cost)/.exec(item)?.[1]).sort()).toEqual([
      'no known monthly cost',
      'no quality score',
    ]);
  });
});

describe('the cost crossovers', () => {
  const section = (page: FetchedPage) => page.document.querySelector('section[aria-labelledby="crossovers"]')!;
  const nameOf = (compare: ComparePageQuery['compare'], id: string) => compare.models.find((model) => model.modelId === id)?.name;

  it('list where the cheaper model changes: the usage value, where exactly, who is cheaper below and above, and why', async () => {
    const ids = ['openai/gpt-5-mini', 'deepseek/deepseek-v3.2'];
    const [page, api] = await Promise.all([fetchPage(harness.app, comparePath(ids)), apiAnswers(ids)]);
    const { crossovers } = api.compare;
    expect(crossovers.map((crossover) => crossover.variable)).toContain('INPUT_SHARE');
    expectFiguresMatch(page.document, api.sources);
    expectNoUnmarkedDigits(page.document);
    const rows = [...section(page).querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(crossovers.length);
    expectPaths(
      page,
      crossovers.flatMap((_, i) => [`ComparePage:compare.crossovers[${i}].at`, `ComparePage:compare.crossovers[${i}].explanation`]),
    );
    for (const [i, crossover] of crossovers.entries()) {
      const cells = [...rows[i]!.querySelectorAll('td')].map((cell) => cell.textContent?.trim());
      expect(cells.slice(1, 3)).toEqual([nameOf(api.compare, crossover.cheaperBelow), nameOf(api.compare, crossover.cheaperAbove)]);
      // The exact value, not three decimals of it: the explanation carries the rounded one.
      expect(section(page).querySelector(`[data-path="compare.crossovers[${i}].at"]`)?.textContent?.replace(/,/g, '')).toBe(String(crossover.at));
    }
  });

  it.each([
    {
      why: 'one model is cheaper at every usage',
      ids: ['openai/gpt-5', 'anthropic/claude-sonnet-4-5'],
      comparable: true,
      says: /one model is cheaper at every usage/,
    },
    { why: 'the costs are not comparable', ids: [...REFERENCE_PAIR], comparable: false, says: /costs of these models are not comparable/ },
  ])('when there is none, say why in words: $why', async ({ ids, comparable, says }) => {
    const [page, api] = await Promise.all([fetchPage(harness.app, comparePath(ids)), apiAnswers(ids)]);
    expect(api.compare.crossovers).toEqual([]);
    expect(api.compare.costs.comparable).toBe(comparable);
    expect(section(page).querySelector('table')).toBeNull();
    expect(section(page).querySelector('.unknown')?.textContent).toMatch(says);
  });
});

describe('the usage form', () => {
  const usage = { requestsPerMonth: 200000, tokensPerRequest: 3000, inputShare: 0.8, cachedInputShare: 0.25 };
  const query = `&requestsPerMonth=${usage.requestsPerMonth}&tokensPerRequest=${usage.tokensPerRequest}&inputShare=${usage.inputShare}&cachedInputShare=${usage.cachedInputShare}`;
  const ids = ['openai/gpt-5', 'anthropic/claude-opus-4-5'];

  it('prices the models at the usage it was given, as the API does, and keeps the values in the form', async () => {
    const [page, api, atDefault] = await Promise.all([fetchPage(harness.app, comparePath(ids, query)), apiAnswers(ids, usage), apiAnswers(ids)]);
    expect(page.status).toBe(200);
    expectFiguresMatch(page.document, api.sources);
    expectNoUnmarkedDigits(page.document);
    const monthly = (answer: typeof api) => answer.compare.costs.rows.map((row) => row.estimate?.monthly?.formatted);
    expect(monthly(api)).not.toEqual(monthly(atDefault));
    expect(rowCells(page.document, 'costs', 'Monthly cost')).toEqual(monthly(api));
    const form = page.document.querySelector('form.usage')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.querySelector('input[name="models"]')?.getAttribute('value')).toBe(ids.join(','));
    for (const [name, value] of Object.entries(usage)) expect(form.querySelector(`input[name="${name}"]`)?.getAttribute('value')).toBe(String(value));
  });

  it('answers 400 naming the field for a value that is not a number, and the API’s own words for one it refuses', async () => {
    const notANumber = await fetchPage(harness.app, comparePath(ids, '&inputShare=lots'));
    expect(notANumber.status).toBe(400);
    expect(notANumber.document.querySelector('.problem')?.textContent).toContain('inputShare');
    const refused = await fetchPage(harness.app, comparePath(ids, '&inputShare=3'));
    expect(refused.status).toBe(400);
    const apiError = await execute(harness.app, print(ComparePageDocument), { models: ids, usage: { inputShare: 3 } });
    expect(refused.document.querySelector('.problem')?.textContent).toBe(apiError.errors![0]!.message);
  });
});
