/**
 * Image generation as a peer group of its own, models in several groups, and the page this product
 * exists to power: FLUX1.1 [pro] against GPT-5.4 Image 2, compared in the group both belong to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { errorCodes, execute } from '../support/graphql.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

const REFERENCE = /* GraphQL */ `
  query($models: [ID!]!, $peerGroup: PeerGroup) {
    compare(models: $models, peerGroup: $peerGroup) {
      peerGroup
      models { requestedId modelId peerGroup }
      signals { key cells { modelId value reason } outcome winnerModelId }
      overall { cells { modelId value reason } outcome winnerModelId }
      tally { modelId wins comparable }
      benchmarks { benchmarkId }
      parameters { parameter cells { value reason } }
      costs { rows { modelId noEstimateReason estimate { monthly { formatted } } } }
      verdicts { kind outcome winnerModelId }
      summary { text figures { path value text } }
    }
  }`;

/** Reads a dotted path with [i] indexes (the summary's figure paths) out of a response object. */
function at(root: unknown, path: string): unknown {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], root);
}

interface Edges<Node> {
  edges: { node: Node }[];
}
interface Verdict {
  kind: string;
  outcome: string;
  winnerModelId: string | null;
}

describe('the image generation peer group', () => {
  it('finds a FLUX model by "flux", by its LMArena name and by its canonical id', async () => {
    const response = await execute(
      harness.app,
      `query {
        byArenaName: model(id: "FLUX1.1 [pro]") { canonicalId name lab { name } peerGroups availability }
        byId: model(id: "black-forest-labs/flux-pro-1.1") { canonicalId }
        search: models(first: 50, filter: { search: "flux" }) { edges { node { canonicalId } } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    const { byArenaName, byId, search } = response.data!;
    // Vercel lists bfl/flux-pro-1.1 as "FLUX1.1 [pro]", LMArena's image board ranks "FLUX1.1 [pro]".
    expect(byArenaName).toEqual({
      canonicalId: 'black-forest-labs/flux-pro-1.1',
      name: 'FLUX1.1 [pro]',
      lab: { name: 'Black Forest Labs' },
      peerGroups: ['IMAGE_GENERATION'],
      availability: 'OFFERED',
    });
    expect(byId.canonicalId).toBe('black-forest-labs/flux-pro-1.1');
    const found = (search as Edges<{ canonicalId: string }>).edges.map((edge) => edge.node.canonicalId);
    expect(found).toContain('black-forest-labs/flux-pro-1.1');
    expect(found).toContain('black-forest-labs/flux.1-dev');
    expect(found).toContain('black-forest-labs/flux-2-klein-4b');
  });

  it('holds at least 15 models, at least 10 with an overall score in the group, FLUX1.1 [pro] ranked on its arena score', async () => {
    const response = await execute(
      harness.app,
      `query {
        models(first: 100, filter: { peerGroups: [IMAGE_GENERATION] }) {
          totalCount
          edges { node { canonicalId scores(peerGroup: IMAGE_GENERATION) { peerGroup overall { value } } } }
        }
        flux: model(id: "FLUX1.1 [pro]") { benchmarkResults { benchmarkId score votes confidenceInterval { lower upper } } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    const { models, flux } = response.data!;
    expect(models.totalCount).toBeGreaterThanOrEqual(15);
    const scored = (models as Edges<{ scores: { overall: { value: number | null } } }>).edges.filter((edge) => edge.node.scores.overall.value !== null);
    expect(scored.length).toBeGreaterThanOrEqual(10);
    for (const edge of models.edges) expect(edge.node.scores.peerGroup).toBe('IMAGE_GENERATION');
    // image.csv: FLUX1.1 [pro], 999, +3/-3, 108,734 votes.
    expect(flux.benchmarkResults).toContainEqual({ benchmarkId: 'lmarena-image', score: 999, votes: 108734, confidenceInterval: { lower: 996, upper: 1002 } });
  });

  it('says which capabilities and limits do not apply to an image generator, rather than calling them missing', async () => {
    const response = await execute(
      harness.app,
      `query {
        flux: model(id: "FLUX1.1 [pro]") { capabilitiesNotApplicable limits { maxOutput { tokens reason } } }
        gptImage: model(id: "openai/gpt-5.4-image-2") { capabilitiesNotApplicable }
        seedream: model(id: "bytedance/seedream-3.0") { availability limits { contextWindow { tokens reason } } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    const { flux, gptImage, seedream } = response.data!;
    expect(flux.capabilitiesNotApplicable).toEqual(['FUNCTION_CALLING', 'STRUCTURED_OUTPUT']);
    // Vercel lists FLUX1.1 [pro] with limit.output 0: it writes no tokens.
    expect(flux.limits.maxOutput).toEqual({ tokens: null, reason: 'NOT_APPLICABLE' });
    expect(gptImage.capabilitiesNotApplicable).toEqual([]);
    // Known only from LMArena's image board: no offering, and a context window that does not apply.
    expect(seedream).toEqual({ availability: 'NOT_OFFERED', limits: { contextWindow: { tokens: null, reason: 'NOT_APPLICABLE' } } });
  });

  it('scores a chat model that also generates images in both of its groups', async () => {
    const response = await execute(
      harness.app,
      `query { model(id: "openai/gpt-5.4-image-2") {
        peerGroup peerGroups
        primary: scores { peerGroup ranks { adoption { peerGroup { group } } } }
        image: scores(peerGroup: IMAGE_GENERATION) { peerGroup ranks { adoption { peerGroup { group } } } }
        none: scores(peerGroup: EMBEDDING) { peerGroup }
      } }`,
    );
    expect(response.errors).toBeUndefined();
    const model = response.data!.model;
    expect(model.peerGroup).toBe('TEXT');
    expect(model.peerGroups).toEqual(['TEXT', 'IMAGE_GENERATION']);
    expect(model.primary).toEqual({ peerGroup: 'TEXT', ranks: { adoption: { peerGroup: { group: 'TEXT' } } } });
    expect(model.image).toEqual({ peerGroup: 'IMAGE_GENERATION', ranks: { adoption: { peerGroup: { group: 'IMAGE_GENERATION' } } } });
    expect(model.none).toBeNull();
  });
});

describe('compare(FLUX1.1 [pro], GPT-5.4 Image 2)', () => {
  it('answers in IMAGE_GENERATION, every figure sourced or null with a reason, the summary quoting only its own fields', async () => {
    const response = await execute(harness.app, REFERENCE, { models: ['FLUX1.1 [pro]', 'openai/gpt-5.4-image-2'] });
    expect(response.errors).toBeUndefined();
    const comparison = response.data!.compare;
    expect(comparison.peerGroup).toBe('IMAGE_GENERATION');
    expect(comparison.models).toEqual([
      { requestedId: 'FLUX1.1 [pro]', modelId: 'black-forest-labs/flux-pro-1.1', peerGroup: 'IMAGE_GENERATION' },
      { requestedId: 'openai/gpt-5.4-image-2', modelId: 'openai/gpt-5.4-image-2', peerGroup: 'IMAGE_GENERATION' },
    ]);
    for (const row of [...comparison.signals, comparison.overall]) {
      for (const cell of row.cells) if (cell.value === null) expect(['UNKNOWN', 'NOT_APPLICABLE']).toContain(cell.reason);
      // Peer-group-relative rows are comparable now: never DIFFERENT_PEER_GROUPS.
      expect(row.outcome).not.toBe('DIFFERENT_PEER_GROUPS');
    }
    // FLUX1.1 [pro] has an LMArena image score; GPT-5.4 Image 2 has no benchmark result at all.
    const [flux, gptImage] = comparison.overall.cells;
    expect(flux.value).not.toBeNull();
    expect(gptImage).toMatchObject({ value: null, reason: 'UNKNOWN' });
    expect(comparison.overall).toMatchObject({ outcome: 'MISSING_DATA', winnerModelId: null });
    const verdict = (kind: string) => (comparison.verdicts as Verdict[]).find((candidate) => candidate.kind === kind);
    expect(verdict('QUALITY')).toMatchObject({ outcome: 'MISSING_DATA', winnerModelId: null });
    // No source prices FLUX1.1 [pro]: its cost is null with the reason, and no cost verdict is claimed.
    const fluxCost = comparison.costs.rows[0];
    expect(fluxCost.estimate === null || fluxCost.estimate.monthly === null).toBe(true);
    expect(verdict('COST')?.winnerModelId).toBeNull();
    for (const figure of comparison.summary.figures) {
      expect(String(at(comparison, figure.path))).toBe(figure.value);
      expect(comparison.summary.text).toContain(figure.text);
    }
  });

  it('refuses a peer group one of the models is not in, naming peerGroup', async () => {
    const response = await execute(harness.app, REFERENCE, { models: ['FLUX1.1 [pro]', 'openai/gpt-5.4'], peerGroup: 'IMAGE_GENERATION' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.argument).toBe('peerGroup');
  });
});

// LMArena's image arena (seed/data/lmarena/image.csv): Imagen 4.0 Ultra 1137 ±3, GPT-Image-1 1134 ±4,
// FLUX1.1 [pro] 999 ±3 (108,734 votes), DALL·E 3 978 ±3, BAGEL 914 ±5. The group has no other benchmark,
// so its qualities carry the arena's own uncertainty: a lead of 3 is within √(3² + 4²) = 5 points,
// 21 is beyond √(3² + 3²) = 4.2, and 220 is far beyond.
describe('image generation ties follow the arena’s own intervals', () => {
  const QUALITY_ROW = /* GraphQL */ `
    query($models: [ID!]!) {
      compare(models: $models) {
        signals { key outcome winnerModelId tieReason }
        overall { outcome winnerModelId }
      }
    }`;
  const quality = async (models: string[]) => {
    const response = await execute(harness.app, QUALITY_ROW, { models });
    expect(response.errors).toBeUndefined();
    const { signals, overall } = response.data!.compare;
    return { quality: signals.find((row: { key: string }) => row.key === 'BENCHMARKS'), overall };
  };

  it('a 220-point lead on the arena is a win, overall and on quality', async () => {
    const { quality: row, overall } = await quality(['openai/gpt-image-1', 'bytedance/bagel']);
    expect(row).toMatchObject({ outcome: 'WINNER', winnerModelId: 'openai/gpt-image-1' });
    expect(overall).toMatchObject({ outcome: 'WINNER', winnerModelId: 'openai/gpt-image-1' });
  });

  it('21 points on 100,000 votes each is a win; 3 points within the intervals is a statistical tie', async () => {
    expect((await quality(['black-forest-labs/flux-pro-1.1', 'openai/dall-e-3'])).quality).toMatchObject({
      outcome: 'WINNER',
      winnerModelId: 'black-forest-labs/flux-pro-1.1',
    });
    const close = (await quality(['openai/gpt-image-1', 'google/imagen-4.0-ultra-generate-preview-06-06'])).quality;
    expect(close).toMatchObject({ outcome: 'STATISTICAL_TIE', winnerModelId: null });
    expect(close.tieReason).toContain('is within the difference');
  });

  it('the quality leaderboard keeps the arena’s order, in tiers the arena separates', async () => {
    const response = await execute(
      harness.app,
      `{ leaderboard(peerGroup: IMAGE_GENERATION, by: BENCHMARKS, first: 50) { edges { node { rank confidence model { canonicalId benchmarkResults { benchmarkId score } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.leaderboard.edges.map((edge: { node: unknown }) => edge.node) as {
      rank: number;
      confidence: string;
      model: { canonicalId: string; benchmarkResults: { benchmarkId: string; score: number }[] };
    }[];
    const arena = nodes.map((node) => node.model.benchmarkResults.find((result) => result.benchmarkId === 'lmarena-image')!.score);
    expect(arena).toEqual([...arena].sort((a, b) => b - a));
    expect(nodes.length).toBe(19);
    // Neighbours on the arena are 3, 19, 26, 18, 5, 2, 5, 27, 4, 8, 12, 9, 14, 7, 11, 1, 31 and 21 points apart on
    // ±3 to ±5 intervals (differences known to ±4.2 to ±7.1): the 11 gaps above 7.1 alone make 12 tiers, not the
    // one shared first place of ties read from overlapping intervals of ±15 quality points.
    expect(new Set(nodes.map((node) => node.rank)).size).toBeGreaterThanOrEqual(10);
    const rankOf = (id: string) => nodes.find((node) => node.model.canonicalId === id)!.rank;
    expect(rankOf('openai/gpt-image-1')).toBe(rankOf('google/imagen-4.0-ultra-generate-preview-06-06'));
    expect(rankOf('black-forest-labs/flux-pro-1.1')).toBeLessThan(rankOf('openai/dall-e-3'));
    for (const node of nodes) expect(node.confidence).toBe('HIGH');
  });
});
