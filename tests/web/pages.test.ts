/**
 * The landing page, the model page and the error pages through the real server on the seeded
 * catalog; the stylesheet; and a listening server answering several pages in a row.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelDetailDocument, ModelScoresDocument } from '../../schema/generated/graphql.ts';
import { EXAMPLE_COMPARISONS, EXAMPLE_MODELS, REFERENCE_PAIR } from '../../src/web/examples.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { execute } from '../support/graphql.ts';
import { expectFiguresMatch, expectNoUnmarkedDigits, fetchPage } from '../support/pages.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

const links = (document: Document, selector = 'main a') => [...document.querySelectorAll(selector)].map((link) => link.getAttribute('href') ?? '');

describe('the landing page', () => {
  it('links GraphiQL and the example comparisons, the reference pair among them, and every example renders', async () => {
    const page = await fetchPage(harness.app, '/');
    expect(page.status).toBe(200);
    const hrefs = links(page.document);
    expect(hrefs).toContain('/graphql');
    expect(hrefs).toContain(`/compare?models=${encodeURIComponent(REFERENCE_PAIR.join(','))}`);
    const examples = hrefs.filter((href) => href.startsWith('/compare?') || href.startsWith('/model?'));
    expect(examples).toHaveLength(EXAMPLE_COMPARISONS.length + EXAMPLE_MODELS.length);
    for (const href of examples) expect((await fetchPage(harness.app, href)).status, href).toBe(200);
  });

  it('has a form that compares what is typed and one that opens a model', async () => {
    const page = await fetchPage(harness.app, '/');
    const forms = [...page.document.querySelectorAll('form')].map(
      (form) => `${form.getAttribute('method')} ${form.getAttribute('action')} ${form.querySelector('input')?.getAttribute('name')}`,
    );
    expect(forms).toEqual(['get /compare models', 'get /model id']);
  });
});

describe('the model page', () => {
  it.each(['openai/gpt-5', 'black-forest-labs/flux-pro-1.1'])('of %s prints every figure as ModelDetail and ModelScores answer it', async (id) => {
    const [page, detail, scores] = await Promise.all([
      fetchPage(harness.app, `/model?id=${encodeURIComponent(id)}`),
      execute(harness.app, print(ModelDetailDocument), { id }),
      execute(harness.app, print(ModelScoresDocument), { id, peerGroup: null }),
    ]);
    expect(page.status).toBe(200);
    expect(page.document.querySelector('h1')?.textContent).toBe(detail.data!.model.name);
    const figures = expectFiguresMatch(page.document, { ModelDetail: detail.data, ModelScores: scores.data });
    expect(figures.length).toBeGreaterThan(20);
    expectNoUnmarkedDigits(page.document);
    expect(page.document.querySelectorAll('section[aria-labelledby="offerings"] tbody tr')).toHaveLength(detail.data!.model.offerings.length);
    expect(page.document.querySelectorAll('section[aria-labelledby="benchmarks"] tbody tr')).toHaveLength(detail.data!.model.benchmarkResults.length);
  });

  it('finds a model by its display name', async () => {
    const page = await fetchPage(harness.app, `/model?id=${encodeURIComponent('GPT-5.4 Image 2')}`);
    expect(page.status).toBe(200);
    expect(page.document.querySelector('h1')?.textContent).toBe('GPT-5.4 Image 2');
  });

  it('answers 404 for an id that names nothing, with close matches that lead to their pages', async () => {
    const page = await fetchPage(harness.app, '/model?id=gpt-5.4-imagex');
    expect(page.status).toBe(404);
    expect(page.document.querySelector('.problem')?.textContent).toContain('No model is called “gpt-5.4-imagex”');
    const suggestions = links(page.document, '.problem a');
    expect(suggestions).toContain('/model?id=openai%2Fgpt-5.4-image-2');
    expect((await fetchPage(harness.app, suggestions[0]!)).status).toBe(200);
  });

  it('answers 400 without an id', async () => {
    expect((await fetchPage(harness.app, '/model')).status).toBe(400);
    expect((await fetchPage(harness.app, '/model?id=%20')).status).toBe(400);
  });
});

describe('the comparison page refuses what it cannot compare', () => {
  it('404 names each unknown model and suggests close matches, whose links compare them', async () => {
    const page = await fetchPage(harness.app, `/compare?models=${encodeURIComponent('claude-opus-9,openai/gpt-5,gpt-5.4-imagex')}`);
    expect(page.status).toBe(404);
    const problems = [...page.document.querySelectorAll('.problem')].map((problem) => problem.textContent ?? '');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('No model is called “claude-opus-9”');
    expect(problems[1]).toContain('No model is called “gpt-5.4-imagex”');
    const [first] = links(page.document, '.problem a');
    expect(first).toMatch(/^\/compare\?models=anthropic%2Fclaude-opus[^,]*%2Copenai%2Fgpt-5%2Cgpt-5.4-imagex$/);
  });

  it('400 for fewer than two models, a duplicate, or no models at all, in the API’s words', async () => {
    for (const models of ['openai/gpt-5', 'openai/gpt-5,gpt-5', 'a,b,c,d,e,f']) {
      const page = await fetchPage(harness.app, `/compare?models=${encodeURIComponent(models)}`);
      expect(page.status, models).toBe(400);
      expect(page.document.querySelector('.problem')?.textContent, models).toMatch(/^models(\[\d\])?: /);
    }
    expect((await fetchPage(harness.app, '/compare')).status).toBe(400);
  });

  it('405 for anything but GET and HEAD; HEAD has the headers and no body', async () => {
    const post = await harness.app.fetch('http://localhost/compare?models=a,b', { method: 'POST', body: '' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await harness.app.fetch('http://localhost/');
    const headOnly = await harness.app.fetch('http://localhost/', { method: 'HEAD' });
    expect(headOnly.status).toBe(200);
    expect(headOnly.headers.get('content-type')).toBe(head.headers.get('content-type'));
    expect(await headOnly.text()).toBe('');
  });
});

describe('served as a browser gets it', () => {
  it('pages carry a policy that forbids scripts and outside resources; the stylesheet is served', async () => {
    const page = await fetchPage(harness.app, '/');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.document.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('/assets/pages.css');
    expect(page.document.querySelectorAll('script')).toHaveLength(0);
    const css = await harness.app.fetch('http://localhost/assets/pages.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('.scroll');
  });

  it('a listening server answers page after page with the right length (no response inherits another’s content-length)', async () => {
    const server = createServer(harness.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const path of ['/', `/compare?models=${REFERENCE_PAIR.join(',')}`, '/model?id=openai/gpt-5', '/leaderboard', '/']) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        const body = Buffer.from(await response.arrayBuffer());
        expect(Number(response.headers.get('content-length')), path).toBe(body.length);
        expect(body.toString('utf8').trimEnd(), path).toMatch(/<\/html>$/);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
