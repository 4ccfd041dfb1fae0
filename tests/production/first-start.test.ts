/**
 * A first start on an empty store, as `npm start` on a fresh machine: the server seeds the catalog in
 * a worker thread (its heap is freed when the seed is done), logs what it did, and serves it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './helpers.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'first-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The models of the seed's OpenRouter file (seed/data), each of which the catalog holds. */
const openRouterIds: string[] = JSON.parse(readFileSync(new URL('../../seed/data/openrouter/models.json', import.meta.url), 'utf8')).data.map(
  (model: { id: string }) => model.id,
);

describe('first start', () => {
  it('seeds an empty store in a worker, says so in its log, then serves the seeded catalog', { timeout: 180_000 }, async () => {
    const server = await startServer(dataDir, { MONGODB_DB: 'first_start_test' });
    try {
      const messages = server.lines.map((line) => line.msg);
      expect(messages.indexOf('catalog is empty: importing the seed data')).toBeGreaterThanOrEqual(0);
      expect(messages.indexOf('seeded catalog version 1')).toBeGreaterThan(messages.indexOf('catalog is empty: importing the seed data'));
      expect(messages.indexOf('listening')).toBeGreaterThan(messages.indexOf('seeded catalog version 1'));
      const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($id: ID!) { model(id: $id) { aliases } models(first: 0) { totalCount } }', variables: { id: openRouterIds[0] } }),
      });
      const body = (await response.json()) as { data: { model: { aliases: string[] } | null; models: { totalCount: number } } };
      expect(body.data.model).not.toBeNull();
      expect(body.data.models.totalCount).toBeGreaterThan(openRouterIds.length / 2);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  });
});
