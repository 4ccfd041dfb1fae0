/**
 * A small catalog whose every score is worked out by hand in hand-cohort.test.ts. Seven models are
 * known on 2026-07-01: five TEXT (one free, one with an unknown price, one without benchmarks) and
 * two IMAGE_GENERATION; two more are not known yet and must stay out of the cohort.
 */
import type { CatalogInput } from '../../../src/domain/scoring/types.ts';
import { benchmark, model, noLimit, offering, tokens } from './fixtures.ts';

export const AS_OF = '2026-07-01';

export const HAND_CATALOG: CatalogInput = {
  models: [
    model({
      id: 'lab/alpha',
      releaseDate: '2026-07-01',
      contextTokens: tokens(1_000_000),
      maxOutputTokens: tokens(100_000),
      capabilities: {
        visionInput: true,
        audioInput: false,
        pdfInput: true,
        functionCalling: true,
        structuredOutput: true,
        reasoning: true,
        imageOutput: false,
      },
      canonicalOfferingId: 'lab/lab/alpha',
    }),
    model({
      id: 'lab/beta',
      releaseDate: '2025-07-01',
      contextTokens: tokens(100_000),
      maxOutputTokens: tokens(10_000),
      capabilities: {
        visionInput: true,
        audioInput: false,
        pdfInput: true,
        functionCalling: true,
        structuredOutput: false,
        reasoning: false,
        webSearch: true,
        imageOutput: false,
      },
    }),
    model({
      id: 'lab/gamma',
      releaseDate: '2024-07-01',
      contextTokens: tokens(10_000),
      maxOutputTokens: tokens(1_000),
      capabilities: { functionCalling: true },
    }),
    model({ id: 'lab/delta', releaseDate: null, contextTokens: noLimit('UNKNOWN'), maxOutputTokens: tokens(10_000) }),
    model({
      id: 'lab/epsilon',
      releaseDate: '2026-01-01',
      contextTokens: tokens(100_000),
      maxOutputTokens: tokens(1_000),
      capabilities: { functionCalling: true, visionInput: false },
      canonicalOfferingId: 'lab/lab/epsilon',
    }),
    model({
      id: 'img/one',
      peerGroup: 'IMAGE_GENERATION',
      releaseDate: '2026-01-01',
      contextTokens: noLimit('NOT_APPLICABLE'),
      // The sources' way of saying "no such limit" for image models.
      maxOutputTokens: tokens(0),
      capabilities: {
        visionInput: false,
        audioInput: false,
        pdfInput: false,
        functionCalling: false,
        structuredOutput: false,
        reasoning: false,
        imageOutput: true,
      },
    }),
    model({
      id: 'img/two',
      peerGroup: 'IMAGE_GENERATION',
      releaseDate: '2025-07-01',
      contextTokens: noLimit('NOT_APPLICABLE'),
      maxOutputTokens: noLimit('NOT_APPLICABLE'),
      capabilities: {
        visionInput: true,
        audioInput: false,
        pdfInput: false,
        functionCalling: false,
        structuredOutput: false,
        reasoning: false,
        imageOutput: true,
      },
      canonicalOfferingId: 'img/img/two',
    }),
    model({ id: 'lab/future', releaseDate: '2026-08-01', contextTokens: tokens(1_000_000) }),
    model({ id: 'lab/ghost', releaseDate: null }),
  ],
  offerings: [
    offering({ providerId: 'lab', modelId: 'lab/alpha', inputUsdPerMTok: 10, outputUsdPerMTok: 40 }),
    offering({ providerId: 'freetier', modelId: 'lab/alpha', kind: 'FREE_TIER', inputUsdPerMTok: 0, outputUsdPerMTok: 0 }),
    offering({ providerId: 'p1', modelId: 'lab/beta', inputUsdPerMTok: 1, outputUsdPerMTok: 1 }),
    offering({ providerId: 'p2', modelId: 'lab/beta', inputUsdPerMTok: 2, outputUsdPerMTok: 2 }),
    offering({ providerId: 'plan', modelId: 'lab/beta', kind: 'SUBSCRIPTION_PLAN', inputUsdPerMTok: 0, outputUsdPerMTok: 0 }),
    offering({ providerId: 'old', modelId: 'lab/beta', inputUsdPerMTok: 0.01, outputUsdPerMTok: 0.01, status: 'DEPRECATED' }),
    offering({ providerId: 'freeprov', modelId: 'lab/gamma', inputUsdPerMTok: 0, outputUsdPerMTok: 0 }),
    offering({ providerId: 'p1', modelId: 'lab/delta', inputUsdPerMTok: null, outputUsdPerMTok: 3 }),
    offering({ providerId: 'lab', modelId: 'lab/epsilon', inputUsdPerMTok: 0.1, outputUsdPerMTok: 0.1 }),
    offering({ providerId: 'imgprov', modelId: 'img/one', imageUsd: 0.04 }),
    offering({ providerId: 'img', modelId: 'img/two', imageUsd: 0.01 }),
    offering({ providerId: 'imgprov', modelId: 'img/two', imageUsd: 0.005 }),
  ],
  benchmarks: [
    benchmark({ modelId: 'lab/alpha', benchmarkId: 'bench-x', score: 30, date: '2025-01-01' }),
    benchmark({ modelId: 'lab/alpha', benchmarkId: 'bench-x', score: 80 }),
    benchmark({ modelId: 'lab/alpha', benchmarkId: 'bench-y', score: 56 }),
    benchmark({ modelId: 'lab/alpha', benchmarkId: 'bench-y', score: 10, date: '2026-08-01' }),
    benchmark({ modelId: 'lab/alpha', benchmarkId: 'bench-solo', score: 99 }),
    benchmark({ modelId: 'lab/beta', benchmarkId: 'bench-x', score: 40 }),
    benchmark({ modelId: 'lab/beta', benchmarkId: 'bench-y', score: 70 }),
    benchmark({ modelId: 'lab/beta', benchmarkId: 'lmarena-text', score: 1300, votes: 20_000, ci: [1295, 1305] }),
    benchmark({ modelId: 'lab/gamma', benchmarkId: 'bench-x', score: 61 }),
    benchmark({ modelId: 'lab/gamma', benchmarkId: 'bench-y', score: 20 }),
    benchmark({ modelId: 'lab/gamma', benchmarkId: 'lmarena-text', score: 1315, votes: 9_000, ci: [1310, 1320] }),
    benchmark({ modelId: 'lab/delta', benchmarkId: 'bench-y', score: 47 }),
    benchmark({ modelId: 'img/one', benchmarkId: 'lmarena-image', score: 1100, votes: 5_000, ci: [1095, 1105] }),
    benchmark({ modelId: 'img/two', benchmarkId: 'lmarena-image', score: 1000, votes: 3_000, ci: [990, 1010] }),
  ],
};
