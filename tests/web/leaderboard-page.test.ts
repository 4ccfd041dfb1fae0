/**
 * The leaderboard page through the real server (`yoga.fetch`) on the seeded catalog: every number
 * it prints is the field of the Leaderboard answer it names, for boards with statistical tiers,
 * with equal-value ties, by a benchmark and with nobody ranked; its pages, links and forms; and
 * the 400 page for what it cannot show.
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeaderboardDocument, type LeaderboardQuery, type LeaderboardQueryVariables } from '../../schema/generated/graphql.ts';
import { LEADERBOARD_PAGE_SIZE } from '../../src/web/leaderboard/page.ts';
import { comparePageLink, leaderboardPageLink, modelPageLink } from '../../src/web/links.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { execute } from '../support/graphql.ts';
import { expectFiguresMatch, expectNoUnmarkedDigits, type FetchedPage, fetchPage, figuresOf } from '../support/pages.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

type Board = LeaderboardQuery['leaderboard'];

/** The API's answer the page must agree with, asked the way any client would. */
async function apiAnswer(variables: LeaderboardQueryVariables): Promise<LeaderboardQuery> {
  const answer = await execute<LeaderboardQuery>(harness.app, print(LeaderboardDocument), { first: LEADERBOARD_PAGE_SIZE, ...variables });
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

const shownPaths = (page: FetchedPage) => new Set(figuresOf(page.document).map((figure) => `${figure.source}:${figure.path}`));
const rowsOf = (page: FetchedPage) => [...page.document.querySelectorAll('section[aria-labelledby="ranking"] tbody tr')];
const hrefs = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((link) => link.getAttribute('href') ?? '');

const BOARDS = [
  { name: 'text models by overall score (statistical tiers)', board: { peerGroup: 'TEXT', by: 'OVERALL' } },
  { name: 'text models on LMArena text (equal-value ties)', board: { peerGroup: 'TEXT', by: 'BENCHMARK', benchmarkId: 'lmarena-text' } },
  { name: 'image generation models by overall score', board: { peerGroup: 'IMAGE_GENERATION', by: 'OVERALL' } },
  { name: 'text models by the Pricing signal', board: { peerGroup: 'TEXT', by: 'PRICING' } },
] as const;

describe.each(BOARDS)('the leaderboard of $name', ({ board: params }) => {
  let page: FetchedPage;
  let data: LeaderboardQuery;
  let board: Board;
  beforeAll(async () => {
    [page, data] = await Promise.all([fetchPage(harness.app, leaderboardPageLink(params)), apiAnswer(params)]);
    board = data.leaderboard;
  });

  it('prints every figure exactly as the API answered it, and no number that is not a field', () => {
    expect(page.status).toBe(200);
    const figures = expectFiguresMatch(page.document, { Leaderboard: data });
    expect(figures.length).toBeGreaterThan(3 * LEADERBOARD_PAGE_SIZE);
    expectNoUnmarkedDigits(page.document);
  });

  it('ranks the page’s models in the API’s order: rank, best possible rank with statistical tiers, value and interval, ties in words', () => {
    const rows = rowsOf(page);
    expect(rows).toHaveLength(board.edges.length);
    const shown = shownPaths(page);
    for (const [i, { node }] of board.edges.entries()) {
      const at = `Leaderboard:leaderboard.edges[${i}].node`;
      const expected = [`${at}.rank`, `${at}.value`, `${at}.model.name`, `${at}.model.lab.name`];
      if (board.statisticalTies) expected.push(`${at}.bestPossibleRank`);
      if (node.interval) expected.push(`${at}.interval.lower`, `${at}.interval.upper`);
      expect(expected.filter((path) => !shown.has(path))).toEqual([]);
      const tie = node.tiedWithCount ? (board.statisticalTies ? 'statistically tied' : 'tied: equal values') : '';
      expect(rows[i]!.querySelector('td')!.textContent).toBe(`#${node.rank}${tie}`);
      expect(rows[i]!.querySelector('th a')?.getAttribute('href')).toBe(modelPageLink(node.model.canonicalId));
    }
    expect(page.document.querySelectorAll('section[aria-labelledby="ranking"] thead th')).toHaveLength(
      4 + (board.statisticalTies ? 1 : 0) + (board.by === 'OVERALL' ? 1 : 0),
    );
  });

  it('links each model to a comparison with its neighbour on the page', () => {
    const rows = rowsOf(page);
    for (const [i, { node }] of board.edges.entries()) {
      const neighbour = (board.edges[i - 1] ?? board.edges[i + 1])!.node.model.canonicalId;
      expect(hrefs(rows[i]!, 'td a')).toEqual([comparePageLink([node.model.canonicalId, neighbour])]);
    }
  });

  it('lists the models it cannot rank, by the API’s reasons, each once', () => {
    const section = page.document.querySelector('section[aria-labelledby="unranked"]')!;
    const shown = shownPaths(page);
    expect(shown.has('Leaderboard:leaderboard.unranked')).toBe(board.unranked > 0);
    const groups = [...section.querySelectorAll('ul.reasons > li')];
    expect(groups).toHaveLength(board.unrankedReasons.length);
    for (const [i, group] of board.unrankedReasons.entries()) {
      expect(groups[i]!.textContent).toContain(`${group.reason === 'UNKNOWN' ? 'unknown' : 'not applicable'}: ${group.detail}`);
      expect(hrefs(groups[i]!, 'ul.names a')).toEqual(group.models.map((model) => modelPageLink(model.canonicalId)));
    }
  });
});

describe('paging through a leaderboard', () => {
  it('the next page continues the ranks where the first ended, and links back to the first', async () => {
    const params = { peerGroup: 'TEXT', by: 'OVERALL' } as const;
    const first = await fetchPage(harness.app, leaderboardPageLink(params));
    const [next] = hrefs(first.document, 'nav.pages a[rel="next"]');
    const answer = await apiAnswer(params);
    expect(next).toBe(leaderboardPageLink({ ...params, after: answer.leaderboard.pageInfo.endCursor! }));
    expect(hrefs(first.document, 'nav.pages a')).toEqual([next]);

    const second = await fetchPage(harness.app, next!);
    const secondAnswer = await apiAnswer({ ...params, after: answer.leaderboard.pageInfo.endCursor });
    expect(second.status).toBe(200);
    expectFiguresMatch(second.document, { Leaderboard: secondAnswer });
    expectNoUnmarkedDigits(second.document);
    expect(rowsOf(second).map((row) => row.querySelector('th a')?.textContent)).toEqual(secondAnswer.leaderboard.edges.map(({ node }) => node.model.name));
    expect(hrefs(second.document, 'nav.pages a')[0]).toBe(leaderboardPageLink(params));
  });

  it('a board that fits one page has no page links', async () => {
    const page = await fetchPage(harness.app, leaderboardPageLink({ peerGroup: 'IMAGE_GENERATION', by: 'OVERALL' }));
    expect(page.document.querySelector('nav.pages')).toBeNull();
  });
});

describe('a leaderboard nobody is on', () => {
  it('says so in words and lists every model with its reason, never a 0', async () => {
    const params = { peerGroup: 'EMBEDDING', by: 'OVERALL' } as const;
    const [page, data] = await Promise.all([fetchPage(harness.app, leaderboardPageLink(params)), apiAnswer(params)]);
    expect(data.leaderboard.totalCount).toBe(0);
    expect(page.status).toBe(200);
    expectFiguresMatch(page.document, { Leaderboard: data });
    expectNoUnmarkedDigits(page.document);
    expect(page.document.querySelector('section[aria-labelledby="ranking"] table')).toBeNull();
    expect(page.document.querySelector('section[aria-labelledby="ranking"] .unknown')?.textContent).toBe(
      'No embedding models have this value: none is ranked.',
    );
    const listed = hrefs(page.document, 'section[aria-labelledby="unranked"] ul.names a');
    expect(listed).toHaveLength(data.leaderboard.unranked);
  });
});

describe('the leaderboard’s forms', () => {
  it('rank by a score or by a benchmark, keeping the board’s choices', async () => {
    const page = await fetchPage(harness.app, leaderboardPageLink({ peerGroup: 'IMAGE_GENERATION', by: 'BENCHMARKS' }));
    const forms = [...page.document.querySelectorAll('main form')];
    expect(forms.map((form) => `${form.getAttribute('method')} ${form.getAttribute('action')}`)).toEqual(['get /leaderboard', 'get /leaderboard']);
    const selected = (form: Element, name: string) => form.querySelector(`select[name="${name}"] option[selected]`)?.getAttribute('value');
    expect([selected(forms[0]!, 'peerGroup'), selected(forms[0]!, 'by')]).toEqual(['IMAGE_GENERATION', 'BENCHMARKS']);
    expect(forms[0]!.querySelector('[name="benchmarkId"]')).toBeNull();
    expect(forms[1]!.querySelector('input[name="peerGroup"]')?.getAttribute('value')).toBe('IMAGE_GENERATION');
    expect(forms[1]!.querySelector('input[name="by"]')?.getAttribute('value')).toBe('BENCHMARK');
    expect(forms[1]!.querySelector('input[name="benchmarkId"]')?.getAttribute('value')).toBe('');
  });

  it('a blank benchmark id or cursor is no parameter: the API’s defaults apply', async () => {
    const page = await fetchPage(harness.app, '/leaderboard?peerGroup=&by=&benchmarkId=&after=');
    expect(page.status).toBe(200);
    expect(page.document.querySelector('h1')?.textContent).toBe('Leaderboard: text models by overall score');
  });
});

describe('what the leaderboard page cannot show', () => {
  const accepted = (page: FetchedPage) => hrefs(page.document, 'main dl a');

  it('400 for a peer group or key it does not know, naming each, with the accepted values as links to their boards', async () => {
    const page = await fetchPage(harness.app, '/leaderboard?peerGroup=SPREADSHEETS&by=VIBES');
    expect(page.status).toBe(400);
    expect([...page.document.querySelectorAll('.problem')].map((problem) => problem.textContent)).toEqual([
      'peerGroup: “SPREADSHEETS” is not a peer group.',
      'by: “VIBES” is not something a leaderboard ranks by.',
    ]);
    const values = [...page.document.querySelectorAll('main dl code')].map((code) => code.textContent);
    for (const value of ['TEXT', 'IMAGE_GENERATION', 'EMBEDDING', 'AUDIO', 'VIDEO_GENERATION', 'OVERALL', 'BENCHMARKS', 'PRICING', 'BENCHMARK']) {
      expect(values).toContain(value);
    }
    for (const href of accepted(page)) expect((await fetchPage(harness.app, href)).status, href).toBe(200);
  });

  it.each([
    ['by=BENCHMARK', { by: 'BENCHMARK' }],
    ['by=BENCHMARK&benchmarkId=no-such-benchmark', { by: 'BENCHMARK', benchmarkId: 'no-such-benchmark' }],
    ['by=OVERALL&benchmarkId=lmarena-text', { by: 'OVERALL', benchmarkId: 'lmarena-text' }],
    ['after=not-a-cursor', { after: 'not-a-cursor' }],
  ] as const)('400 in the API’s words for %s, with the accepted values', async (query, variables) => {
    const page = await fetchPage(harness.app, `/leaderboard?${query}`);
    expect(page.status).toBe(400);
    const refused = await execute(harness.app, print(LeaderboardDocument), { first: LEADERBOARD_PAGE_SIZE, ...variables });
    expect(page.document.querySelector('.problem')?.textContent).toBe(refused.errors![0]!.message);
    expect(accepted(page).length).toBeGreaterThan(10);
  });

  it('a cursor of another board is refused, not misread', async () => {
    const first = await apiAnswer({ peerGroup: 'TEXT', by: 'OVERALL' });
    const page = await fetchPage(harness.app, leaderboardPageLink({ peerGroup: 'TEXT', by: 'RECENCY', after: first.leaderboard.pageInfo.endCursor! }));
    expect(page.status).toBe(400);
    expect(page.document.querySelector('.problem')?.textContent).toMatch(/^after: /);
  });
});

describe('the way to the leaderboards', () => {
  const leaderboardLinks = (page: FetchedPage) => hrefs(page.document, 'main a').filter((href) => href.startsWith('/leaderboard?'));

  it('the landing page links several, each of which renders; every page’s header links the default one', async () => {
    const page = await fetchPage(harness.app, '/');
    const links = leaderboardLinks(page);
    expect(links).toContain(leaderboardPageLink({ peerGroup: 'TEXT', by: 'OVERALL' }));
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const href of links) expect((await fetchPage(harness.app, href)).status, href).toBe(200);
    expect(hrefs(page.document, 'header nav a')).toContain('/leaderboard');
  });

  it('a comparison links its peer group, the overall and quality ranks and each shared benchmark to their boards', async () => {
    const page = await fetchPage(harness.app, `/compare?models=${encodeURIComponent('openai/gpt-5,anthropic/claude-opus-4-5')}`);
    const links = leaderboardLinks(page);
    expect(page.document.querySelector('p.lead a')?.getAttribute('href')).toBe(leaderboardPageLink({ peerGroup: 'TEXT', by: 'OVERALL' }));
    expect(hrefs(page.document, 'section[aria-labelledby="overall"] a.board')).toEqual(
      [0, 1].flatMap(() => [leaderboardPageLink({ peerGroup: 'TEXT', by: 'OVERALL' }), leaderboardPageLink({ peerGroup: 'TEXT', by: 'BENCHMARKS' })]),
    );
    const benchmarks = hrefs(page.document, 'section[aria-labelledby="benchmarks"] tbody th a');
    expect(benchmarks.length).toBeGreaterThan(0);
    for (const href of new Set(links)) expect((await fetchPage(harness.app, href)).status, href).toBe(200);
  });

  it.each(['openai/gpt-5', 'black-forest-labs/flux-pro-1.1'])(
    'the model page of %s links each of its benchmark results to that benchmark’s board',
    async (id) => {
      const page = await fetchPage(harness.app, modelPageLink(id));
      const benchmarks = hrefs(page.document, 'section[aria-labelledby="benchmarks"] tbody th a');
      expect(benchmarks).toHaveLength(page.document.querySelectorAll('section[aria-labelledby="benchmarks"] tbody tr').length);
      for (const href of new Set(benchmarks)) expect((await fetchPage(harness.app, href)).status, href).toBe(200);
    },
  );
});
