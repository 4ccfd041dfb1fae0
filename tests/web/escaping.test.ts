/**
 * Names, ids and sentences on the pages come from outside sources and from the URL: none of them
 * may become markup. The template's escaping directly, then whole pages fed hostile names, and a
 * page whose API fails (500/503 without a stack).
 */

import { createSchema, createYoga } from 'graphql-yoga';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging.ts';
import { type AppFetch, createApiClient } from '../../src/web/api.ts';
import { comparePage } from '../../src/web/compare/page.ts';
import { REFERENCE_PAIR } from '../../src/web/examples.ts';
import { root } from '../../src/web/field.ts';
import { escapeHtml, html } from '../../src/web/html.ts';
import { leaderboardPage } from '../../src/web/leaderboard/page.ts';
import { modelPage } from '../../src/web/model/page.ts';
import { usePages } from '../../src/web/pages-plugin.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { fetchPage } from '../support/pages.ts';

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>', "' onmouseover='alert(3)", '</title><b>bold</b> & co'];
/** Elements no page of ours ever writes: finding one means a name became markup. */
const INJECTED = 'script, img, b, iframe, [onerror], [onmouseover]';

describe('escapeHtml and the html template', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('escapes every interpolated string, keeps markup made by the template, and renders nothing for null, undefined and false', () => {
    const name = HOSTILE[0]!;
    const out = html`<p title="${HOSTILE[1]}">${name} ${html`<em>${HOSTILE[3]}</em>`} ${[1, ' & ', 2]}${null}${undefined}${false}</p>`;
    expect(out.text).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;">&lt;img src=x onerror=alert(1)&gt; <em>&lt;/title&gt;&lt;b&gt;bold&lt;/b&gt; &amp; co</em> 1 &amp; 2</p>',
    );
    const { document } = parseHTML(`<!doctype html><html><body>${out.text}</body></html>`);
    expect(document.querySelectorAll(INJECTED)).toHaveLength(0);
    expect(document.querySelector('p')?.getAttribute('title')).toBe(HOSTILE[1]);
  });
});

describe('Field: a value with its path into the API answer', () => {
  it('builds dotted paths with list indexes, and carries null through', () => {
    const data = { compare: { rows: [{ cost: null as { usd: string } | null }, { cost: { usd: '1.5' } }] } };
    const rows = root('Op', data).at('compare').at('rows').items();
    expect(rows.map((row) => row.at('cost').at('usd')).map(({ source, path, value }) => ({ source, path, value }))).toEqual([
      { source: 'Op', path: 'compare.rows[0].cost.usd', value: null },
      { source: 'Op', path: 'compare.rows[1].cost.usd', value: '1.5' },
    ]);
  });
});

describe('pages fed hostile names', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await startApiHarness();
  });
  afterAll(() => harness?.close());

  /** The real API's answers with every model and lab name replaced by a hostile one. */
  const hostileApi: AppFetch = async (url, init) => {
    const response = await harness.app.fetch(url, init);
    let counter = 0;
    const text = JSON.stringify(await response.json(), (key, value) =>
      key === 'name' && typeof value === 'string' ? HOSTILE[counter++ % HOSTILE.length] : value,
    );
    return new Response(text, { status: response.status, headers: { 'content-type': 'application/json' } });
  };

  it.each([
    ['the comparison page', () => comparePage(createApiClient(hostileApi, null), new URLSearchParams({ models: REFERENCE_PAIR.join(',') }))],
    ['the model page', () => modelPage(createApiClient(hostileApi, null), new URLSearchParams({ id: 'openai/gpt-5' }))],
    ['the leaderboard page', () => leaderboardPage(createApiClient(hostileApi, null), new URLSearchParams({ peerGroup: 'IMAGE_GENERATION', by: 'OVERALL' }))],
  ])('%s shows the names as text and runs none of them', async (_, render) => {
    const page = await render();
    expect(page.status).toBe(200);
    const { document } = parseHTML(page.body.text);
    expect(document.querySelectorAll(INJECTED)).toHaveLength(0);
    const shown = document.querySelector('main')!.textContent ?? '';
    for (const name of HOSTILE) expect(shown).toContain(name);
  });

  it('what the URL says is shown as text on the leaderboard’s 400 page', async () => {
    const typed = '<script>alert(1)</script>';
    const page = await fetchPage(harness.app, `/leaderboard?peerGroup=${encodeURIComponent(typed)}&by=${encodeURIComponent(HOSTILE[1]!)}`);
    expect(page.status).toBe(400);
    expect(page.document.querySelectorAll(INJECTED)).toHaveLength(0);
    const problems = [...page.document.querySelectorAll('.problem')].map((problem) => problem.textContent ?? '');
    expect(problems).toEqual([`peerGroup: “${typed}” is not a peer group.`, `by: “${HOSTILE[1]}” is not something a leaderboard ranks by.`]);
  });

  it('what the URL says is shown as text on the 404 page, in the heading of no element', async () => {
    const typed = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>'];
    const page = await fetchPage(harness.app, `/compare?models=${encodeURIComponent(typed.join(','))}`);
    expect(page.status).toBe(404);
    expect(page.document.querySelectorAll(INJECTED)).toHaveLength(0);
    const problems = [...page.document.querySelectorAll('.problem')].map((problem) => problem.textContent ?? '');
    expect(problems[0]).toContain(`No model is called “${typed[0]}”`);
    expect(problems[1]).toContain(`No model is called “${typed[1]}”`);
  });
});

describe('a page whose API fails', () => {
  const lines: string[] = [];
  const pagesOver = (fetch: AppFetch) =>
    createYoga({
      schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }),
      plugins: [usePages({ fetch, logger: createLogger('error', (line) => lines.push(line)) })],
    });

  it('is a 500 page that says so, with the stack in the log and not in the page', async () => {
    const yoga = pagesOver(() => {
      throw new Error('secret detail of the failure');
    });
    const response = await yoga.fetch('http://localhost/compare?models=a,b');
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(body).toContain('Something went wrong');
    expect(body).not.toContain('secret detail');
    expect(body).not.toMatch(/\bat .*\.ts:\d+/);
    expect(lines.some((line) => line.includes('secret detail') && line.includes('"stack"'))).toBe(true);
  });

  it('is a 503 page when the API says the database is unavailable', async () => {
    const unavailable = { errors: [{ message: 'The database is unavailable.', extensions: { code: 'DATABASE_UNAVAILABLE' } }] };
    const yoga = pagesOver(() => Response.json(unavailable));
    const response = await yoga.fetch('http://localhost/model?id=openai/gpt-5');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('The catalog is unavailable right now');
  });
});
