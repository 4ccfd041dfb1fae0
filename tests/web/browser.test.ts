/**
 * The pages in a real browser: headless Chromium (puppeteer-core) opens the reference pair and two
 * text pairs, and the leaderboard, on a listening server, at desktop and phone width, checks that
 * every section is there and styled, that nothing overflows a phone's width and that the console
 * stays clean, uses the usage form and the leaderboard's, and saves screenshots under
 * test-output/browser/.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComparePageDocument, type ComparePageQuery } from '../../schema/generated/graphql.ts';
import { REFERENCE_PAIR } from '../../src/web/examples.ts';
import { LEADERBOARD_PAGE_SIZE } from '../../src/web/leaderboard/page.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { chromiumPath, chromiumUnavailableReason } from '../support/chromium.ts';
import { execute } from '../support/graphql.ts';

const OUTPUT = fileURLToPath(new URL('../../test-output/browser/', import.meta.url));

const PAIRS = [
  { slug: 'reference', models: [...REFERENCE_PAIR] },
  { slug: 'gpt-5-vs-claude-opus-4-5', models: ['openai/gpt-5', 'anthropic/claude-opus-4.5'] },
  { slug: 'gpt-5-4-vs-claude-sonnet-4-6', models: ['GPT-5.4', 'Claude Sonnet 4.6'] },
];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900, deviceScaleFactor: 1 },
  { name: 'phone', width: 375, height: 812, deviceScaleFactor: 2 },
];
const SECTIONS = ['signals', 'overall', 'history', 'costs', 'benchmarks', 'capabilities', 'parameters', 'use-cases', 'verdicts'];

describe('Chromium for the browser tests', () => {
  it('is here, or the tests below say why they did not run (under CI its absence fails the suite)', () => {
    if (chromiumUnavailableReason) console.warn(`The browser tests did not run: ${chromiumUnavailableReason}.`);
    if (process.env.CI) expect(chromiumUnavailableReason).toBeNull();
  });
});

describe.skipIf(chromiumUnavailableReason !== null)('the pages in headless Chromium', () => {
  let harness: ApiHarness;
  let server: Server;
  let base: string;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    harness = await startApiHarness();
    server = createServer(harness.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Root in a container: Chromium's sandbox needs user namespaces that are not there.
    browser = await puppeteer.launch({ executablePath: chromiumPath!, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await harness?.close();
  });

  /** A page that records everything the browser complains about: console errors, script errors, failed or refused loads. */
  async function open(viewport: (typeof VIEWPORTS)[number], path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error}`));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.setViewport(viewport);
    const response = await page.goto(`${base}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return { page, problems };
  }

  describe.each(PAIRS)('$slug', ({ slug, models }) => {
    it.each(VIEWPORTS)('at $name width: every section, styled, readable, no console error; screenshots saved', async (viewport) => {
      const { page, problems } = await open(viewport, `/compare?models=${encodeURIComponent(models.join(','))}`);
      try {
        const seen = await page.evaluate((sections) => {
          const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
          return {
            heading: document.querySelector('h1')?.textContent ?? '',
            summary: document.querySelector('#summary')?.textContent ?? '',
            sections: sections.filter((id) => (box(`section[aria-labelledby="${id}"]`)?.height ?? 0) > 0),
            chartWidth: box('section[aria-labelledby="history"] svg[role="img"]')?.width ?? 0,
            chartTitle: document.querySelector('svg[role="img"] title')?.textContent ?? '',
            signalRows: document.querySelectorAll('section[aria-labelledby="signals"] tbody tr').length,
            summaryBackground: getComputedStyle(document.querySelector('#summary')!).backgroundColor,
            pageWidth: document.documentElement.scrollWidth,
            viewportWidth: window.innerWidth,
            form: [...document.querySelectorAll('form.usage input:not([type="hidden"])')].map((input) => input.getAttribute('name')),
          };
        }, SECTIONS);
        expect(seen.heading).toContain(' vs ');
        expect(seen.summary.length).toBeGreaterThan(40);
        expect(seen.sections).toEqual(SECTIONS);
        expect(seen.chartWidth).toBeGreaterThan(200);
        expect(seen.chartWidth).toBeLessThanOrEqual(seen.viewportWidth);
        expect(seen.chartTitle).toMatch(/^Overall score per month among /);
        // Six signals, the overall score and the tally.
        expect(seen.signalRows).toBe(8);
        // The served stylesheet was applied (the CSP allows it, and only it).
        expect(seen.summaryBackground).toBe('rgb(244, 246, 249)');
        // Wide tables scroll inside their box: the page itself never gets wider than the phone.
        expect(seen.pageWidth).toBeLessThanOrEqual(seen.viewportWidth);
        expect(seen.form).toEqual(['requestsPerMonth', 'tokensPerRequest', 'inputShare', 'cachedInputShare']);
        await page.screenshot({ path: `${OUTPUT}${slug}-${viewport.name}-top.png` });
        await page.screenshot({ path: `${OUTPUT}${slug}-${viewport.name}-full.png`, fullPage: true });
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  it.each(VIEWPORTS)('the leaderboard at $name width: ranked and unranked, readable, no console error; screenshots saved', async (viewport) => {
    const { page, problems } = await open(viewport, '/leaderboard');
    try {
      const seen = await page.evaluate(() => ({
        heading: document.querySelector('h1')?.textContent ?? '',
        sections: ['ranking', 'unranked'].filter((id) => (document.querySelector(`section[aria-labelledby="${id}"]`)?.getBoundingClientRect().height ?? 0) > 0),
        rows: document.querySelectorAll('section[aria-labelledby="ranking"] tbody tr').length,
        next: document.querySelector('nav.pages a[rel="next"]') !== null,
        pageWidth: document.documentElement.scrollWidth,
        viewportWidth: window.innerWidth,
      }));
      expect(seen.heading).toBe('Leaderboard: text models by overall score');
      expect(seen.sections).toEqual(['ranking', 'unranked']);
      expect(seen.rows).toBe(LEADERBOARD_PAGE_SIZE);
      expect(seen.next).toBe(true);
      expect(seen.pageWidth).toBeLessThanOrEqual(seen.viewportWidth);
      await page.screenshot({ path: `${OUTPUT}leaderboard-${viewport.name}-top.png` });
      await page.screenshot({ path: `${OUTPUT}leaderboard-${viewport.name}-full.png`, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the leaderboard’s form shows another peer group’s board', async () => {
    const { page, problems } = await open(VIEWPORTS[1]!, '/leaderboard');
    try {
      await page.select('form.pick select[name="peerGroup"]', 'IMAGE_GENERATION');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form.pick button[type="submit"]')]);
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ peerGroup: 'IMAGE_GENERATION', by: 'OVERALL' });
      expect(await page.$eval('h1', (heading) => heading.textContent)).toBe('Leaderboard: image generation models by overall score');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the usage form recalculates the costs, as the API prices that usage', async () => {
    const ids = ['openai/gpt-5', 'anthropic/claude-opus-4-5'];
    const { page, problems } = await open(VIEWPORTS[1]!, `/compare?models=${encodeURIComponent(ids.join(','))}`);
    try {
      const monthlyCells = () =>
        page.evaluate(() => {
          const row = [...document.querySelectorAll('section[aria-labelledby="costs"] tbody tr')].find(
            (tr) => tr.querySelector('th')?.textContent === 'Monthly cost',
          );
          return [...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.trim() ?? '');
        });
      const before = await monthlyCells();
      await page.type('input[name="requestsPerMonth"]', '250000');
      await page.type('input[name="tokensPerRequest"]', '4000');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form.usage button[type="submit"]')]);
      expect(new URL(page.url()).searchParams.get('requestsPerMonth')).toBe('250000');
      const after = await monthlyCells();
      const api = await execute<ComparePageQuery>(harness.app, print(ComparePageDocument), {
        models: ids,
        usage: { requestsPerMonth: 250000, tokensPerRequest: 4000 },
      });
      expect(after).toEqual(api.data!.compare.costs.rows.map((row) => row.estimate?.monthly?.formatted));
      expect(after).not.toEqual(before);
      expect(await page.$eval('input[name="requestsPerMonth"]', (input) => (input as HTMLInputElement).value)).toBe('250000');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
