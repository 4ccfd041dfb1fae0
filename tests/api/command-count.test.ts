import type { CommandStartedEvent } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { execute } from '../support/graphql.ts';

let harness: ApiHarness;
const commands: CommandStartedEvent[] = [];
beforeAll(async () => {
  harness = await startApiHarness({ monitorCommands: true });
  harness.client.on('commandStarted', (event) => commands.push(event));
});
afterAll(() => harness?.close());

/** The collection a command reads: `find: "offerings"` → offerings; a getMore names it in `collection`. */
const collectionOf = (event: CommandStartedEvent) => String(event.commandName === 'getMore' ? event.command.collection : event.command[event.commandName]);

/** The commands sent since `commands` was last emptied, counted per collection. */
function commandsPerCollection(): Record<string, number> {
  const perCollection = new Map<string, number>();
  for (const event of commands) perCollection.set(collectionOf(event), (perCollection.get(collectionOf(event)) ?? 0) + 1);
  return Object.fromEntries(perCollection);
}

describe('DataLoader batching', () => {
  it('a page of 50 models with lab, offerings, benchmark results and scores costs at most one command per collection', async () => {
    commands.length = 0;
    const response = await execute(
      harness.app,
      `query {
        models(first: 50) {
          edges { node {
            canonicalId
            lab { name }
            offerings { providerModelId provider { name } price { kind } }
            benchmarkResults { benchmarkId score }
            scores { overall { value } }
          } }
        }
      }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.models.edges).toHaveLength(50);
    expect(commandsPerCollection()).toEqual({
      catalogState: 1,
      models: 1,
      labs: 1,
      offerings: 1,
      providers: 1,
      benchmarkResults: 1,
      modelScores: 1,
    });
  });

  it.each([
    [
      'leaderboard',
      'leaderboard(first: 50) { edges { node { rank model { canonicalId lab { name } offerings { provider { name } } scores { overall { value } } } } } unrankedReasons { models { scores { overall { value } } } } }',
    ],
    [
      'recommend',
      'recommend(useCase: CODE_GENERATION, first: 10) { candidates { model { canonicalId lab { name } scores { overall { value } } } offering { provider { name } } } nearMisses { model { name } } }',
    ],
    ['frontier', 'frontier { points { model { canonicalId lab { name } offerings { provider { name } } } dominatedBy { name } } }'],
    [
      'models sorted by score',
      'models(first: 50, sort: { field: OVERALL_SCORE, direction: DESC }) { edges { node { canonicalId lab { name } offerings { provider { name } } scores { overall { value } } } } }',
    ],
  ])('%s reads the whole catalog version once: one command each on models, offerings and scores', async (_name, field) => {
    // A new app: nothing of the version is cached yet.
    const app = createApp({ db: harness.db });
    commands.length = 0;
    const response = await execute(app, `query { ${field} }`);
    expect(response.errors).toBeUndefined();
    expect(commandsPerCollection()).toEqual({
      catalogState: 1,
      models: 1,
      offerings: 1,
      modelScores: 1,
      labs: 1,
      ...(field.includes('provider') ? { providers: 1 } : {}),
    });
  });
});
