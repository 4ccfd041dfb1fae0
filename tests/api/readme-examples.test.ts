import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOutput, readmeExamples } from '../../scripts/readme-examples.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

const examples = readmeExamples(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));

describe('README examples', () => {
  it('has the examples it promises (model, costs, compare, recommend, leaderboard, frontier, crossovers)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
    for (const root of ['model(', 'costEstimate(', 'compare(', 'recommend(', 'leaderboard(', 'frontier(']) {
      expect(examples.some(({ query }) => query.includes(root))).toBe(true);
    }
  });

  it.each(examples.map(({ query, shown }) => [query.split('\n')[1]!.trim(), query, shown]))(
    'shows what the server answers: %s (run `npm run readme` after a change)',
    async (_first, query, shown) => {
      expect(await exampleOutput(harness.app, query)).toBe(shown);
    },
  );
});
