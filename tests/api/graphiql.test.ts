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
    expect(html).toContain('CheapestLongContextModels');
  });

  it('the example query it opens with runs without errors and returns models', async () => {
    const response = await execute(harness.app, GRAPHIQL_DEFAULT_QUERY);
    expect(response.errors).toBeUndefined();
    expect(response.data!.models.edges.length).toBeGreaterThan(0);
  });
});
