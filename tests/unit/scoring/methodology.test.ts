import { describe, expect, it } from 'vitest';
import { METHODOLOGY, renderMethodologyMarkdown } from '../../../src/domain/scoring/methodology.ts';
import { SIGNAL_NAMES } from '../../../src/domain/scoring/types.ts';

const markdown = renderMethodologyMarkdown();

describe('METHODOLOGY and its markdown', () => {
  it('has a calendar version', () => {
    expect(METHODOLOGY.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(markdown).toContain(METHODOLOGY.version);
  });

  it('the overall weights sum to 1 and each appears in the markdown as a percentage', () => {
    const weights = Object.values(METHODOLOGY.overall.weights);
    expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 12);
    expect(markdown).toContain('| Benchmarks | 90% |');
    expect(markdown).toContain('| Capabilities | 5% |');
    expect(markdown).toContain('| Context window | 5% |');
    expect(markdown).toContain(METHODOLOGY.overall.formula);
  });

  it('contains every signal formula, normalisation and null rule', () => {
    for (const name of SIGNAL_NAMES) {
      const s = METHODOLOGY.signals[name];
      for (const text of [s.name, s.formula, s.normalisation, s.whenNull, s.comparedWithin]) expect(markdown).toContain(text);
    }
  });

  it('contains the blend, half-life, confidence thresholds, rank, tie, rounding and cohort rules', () => {
    expect(markdown).toContain('0.6 × input + 0.4 × output');
    expect(markdown).toContain('age_days / 365');
    expect(markdown).toContain('HIGH when at most 1.6 logits, MEDIUM when at most 2.8, LOW when wider');
    expect(markdown).toContain('dispersion φ');
    expect(markdown).toContain('quality = 100 × σ(0.5 × (θ − θ̄))');
    const texts = [
      METHODOLOGY.rankingPrice.rule,
      METHODOLOGY.rankingPrice.formula,
      METHODOLOGY.overall.missingTiebreaker,
      METHODOLOGY.overall.noBenchmarks,
      METHODOLOGY.overall.interval,
      METHODOLOGY.confidence.rule,
      METHODOLOGY.quality.model,
      METHODOLOGY.quality.outcomes,
      METHODOLOGY.quality.weights,
      METHODOLOGY.quality.prior,
      METHODOLOGY.quality.fit,
      METHODOLOGY.quality.interval,
      METHODOLOGY.quality.validation,
      ...Object.values(METHODOLOGY.ranks),
      METHODOLOGY.statisticalTies,
      METHODOLOGY.explanation,
      METHODOLOGY.rounding,
      ...METHODOLOGY.cohort,
      ...METHODOLOGY.peerGroups,
    ];
    for (const text of texts) expect(markdown).toContain(text);
  });

  it('is plain JSON data (the API serves it as it is)', () => {
    expect(JSON.parse(JSON.stringify(METHODOLOGY))).toEqual(METHODOLOGY);
  });
});
