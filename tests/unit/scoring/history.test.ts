import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/domain/catalog.ts';
import { benchmarkHistory, LMARENA_TEXT_BENCHMARK_ID, replayScoreHistory } from '../../../src/domain/scoring/history.ts';
import type { CatalogInput, MonthEnd } from '../../../src/domain/scoring/types.ts';
import { benchmark, model, offering, tokens } from './fixtures.ts';

/** Jun 2025 – Jul 2026: the 14 month-ends of the real history, as history.json lists them. */
const MONTH_ENDS: MonthEnd[] = Array.from({ length: 14 }, (_, i) => {
  const start = new Date(Date.UTC(2025, 5 + i + 1, 0)); // day 0 of next month = last day of this one
  const date = start.toISOString().slice(0, 10);
  return { month: date.slice(0, 7), date };
});

const FULL: CatalogInput = {
  models: [
    model({ id: 'lab/a', releaseDate: '2025-06-01', contextTokens: tokens(8_000) }),
    model({ id: 'lab/b', releaseDate: '2025-07-15', contextTokens: tokens(128_000) }),
    model({ id: 'lab/c', releaseDate: '2026-02-10', contextTokens: tokens(1_000_000) }),
  ],
  offerings: [
    offering({ providerId: 'p', modelId: 'lab/a', inputUsdPerMTok: 1, outputUsdPerMTok: 2 }),
    offering({ providerId: 'p', modelId: 'lab/b', inputUsdPerMTok: 3, outputUsdPerMTok: 15 }),
    offering({ providerId: 'p', modelId: 'lab/c', inputUsdPerMTok: 2, outputUsdPerMTok: 8 }),
  ],
  benchmarks: [
    benchmark({ modelId: 'lab/a', benchmarkId: 'bench-x', score: 50, date: '2025-06-15' }),
    benchmark({ modelId: 'lab/b', benchmarkId: 'bench-x', score: 70, date: '2025-07-20' }),
    benchmark({ modelId: 'lab/c', benchmarkId: 'bench-x', score: 90, date: '2026-02-20' }),
  ],
};

/** The catalog as it stood at `date`: a model and its offerings appear on its release date. */
function catalogAt(date: IsoDate): CatalogInput {
  const models = FULL.models.filter((m) => m.releaseDate !== null && m.releaseDate <= date);
  const ids = new Set(models.map((m) => m.id));
  return { models, offerings: FULL.offerings.filter((o) => o.modelId !== null && ids.has(o.modelId)), benchmarks: FULL.benchmarks };
}

describe('replayScoreHistory', () => {
  const history = replayScoreHistory([...MONTH_ENDS].reverse(), catalogAt);

  it('gives one point per month-end in which the model was known, in date order', () => {
    expect(history.byModel['lab/a']).toHaveLength(14);
    expect(history.byModel['lab/b']).toHaveLength(13); // from July 2025
    expect(history.byModel['lab/c']).toHaveLength(6); // Feb – Jul 2026
    for (const points of Object.values(history.byModel)) {
      const dates = points.map((p) => p.date);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
    }
    expect(history.byModel['lab/a']?.[0]).toMatchObject({ month: '2025-06', date: '2025-06-30' });
    expect(history.byModel['lab/a']?.at(-1)).toMatchObject({ month: '2026-07', date: '2026-07-31' });
    expect(history.methodologyVersion).toBe('2026.12.2');
  });

  it('scores each month against the cohort as it stood then', () => {
    const a = history.byModel['lab/a'] ?? [];
    // June 2025: a is alone on bench-x, compared with nobody: it keeps the prior, θ = 0, and with no compared
    // model the reference is 0 → 100 σ(0) = 50.0, interval 100 σ(0.5 × ±1.96 × 8) = [0.0, 100.0] → LOW.
    expect(a[0]).toMatchObject({ benchmarks: 50, confidence: 'LOW', overallRank: { rank: 1, of: 1 } });
    // July 2025: bench-x a 50, b 70: one comparison, weight 1, outcome Φ(20/√2) = 1 for b. By symmetry
    // θ_b = −θ_a = t, reference 0. With k = e^u: ∂/∂u = 0 gives u = 2kt σ(−2kt) and ∂/∂t = 0 gives
    // k σ(−2kt) = t/64, so u = t²/32 and t/64 = e^(t²/32) σ(−2t e^(t²/32)): bisection on [0, 10] gives t = 1.69111
    // (k = 1.0935). b: 100 σ(0.845555) = 69.96 → 70.0; a: 30.04 → 30.0; a is #2 of 2.
    expect(a[1]).toMatchObject({ benchmarks: 30, overallRank: { rank: 2, of: 2 } });
    expect(history.byModel['lab/b']?.[0]).toMatchObject({ benchmarks: 70, overallRank: { rank: 1, of: 2 } });
    // Feb 2026: c enters at 90: a < b < c, each gap 20 points. The fit is symmetric under a ↔ c with θ → −θ,
    // so θ_b = 0 = θ̄ and b scores exactly 100 σ(0) = 50.
    const bFeb = history.byModel['lab/b']?.find((p) => p.month === '2026-02');
    expect(bFeb?.benchmarks).toBe(50);
  });
});

describe('benchmarkHistory (LMArena text snapshots)', () => {
  const names: Record<string, string> = {
    'GPT-4o-2024-05-13': 'openai/gpt-4o',
    'ChatGPT-4o-latest': 'openai/gpt-4o',
    'Claude 3.5 Sonnet': 'anthropic/claude-3-5-sonnet',
  };
  const series = benchmarkHistory(
    [
      {
        date: '2024-08-01',
        entries: [
          { model: 'GPT-4o-2024-05-13', score: 1287, votes: 55_826 },
          { model: 'ChatGPT-4o-latest', score: 1316, votes: 11_000 },
          { model: 'Unknown-Model', score: 1200, votes: 900 },
        ],
      },
      {
        date: '2024-07-07',
        entries: [
          { model: 'Claude 3.5 Sonnet', score: 1272, votes: 23_748 },
          { model: 'GPT-4o-2024-05-13', score: 1287, votes: 50_000 },
        ],
      },
    ],
    (name) => names[name] ?? null,
  );

  it('keeps mapped models only, sorted by id, points in date order', () => {
    expect(series.map((s) => s.modelId)).toEqual(['anthropic/claude-3-5-sonnet', 'openai/gpt-4o']);
    expect(series.every((s) => s.benchmarkId === LMARENA_TEXT_BENCHMARK_ID)).toBe(true);
    expect(series[1]?.points.map((p) => p.date)).toEqual(['2024-07-07', '2024-08-01']);
  });

  it('when two arena names map to one model, keeps the better-measured (more votes) entry, with provenance', () => {
    expect(series[1]?.points[1]).toEqual({
      date: '2024-08-01',
      score: 1287,
      votes: 55_826,
      provenance: { source: 'lmarena', sourceId: 'GPT-4o-2024-05-13', observedAt: '2024-08-01', selfReported: false, url: null },
    });
  });
});
