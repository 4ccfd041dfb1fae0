/**
 * Dates at their precision (issue 16, finding 2): a release known to the month or the year is an
 * interval of days; Recency ages it from the middle day and carries the range; a comparison never
 * orders two releases whose intervals overlap.
 */
import { describe, expect, it } from 'vitest';
import { compareModels } from '../../src/domain/comparison/compare.ts';
import { compareDates, dateInterval, middleDay } from '../../src/domain/partial-date.ts';
import { buildCohort } from '../../src/domain/scoring/cohort.ts';
import { recencySignal } from '../../src/domain/scoring/signals/recency.ts';
import { compared } from './comparison/fixtures.ts';
import { model } from './scoring/fixtures.ts';

describe('partial dates', () => {
  it('a month, a year and a day as intervals of days (February of a leap year has 29)', () => {
    expect(dateInterval('2025-04')).toEqual({ precision: 'MONTH', first: '2025-04-01', last: '2025-04-30' });
    expect(dateInterval('2024-02')).toEqual({ precision: 'MONTH', first: '2024-02-01', last: '2024-02-29' });
    expect(dateInterval('2025')).toEqual({ precision: 'YEAR', first: '2025-01-01', last: '2025-12-31' });
    expect(dateInterval('2025-04-05')).toEqual({ precision: 'DAY', first: '2025-04-05', last: '2025-04-05' });
  });

  it('the middle day is first + ⌊(last − first) / 2⌋', () => {
    // April: 1 + ⌊29 / 2⌋ = the 15th; 2025: 1 January + ⌊364 / 2⌋ = 182 days = 2 July; February 2024: 1 + ⌊28 / 2⌋ = the 15th.
    expect([middleDay('2025-04'), middleDay('2025'), middleDay('2024-02'), middleDay('2025-04-05')]).toEqual([
      '2025-04-15',
      '2025-07-02',
      '2024-02-15',
      '2025-04-05',
    ]);
  });

  it('dates are ordered only where their intervals do not overlap', () => {
    expect(compareDates('2025-04', '2025-04-05')).toBeNull();
    expect(compareDates('2025-04-05', '2025-04')).toBeNull();
    expect(compareDates('2025-04', '2025-04')).toBeNull();
    expect(compareDates('2025', '2025-12-31')).toBeNull();
    expect(compareDates('2025-05', '2025-04-30')).toBe(1);
    expect(compareDates('2025-03-31', '2025-04')).toBe(-1);
    expect(compareDates('2026-01', '2025')).toBe(1);
    expect(compareDates('2025-04-05', '2025-04-05')).toBe(0);
  });
});

describe('Recency of a release known only to the month', () => {
  const cohort = buildCohort({ models: [model({ id: 'alibaba/qwen3-235b-a22b', releaseDate: '2025-04' })], offerings: [], benchmarks: [] }, '2026-07-01');
  const recency = recencySignal(cohort.models[0]!, '2026-07-01');

  it('is aged from the middle of the month, with the range the month allows as its interval, and says so', () => {
    // 2025-04-15 → 2026-07-01 is 442 days: 100 × 0.5^(442/365) = 43.198 → 43.2.
    // The range: from 2025-04-30 (427 days: 44.446 → 44.4) to 2025-04-01 (456 days: 42.065 → 42.1).
    expect(recency).toMatchObject({ value: 43.2, interval: { lower: 42.1, upper: 44.4 } });
    expect(recency.inputs.map((input) => [input.name, input.value])).toContainEqual([
      'release day assumed: the middle of 2025-04-01 – 2025-04-30 (the date is known to the month)',
      '2025-04-15',
    ]);
    expect(recency.inputs).toContainEqual(expect.objectContaining({ name: 'age', value: 442, unit: 'days' }));
  });
});

describe('a comparison of a month against a day inside it', () => {
  // Qwen3 235B-A22B is known as "2025-04", Llama 4 Maverick as 2025-04-05 (models.dev): the month contains the day.
  const qwen = compared({ id: 'alibaba/qwen3-235b-a22b', name: 'Qwen3 235B-A22B', releaseDate: '2025-04', signals: { RECENCY: 42.6 } });
  const llama = compared({ id: 'meta/llama-4-maverick', name: 'Llama 4 Maverick', releaseDate: '2025-04-05', signals: { RECENCY: 42.3 } });
  const later = compared({ id: 'openai/gpt-5', name: 'GPT-5', releaseDate: '2025-08-07', signals: { RECENCY: 55 } });

  it('declares the Recency row and the RECENCY verdict a tie, and says why', () => {
    const result = compareModels({ models: [qwen, llama] });
    const row = result.signals.find((signal) => signal.key === 'RECENCY')!;
    const reason =
      'the release dates cannot be ordered at the precision the data has (Qwen3 235B-A22B, known only to the month (2025-04); Llama 4 Maverick, released 2025-04-05): either may be the newer';
    // 42.3 − 42.6 = −0.3 stays shown; no winner is claimed.
    expect(row).toMatchObject({ outcome: 'TIE', winnerModelId: null, advantage: null, delta: -0.3, tieReason: reason });
    expect(result.verdicts.find((verdict) => verdict.kind === 'RECENCY')).toMatchObject({ outcome: 'TIE', winnerModelId: null, tieReason: reason });
  });

  it('a release surely later than both still wins', () => {
    const result = compareModels({ models: [qwen, later, llama] });
    expect(result.verdicts.find((verdict) => verdict.kind === 'RECENCY')).toMatchObject({ outcome: 'WINNER', winnerModelId: 'openai/gpt-5', tieReason: null });
    expect(result.signals.find((signal) => signal.key === 'RECENCY')).toMatchObject({ outcome: 'WINNER', winnerModelId: 'openai/gpt-5' });
  });
});
