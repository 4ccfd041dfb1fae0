import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_DEFAULT_QUERY } from '../../src/http/graphiql.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { execute } from '../support/graphql.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

describe('GraphiQL', () => {
  it('is served to a browser, self-contained (no CDN), opening on the example query', async () => {
    const response = await harness.app.fetch('http://localhost/graphql', { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
    expect(html).not.toMatch(/<link[^>]+href="https?:\/\//);
    expect(html).toContain('WhichModelForCode');
  });

  it('the example it opens with is a recommendation that runs without errors and recommends models within the budget', async () => {
    const response = await execute(harness.app, GRAPHIQL_DEFAULT_QUERY);
    expect(response.errors).toBeUndefined();
    const { candidates } = response.data!.recommend;
    expect(candidates).toHaveLength(3);
    for (const candidate of candidates) expect(Number(candidate.monthlyCost.formatted.replace(/[$,]/g, ''))).toBeLessThanOrEqual(300);
  });
});
