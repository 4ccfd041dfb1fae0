/**
 * A model in several peer groups is scored and ranked in each; a model no provider lists enters the
 * cohort once a leaderboard ranks it; of several results on one day, the default configuration and
 * the latest release speak for the model. Expected values by hand from the catalog below.
 */
import { describe, expect, it } from 'vitest';
import { buildCohort } from '../../../src/domain/scoring/cohort.ts';
import { scoreCatalog } from '../../../src/domain/scoring/snapshot.ts';
import type { CatalogInput } from '../../../src/domain/scoring/types.ts';
import { benchmark, model, offering } from './fixtures.ts';

const AS_OF = '2026-07-01';
const catalog: CatalogInput = {
  models: [
    model({ id: 'lab/chat-image', peerGroup: 'TEXT', peerGroups: ['TEXT', 'IMAGE_GENERATION'], releaseDate: '2026-01-01' }),
    model({ id: 'lab/chat', releaseDate: '2026-01-01' }),
    model({ id: 'img/one', peerGroup: 'IMAGE_GENERATION', releaseDate: '2025-01-01' }),
    // Known only from the image leaderboard: no release date, no offering.
    model({ id: 'img/ranked-only', peerGroup: 'IMAGE_GENERATION' }),
    // Ranked only after the as-of date: not known yet.
    model({ id: 'img/ranked-later', peerGroup: 'IMAGE_GENERATION' }),
  ],
  offerings: [
    offering({ providerId: 'p', modelId: 'lab/chat-image', inputUsdPerMTok: 10, outputUsdPerMTok: 40 }),
    offering({ providerId: 'q', modelId: 'lab/chat-image', inputUsdPerMTok: 10, outputUsdPerMTok: 40 }),
    offering({ providerId: 'p', modelId: 'lab/chat', inputUsdPerMTok: 1, outputUsdPerMTok: 2 }),
    offering({ providerId: 'p', modelId: 'img/one', imageUsd: 0.04 }),
  ],
  benchmarks: [
    benchmark({ modelId: 'lab/chat-image', benchmarkId: 'lmarena-text', score: 1300 }),
    benchmark({ modelId: 'lab/chat', benchmarkId: 'lmarena-text', score: 1200 }),
    benchmark({ modelId: 'lab/chat-image', benchmarkId: 'lmarena-image', score: 1100 }),
    benchmark({ modelId: 'img/one', benchmarkId: 'lmarena-image', score: 1000 }),
    benchmark({ modelId: 'img/ranked-only', benchmarkId: 'lmarena-image', score: 1200, date: '2025-08-04' }),
    benchmark({ modelId: 'img/ranked-later', benchmarkId: 'lmarena-image', score: 900, date: '2026-09-01' }),
  ],
};
const cohort = buildCohort(catalog, AS_OF);
const snapshot = scoreCatalog(cohort);
const entry = (modelId: string, group: string) => cohort.models.find((m) => m.modelId === modelId && m.peerGroup === group);
const scoreIn = (modelId: string, group: string) => snapshot.models.find((s) => s.modelId === modelId && s.peerGroup === group);

describe('a model in several peer groups', () => {
  it('has one cohort entry per group, the primary one first', () => {
    expect(cohort.models.map((m) => [m.modelId, m.peerGroup, m.primary])).toEqual([
      ['img/one', 'IMAGE_GENERATION', true],
      ['img/ranked-only', 'IMAGE_GENERATION', true],
      ['lab/chat', 'TEXT', true],
      ['lab/chat-image', 'TEXT', true],
      ['lab/chat-image', 'IMAGE_GENERATION', false],
    ]);
  });

  it('is priced in each group in that group’s units: per image first, else the token blend', () => {
    // IMAGE_GENERATION: no per-image price → 0.6 × 10 + 0.4 × 40 = 22 USD per million tokens.
    expect(entry('lab/chat-image', 'IMAGE_GENERATION')?.price).toMatchObject({ unit: 'USD_PER_MTOK_BLENDED', amountUsd: 22 });
    expect(entry('img/one', 'IMAGE_GENERATION')?.price).toMatchObject({ unit: 'USD_PER_IMAGE', amountUsd: 0.04 });
  });

  it('is scored against each group’s benchmark set', () => {
    // TEXT set: lmarena-text (1300 vs 1200). IMAGE_GENERATION set: lmarena-image (1000, 1100, 1200);
    // lmarena-text is taken by one image-group member only, so it is not in the image set.
    expect(scoreIn('lab/chat-image', 'TEXT')?.coverage).toMatchObject({ present: 1, total: 1 });
    expect(scoreIn('lab/chat-image', 'IMAGE_GENERATION')?.coverage).toMatchObject({ present: 1, total: 1 });
    expect(scoreIn('lab/chat-image', 'IMAGE_GENERATION')?.signals.BENCHMARKS.contributions.map((c) => c.key)).toEqual(['lmarena-image', 'EVIDENCE_PRIOR']);
  });

  it('is ranked in each group among that group’s members, and once among all models', () => {
    expect(scoreIn('lab/chat-image', 'TEXT')?.ranks.overall.peerGroup).toMatchObject({ group: 'TEXT', of: 2 });
    expect(scoreIn('lab/chat-image', 'IMAGE_GENERATION')?.ranks.overall.peerGroup).toMatchObject({ group: 'IMAGE_GENERATION', of: 3 });
    // Adoption among all: 4 models (img/ranked-later is not known yet), chat-image counted once.
    // Two pay-per-use providers put it first in both of its entries.
    expect(scoreIn('lab/chat-image', 'TEXT')?.ranks.adoption.all).toMatchObject({ rank: 1, of: 4 });
    expect(scoreIn('lab/chat-image', 'IMAGE_GENERATION')?.ranks.adoption.all).toMatchObject({ rank: 1, of: 4 });
  });
});

describe('the cohort', () => {
  it('includes a model no provider lists once a leaderboard has ranked it, not before', () => {
    expect(cohort.models.some((m) => m.modelId === 'img/ranked-only')).toBe(true);
    expect(cohort.models.some((m) => m.modelId === 'img/ranked-later')).toBe(false);
  });

  it('takes, of results on one day, the default configuration, then the latest release', () => {
    const results = [
      benchmark({ modelId: 'lab/chat', benchmarkId: 'lmarena-text', score: 1250, configuration: 'thinking-32k' }),
      benchmark({ modelId: 'lab/chat', benchmarkId: 'lmarena-text', score: 1200 }),
      benchmark({ modelId: 'img/one', benchmarkId: 'lmarena-image', score: 990, release: '2024-11-20' }),
      benchmark({ modelId: 'img/one', benchmarkId: 'lmarena-image', score: 1010, release: '2025-03-26' }),
    ];
    const picked = buildCohort({ ...catalog, benchmarks: results }, AS_OF);
    expect(picked.models.find((m) => m.modelId === 'lab/chat')?.benchmarks[0]?.score).toBe(1200);
    expect(picked.models.find((m) => m.modelId === 'img/one')?.benchmarks[0]?.score).toBe(1010);
  });
});
