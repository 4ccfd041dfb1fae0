/**
 * Partial verdicts (issue 16, finding 4): with three to five models, one model without data is left
 * out of a decision, named with the reason, and the others are still compared among themselves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareModels } from '../../../src/domain/comparison/compare.ts';
import type { ComparedModelInput, Comparison } from '../../../src/domain/comparison/types.ts';
import { comparedModels } from './arbitraries.ts';
import { compared } from './fixtures.ts';

/** A model of `peerGroup` the catalog knows nothing about: no score, no price, no limits, no date, no flag. */
function withoutData(peerGroup: 'TEXT' | 'IMAGE_GENERATION'): ComparedModelInput {
  const notApplicable = peerGroup === 'IMAGE_GENERATION' ? ('NOT_APPLICABLE' as const) : ('UNKNOWN' as const);
  return compared({
    id: 'lab/nodata',
    name: 'Nodata',
    peerGroup,
    output: [peerGroup === 'IMAGE_GENERATION' ? 'image' : 'text'],
    overall: null,
    signals: {
      CAPABILITIES: 'UNKNOWN',
      PRICING: 'UNKNOWN',
      CONTEXT_WINDOW: notApplicable,
      RECENCY: 'UNKNOWN',
      OUTPUT_CAPACITY: notApplicable,
      BENCHMARKS: 'UNKNOWN',
    },
    monthlyMicroUsd: 'NO_OFFERING',
    priceUnit: null,
    contextTokens: notApplicable,
    maxOutputTokens: notApplicable,
    releaseDate: null,
  });
}

/** What a comparison decides, without the per-model cells (the left-out model adds a cell). */
function decisions(result: Comparison, others: number) {
  return {
    rows: [...result.signals, result.overall].map(({ key, outcome, winnerModelId, advantage, spread, tieReason, commonFlags }) => ({
      key,
      outcome,
      winnerModelId,
      advantage,
      // A spread is over three or more models: two others alone have a delta instead.
      spread: others > 2 ? spread : null,
      tieReason,
      commonFlags,
    })),
    verdicts: result.verdicts.map(({ kind, outcome, winnerModelId, tieReason }) => ({ kind, outcome, winnerModelId, tieReason })),
    useCases: result.useCases.map(({ useCase, outcome, winnerModelId }) => ({ useCase, outcome, winnerModelId })),
  };
}

describe('a model without data is left out, the others decide', () => {
  // Three text models with scores and a fourth without any benchmark (no overall score).
  const text = (id: string, name: string, overall: number, monthlyMicroUsd: bigint) =>
    compared({
      id,
      name,
      overall,
      intervals: { overall: [overall - 1, overall + 1], benchmarks: [overall - 1, overall + 1] },
      signals: { CAPABILITIES: 50, PRICING: 50, CONTEXT_WINDOW: 50, RECENCY: 50, OUTPUT_CAPACITY: 50, BENCHMARKS: overall },
      benchmarks: [{ id: 'gpqa', score: overall }],
      monthlyMicroUsd,
      contextTokens: 128_000,
      maxOutputTokens: 8_192,
      releaseDate: '2025-08-07',
    });
  const result = compareModels({
    models: [
      text('lab/alpha', 'Alpha', 80, 10_000_000n),
      text('lab/bravo', 'Bravo', 70, 5_000_000n),
      withoutData('TEXT'),
      text('lab/charlie', 'Charlie', 60, 20_000_000n),
    ],
  });
  const verdict = (kind: string) => result.verdicts.find((v) => v.kind === kind)!;

  it('QUALITY and VALUE are decided among the three, naming the fourth and why', () => {
    // 80 [79, 81] against 70 [69, 71]: apart, Alpha wins by 10.0.
    expect(result.overall).toMatchObject({ outcome: 'WINNER', winnerModelId: 'lab/alpha', advantage: 10, spread: 20 });
    expect(verdict('QUALITY')).toMatchObject({ outcome: 'WINNER', winnerModelId: 'lab/alpha', leftOut: [{ modelId: 'lab/nodata', reason: 'no benchmarks' }] });
    // Per point: Alpha $10 / 80 = $0.125, Bravo $5 / 70 = $0.0714…, Charlie $20 / 60 = $0.333…: Bravo.
    expect(verdict('VALUE')).toMatchObject({ outcome: 'WINNER', winnerModelId: 'lab/bravo' });
    expect(verdict('VALUE').leftOut.map((model) => model.modelId)).toEqual(['lab/nodata']);
    expect(verdict('COST')).toMatchObject({
      outcome: 'WINNER',
      winnerModelId: 'lab/bravo',
      leftOut: [{ modelId: 'lab/nodata', reason: 'no provider in the data offers it' }],
    });
  });

  it('use cases too: the ones whose inputs the three have get a winner', () => {
    const code = result.useCases.find((useCase) => useCase.useCase === 'CREATIVE_WRITING')!;
    // 60% Benchmarks + 30% Output capacity + 10% Recency: Alpha 48 + 15 + 5 = 68, the best.
    expect(code).toMatchObject({ outcome: 'WINNER', winnerModelId: 'lab/alpha' });
    expect(code.leftOut).toEqual([{ modelId: 'lab/nodata', reason: 'no fit (unknown: benchmark results, maximum output, release date)' }]);
  });

  it('the summary names who is left out', () => {
    expect(result.summary.text).toContain('Nodata (no benchmarks) is left out.');
  });
});

describe('shuffling which model lacks data never changes the verdict among the others', () => {
  for (const count of [2, 3, 4]) {
    it(`${count} models with data and one without, at every position`, () => {
      fc.assert(
        fc.property(comparedModels(count), (others) => {
          const group = others[0]!.model.peerGroup as 'TEXT' | 'IMAGE_GENERATION';
          fc.pre(others.every((input) => input.model.peerGroup === group));
          const expected = decisions(compareModels({ models: others }), others.length);
          for (let position = 0; position <= others.length; position++) {
            const models = [...others.slice(0, position), withoutData(group), ...others.slice(position)];
            const result = compareModels({ models });
            expect(decisions(result, others.length)).toEqual(expected);
            for (const verdict of result.verdicts) {
              if (['WINNER', 'TIE', 'STATISTICAL_TIE'].includes(verdict.outcome)) expect(verdict.leftOut.map((m) => m.modelId)).toContain('lab/nodata');
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
