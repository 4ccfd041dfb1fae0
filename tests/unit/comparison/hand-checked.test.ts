/**
 * Comparisons worked out by hand. Every expected value is derived in the comment beside it from
 * the inputs stated here, never copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { compareModels } from '../../../src/domain/comparison/compare.ts';
import type { ComparedModelInput, Comparison, ScoreComparison } from '../../../src/domain/comparison/types.ts';
import type { SignalName } from '../../../src/domain/scoring/types.ts';
import { compared, valueAt } from './fixtures.ts';

const signal = (result: Comparison, key: SignalName): ScoreComparison => result.signals.find((row) => row.key === key)!;
const verdicts = (result: Comparison) => Object.fromEntries(result.verdicts.map((v) => [v.kind, [v.outcome, v.winnerModelId]]));
const useCase = (result: Comparison, name: string) => result.useCases.find((u) => u.useCase === name)!;

const GPT = compared({
  id: 'openai/gpt-5.4',
  name: 'GPT-5.4',
  signals: { CAPABILITIES: 75.0, PRICING: 60.2, CONTEXT_WINDOW: 80.0, RECENCY: 88.1, OUTPUT_CAPACITY: 70.0, BENCHMARKS: 79.3 },
  overall: 71.0,
  intervals: { benchmarks: [70.2, 86.1], overall: [63.1, 77.4] },
  benchmarks: [{ id: 'lmarena-text', score: 1420, ci: [1412, 1428] }],
  // $1 in / $4 out per MTok at 100 req/day × (600 in + 400 out): 36,500/12 × 0.0022 = $6.6916666… → $6.691667.
  monthlyMicroUsd: 6_691_667n,
  contextTokens: 400_000,
  maxOutputTokens: 128_000,
  releaseDate: '2026-03-05',
  capabilities: { functionCalling: true, structuredOutput: true, visionInput: true, pdfInput: null },
});

const CLAUDE = compared({
  id: 'anthropic/claude-opus-4-7',
  name: 'Claude Opus 4.7',
  signals: { CAPABILITIES: 62.5, PRICING: 41.2, CONTEXT_WINDOW: 80.0, RECENCY: 93.4, OUTPUT_CAPACITY: 'UNKNOWN', BENCHMARKS: 90.9 },
  overall: 82.4,
  intervals: { benchmarks: [86.2, 94.0], overall: [78.5, 86.0] },
  benchmarks: [
    { id: 'lmarena-text', score: 1450, ci: [1443, 1457] },
    { id: 'swe-bench-pro', score: 55 },
  ],
  // $5 in / $17.50 out per MTok: 36,500/12 × (0.003 + 0.007) = $30.41666… → $30.416667.
  monthlyMicroUsd: 30_416_667n,
  contextTokens: 1_000_000,
  releaseDate: '2026-04-16',
  capabilities: { functionCalling: true, structuredOutput: false, visionInput: true, pdfInput: true },
});

const FLUX = compared({
  id: 'black-forest-labs/flux.2-pro',
  name: 'FLUX.2 Pro',
  peerGroup: 'IMAGE_GENERATION',
  signals: { CAPABILITIES: 12.5, PRICING: 70.0, CONTEXT_WINDOW: 'NOT_APPLICABLE', RECENCY: 90.0, OUTPUT_CAPACITY: 'NOT_APPLICABLE', BENCHMARKS: 88.0 },
  overall: 86.0,
  intervals: { benchmarks: [71.5, 96.0], overall: [70.4, 93.6] },
  benchmarks: [{ id: 'lmarena-text-to-image', score: 1150, ci: [1140, 1160] }],
  // 1,000 images/month × $0.04 = $40.
  monthlyMicroUsd: 40_000_000n,
  contextTokens: 'NOT_APPLICABLE',
  maxOutputTokens: 'NOT_APPLICABLE',
  releaseDate: '2025-11-20',
  input: ['text', 'image'],
  capabilities: { visionInput: true, imageOutput: true, reasoning: false },
});

const IMAGEN = compared({
  id: 'google/imagen-4',
  name: 'Imagen 4',
  peerGroup: 'IMAGE_GENERATION',
  signals: { CAPABILITIES: 12.5, PRICING: 55.5, CONTEXT_WINDOW: 'NOT_APPLICABLE', RECENCY: 80.0, OUTPUT_CAPACITY: 'NOT_APPLICABLE', BENCHMARKS: 84.0 },
  overall: 82.0,
  intervals: { benchmarks: [66.0, 94.1], overall: [66.8, 91.2] },
  benchmarks: [{ id: 'lmarena-text-to-image', score: 1145, ci: [1136, 1154] }],
  // 1,000 images/month × $0.06 = $60.
  monthlyMicroUsd: 60_000_000n,
  contextTokens: 'NOT_APPLICABLE',
  maxOutputTokens: 'NOT_APPLICABLE',
  releaseDate: '2025-05-20',
  capabilities: { imageOutput: true, reasoning: false },
});

const compare = (...models: ComparedModelInput[]) => compareModels({ models });

describe('text pair: GPT-5.4 vs Claude Opus 4.7', () => {
  const result = compare(GPT, CLAUDE);
  const [gpt, claude] = ['openai/gpt-5.4', 'anthropic/claude-opus-4-7'];

  it('signals: delta = Claude − GPT on the shown values, winner, ties and missing data', () => {
    // On the flags known for both (function calling, structured output, vision; GPT's PDF input is unknown):
    // GPT supports 3 of 3 = 100.0, Claude 2 of 3 = 66.7 (no structured output): 66.7 − 100.0 = −33.3, GPT ahead by 33.3.
    expect(signal(result, 'CAPABILITIES')).toMatchObject({
      outcome: 'WINNER',
      winnerModelId: gpt,
      delta: -33.3,
      advantage: 33.3,
      differs: true,
      commonFlags: ['visionInput', 'functionCalling', 'structuredOutput'],
    });
    expect(signal(result, 'CAPABILITIES').cells.map((cell) => cell.value)).toEqual([100, 66.7]);
    // 41.2 − 60.2 = −19.0.
    expect(signal(result, 'PRICING')).toMatchObject({ outcome: 'WINNER', winnerModelId: gpt, delta: -19, advantage: 19 });
    // 80.0 − 80.0 = 0: a tie, no winner, not "differs".
    expect(signal(result, 'CONTEXT_WINDOW')).toMatchObject({ outcome: 'TIE', winnerModelId: null, delta: 0, advantage: null, differs: false });
    // 93.4 − 88.1 = 5.3.
    expect(signal(result, 'RECENCY')).toMatchObject({ outcome: 'WINNER', winnerModelId: claude, delta: 5.3, advantage: 5.3 });
    // Claude's output capacity is unknown: no delta, no winner; unknown vs 70.0 differs.
    expect(signal(result, 'OUTPUT_CAPACITY')).toMatchObject({ outcome: 'MISSING_DATA', winnerModelId: null, delta: null, differs: true });
    // 90.9 − 79.3 = 11.6; the shared arena intervals [1412,1428] and [1443,1457] do not overlap.
    expect(signal(result, 'BENCHMARKS')).toMatchObject({ outcome: 'WINNER', winnerModelId: claude, delta: 11.6 });
  });

  it('overall: 82.4 vs 71.0 → Claude by 11.4 points', () => {
    // GPT's upper bound 77.4 < Claude's lower bound 78.5: the intervals are apart, the win stands.
    expect(result.overall).toMatchObject({ outcome: 'WINNER', winnerModelId: claude, delta: 11.4, advantage: 11.4 });
  });

  it('tally: 5 comparable signals (all but output capacity); 2 wins each, the context tie is nobody’s', () => {
    expect(result.tally).toEqual([
      { modelId: gpt, wins: 2, comparable: 5, wonSignals: ['CAPABILITIES', 'PRICING'] },
      { modelId: claude, wins: 2, comparable: 5, wonSignals: ['RECENCY', 'BENCHMARKS'] },
    ]);
  });

  it('shared benchmarks: only lmarena-text; 1450 − 1420 = 30, decided (no overlap)', () => {
    expect(result.benchmarks).toHaveLength(1);
    expect(result.benchmarks[0]).toMatchObject({ benchmarkId: 'lmarena-text', outcome: 'WINNER', winnerModelId: claude, delta: 30 });
  });

  it('costs: baseline is the dearer Claude; GPT saves 30.416667 − 6.691667 = $23.725/month', () => {
    const [gptRow, claudeRow] = result.costs.rows;
    expect(result.costs.comparable).toBe(true);
    expect(gptRow).toMatchObject({ baselineModelId: claude, cheaperThanBaseline: true, notComparable: null });
    expect(gptRow!.savings!.monthly.formatted).toBe('$23.73');
    // 12 × 23.725 = 284.70.
    expect(gptRow!.savings!.yearly.formatted).toBe('$284.70');
    // 23.725 / 30.416667 = 0.77999999… → 78.0%.
    expect(gptRow!.savings!.percent).toBe(78);
    expect(claudeRow).toMatchObject({ baselineModelId: claude, cheaperThanBaseline: false });
    expect(claudeRow!.savings!.monthly.microUsd).toBe(0n);
    // 6,691,667 µ$ / 71.0 = 94,248.83 → $0.094249; 30,416,667 / 82.4 = 369,134.31 → $0.369134.
    expect(gptRow!.costPerQualityPoint!.usd).toBe('0.094249');
    expect(claudeRow!.costPerQualityPoint!.usd).toBe('0.369134');
  });

  it('verdicts follow the figures', () => {
    expect(verdicts(result)).toEqual({
      QUALITY: ['WINNER', claude], // 82.4 > 71.0
      COST: ['WINNER', gpt], // $6.69 < $30.42
      VALUE: ['WINNER', gpt], // $0.094 < $0.369 per point
      LONG_CONTEXT: ['WINNER', claude], // 1,000,000 > 400,000 tokens
      RECENCY: ['WINNER', claude], // 2026-04-16 > 2026-03-05
    });
  });

  it('use cases: fits by the written rules', () => {
    // Code generation needs output capacity, unknown for Claude: no claim.
    expect(useCase(result, 'CODE_GENERATION')).toMatchObject({ outcome: 'MISSING_DATA', winnerModelId: null });
    // GPT: 0.6 × 79.3 + 0.2 × 80 + 0.1 × 70 + 0.1 × 100 = 47.58 + 16 + 7 + 10 = 80.58 → 80.6.
    expect(useCase(result, 'CODE_GENERATION').fits[0]).toMatchObject({ fit: 80.6, level: 'STRONG' });
    // Chatbot: GPT 0.4 × 60.2 + 0.4 × 79.3 + 20 = 75.8; Claude 0.4 × 41.2 + 0.4 × 90.9 + 20 = 72.84 → 72.8.
    const chatbot = useCase(result, 'SUPPORT_CHATBOT');
    expect(chatbot.fits.map((f) => [f.fit, f.level])).toEqual([
      [75.8, 'STRONG'],
      [72.8, 'GOOD'],
    ]);
    expect(chatbot.winnerModelId).toBe(gpt);
    // Batch extraction: GPT 0.4 × 60.2 + 0.3 × 79.3 + 20 + 0.1 × 80 = 24.08 + 23.79 + 20 + 8 = 75.87 → 75.9;
    // Claude 16.48 + 27.27 + 0 (no structured output) + 8 = 51.75 → 51.8.
    expect(useCase(result, 'BATCH_EXTRACTION').fits.map((f) => f.fit)).toEqual([75.9, 51.8]);
    // Image understanding: GPT 47.58 + 16 + 12.04 = 75.62 → 75.6; Claude 54.54 + 16 + 8.24 = 78.78 → 78.8.
    expect(useCase(result, 'IMAGE_UNDERSTANDING')).toMatchObject({ outcome: 'WINNER', winnerModelId: claude });
    // Long documents needs PDF input, unknown for GPT.
    expect(useCase(result, 'LONG_DOCUMENTS').outcome).toBe('MISSING_DATA');
    // Neither is an image-generation model: both NOT_SUITABLE at 0, a tie.
    expect(useCase(result, 'IMAGE_GENERATION')).toMatchObject({ outcome: 'TIE', winnerModelId: null });
    expect(useCase(result, 'IMAGE_GENERATION').fits[0]).toMatchObject({ fit: 0, level: 'NOT_SUITABLE' });
  });

  it('use-case reasons cite the data', () => {
    const reasons = useCase(result, 'CODE_GENERATION').fits[0]!.reasons;
    expect(reasons).toContainEqual(expect.objectContaining({ code: 'CONTEXT_WINDOW', value: 400_000, unit: 'tokens', score: 80, weightPercent: 20 }));
    expect(reasons).toContainEqual(expect.objectContaining({ code: 'BENCHMARKS', value: 79.3, benchmarks: ['lmarena-text'] }));
    expect(reasons).toContainEqual(expect.objectContaining({ code: 'CAPABILITY', capability: 'functionCalling', value: true, score: 100 }));
  });

  it('summary: every number is a figure', () => {
    expect(result.summary.text).toBe(
      // Both confidences are the fixture's MEDIUM, on 1 and 2 of the group's 10 benchmarks.
      'Claude Opus 4.7 has the highest overall score (GPT-5.4 71.0, Claude Opus 4.7 82.4), ahead by 11.4 points, ' +
        'on MEDIUM confidence: GPT-5.4 has 1 of 10 benchmarks, Claude Opus 4.7 has 2 of 10 benchmarks. ' +
        'Signal wins (of the comparable ones): GPT-5.4 2 of 5, Claude Opus 4.7 2 of 5. ' +
        'Monthly cost at this usage: GPT-5.4 $6.69, Claude Opus 4.7 $30.42. ' +
        'GPT-5.4 saves $23.73 a month ($284.70 a year, 78.0%) against Claude Opus 4.7. ' +
        'Best for quality: Claude Opus 4.7 (on MEDIUM confidence); cost: GPT-5.4; value: GPT-5.4; long context: Claude Opus 4.7; recency: Claude Opus 4.7.',
    );
    for (const figure of result.summary.figures) expect(valueAt(result, figure.path)).toBe(figure.value);
  });
});

describe('image pair: FLUX.2 Pro vs Imagen 4', () => {
  const result = compare(FLUX, IMAGEN);
  const [flux, imagen] = ['black-forest-labs/flux.2-pro', 'google/imagen-4'];

  it('a lead in points inside overlapping score intervals is a statistical tie', () => {
    // Arena 1150 [1140,1160] against 1145 [1136,1154]: the lead 5 ≤ √(10² + 9²) = 13.5, a statistical tie.
    expect(result.benchmarks[0]).toMatchObject({ outcome: 'STATISTICAL_TIE', winnerModelId: null, delta: -5 });
    // Quality 88.0 [71.5, 96.0] against 84.0 [66.0, 94.1]: the lead 4.0 is within the difference's 95%
    // half-width √((88.0 − 71.5)² + (94.1 − 84.0)²) = √(272.25 + 102.01) = 19.35, so 88.0 vs 84.0 decides
    // nothing; the tied shared benchmark is listed beside it.
    expect(signal(result, 'BENCHMARKS')).toMatchObject({
      outcome: 'STATISTICAL_TIE',
      winnerModelId: null,
      delta: -4, // 84.0 − 88.0
      advantage: null,
      statisticallyTiedOn: ['lmarena-text-to-image'],
      tieReason:
        "the best value, black-forest-labs/flux.2-pro 88.0 (71.5–96.0), is not separated from google/imagen-4 84.0 (66.0–94.1): its lead over google/imagen-4, 4.0, is within the difference's 95% interval of ±19.3, so the evidence cannot order them",
    });
    // Overall 86.0 [70.4, 93.6] against 82.0 [66.8, 91.2]: 4.0 ≤ √(15.6² + 9.2²) = 18.1, tied too.
    expect(result.overall).toMatchObject({ outcome: 'STATISTICAL_TIE', winnerModelId: null, delta: -4 });
  });

  it('limits that do not apply are null, not 0, and decide nothing', () => {
    expect(signal(result, 'CONTEXT_WINDOW')).toMatchObject({ outcome: 'MISSING_DATA', differs: false });
    expect(result.parameters.contextTokens.cells).toEqual([
      { modelId: flux, value: null, reason: 'NOT_APPLICABLE' },
      { modelId: imagen, value: null, reason: 'NOT_APPLICABLE' },
    ]);
    expect(result.parameters.contextTokens.differs).toBe(false);
    // Input modalities: [image, text] vs [text].
    expect(result.parameters.inputModalities.differs).toBe(true);
  });

  it('tally: capabilities (tie), pricing, recency, benchmarks (statistical tie) are comparable', () => {
    // Capabilities on the flags both state (image output yes, reasoning no): 1 of 2 each, 50.0 = 50.0.
    expect(signal(result, 'CAPABILITIES')).toMatchObject({ outcome: 'TIE', commonFlags: ['reasoning', 'imageOutput'] });
    expect(result.tally.map((t) => [t.wins, t.comparable])).toEqual([
      [2, 4], // pricing 70.0 > 55.5, recency 90.0 > 80.0
      [0, 4],
    ]);
  });

  it('per-image costs compare: $60 − $40 = $20/month, $240/year, 20/60 = 33.3%', () => {
    const fluxRow = result.costs.rows[0]!;
    expect(fluxRow.baselineModelId).toBe(imagen);
    expect([fluxRow.savings!.monthly.formatted, fluxRow.savings!.yearly.formatted, fluxRow.savings!.percent]).toEqual(['$20.00', '$240.00', 33.3]);
    // $40 / 86.0 = $0.4651162… → $0.465116.
    expect(fluxRow.costPerQualityPoint!.usd).toBe('0.465116');
  });

  it('verdicts: no quality verdict on a statistical tie, no long-context verdict without a context window', () => {
    expect(verdicts(result)).toEqual({
      QUALITY: ['STATISTICAL_TIE', null],
      COST: ['WINNER', flux],
      VALUE: ['WINNER', flux], // $0.465 < $60 / 82.0 = $0.732
      LONG_CONTEXT: ['MISSING_DATA', null],
      RECENCY: ['WINNER', flux], // 2025-11-20 > 2025-05-20
    });
  });

  it('image generation fit: 0.7 × benchmarks + 0.3 × recency', () => {
    // FLUX 61.6 + 27 = 88.6; Imagen 58.8 + 24 = 82.8.
    const fit = useCase(result, 'IMAGE_GENERATION');
    expect(fit.fits.map((f) => f.fit)).toEqual([88.6, 82.8]);
    expect(fit.winnerModelId).toBe(flux);
  });

  it('summary', () => {
    expect(result.summary.text).toBe(
      'The overall scores (FLUX.2 Pro 86.0, Imagen 4 82.0) are statistically tied: the leader’s lead is within the confidence interval of their difference, so the evidence cannot order the models. ' +
        'Signal wins (of the comparable ones): FLUX.2 Pro 2 of 4, Imagen 4 0 of 4. ' +
        'Monthly cost at this usage: FLUX.2 Pro $40.00, Imagen 4 $60.00. ' +
        'FLUX.2 Pro saves $20.00 a month ($240.00 a year, 33.3%) against Imagen 4. ' +
        'Best for cost: FLUX.2 Pro; value: FLUX.2 Pro; recency: FLUX.2 Pro.',
    );
  });
});

describe('text model vs image model: GPT-5.4 vs FLUX.2 Pro', () => {
  const result = compare(GPT, FLUX);
  const [gpt, flux] = ['openai/gpt-5.4', 'black-forest-labs/flux.2-pro'];

  it('peer-group-relative signals are not set against each other; absolute ones are', () => {
    // Capabilities and recency are absolute. The one flag both state is vision input (FLUX's function
    // calling and structured output do not apply to a model that writes no text): both true, 100.0 − 100.0 = 0, a tie.
    expect(signal(result, 'CAPABILITIES')).toMatchObject({ outcome: 'TIE', winnerModelId: null, delta: 0, commonFlags: ['visionInput'] });
    // 90.0 − 88.1 = 1.9.
    expect(signal(result, 'RECENCY')).toMatchObject({ outcome: 'WINNER', winnerModelId: flux, delta: 1.9 });
    for (const key of ['PRICING', 'BENCHMARKS'] as const) {
      expect(signal(result, key)).toMatchObject({ outcome: 'DIFFERENT_PEER_GROUPS', winnerModelId: null, delta: null });
    }
    expect(result.overall).toMatchObject({ outcome: 'DIFFERENT_PEER_GROUPS', winnerModelId: null, delta: null, advantage: null });
    expect(result.tally.map((t) => [t.wins, t.comparable])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('cost: per token vs per image is COST_NOT_COMPARABLE, with no savings and no ratio', () => {
    expect(result.costs.comparable).toBe(false);
    expect(result.costs.rows.map((r) => [r.notComparable, r.savings, r.baselineModelId])).toEqual([
      [{ code: 'COST_NOT_COMPARABLE', cause: 'DIFFERENT_PRICING_UNITS', pricingUnits: ['TOKEN'] }, null, null],
      [{ code: 'COST_NOT_COMPARABLE', cause: 'DIFFERENT_PRICING_UNITS', pricingUnits: ['IMAGE'] }, null, null],
    ]);
  });

  it('no context verdict: the image model has no context window (not applicable)', () => {
    expect(verdicts(result)).toEqual({
      QUALITY: ['DIFFERENT_PEER_GROUPS', null],
      COST: ['COST_NOT_COMPARABLE', null],
      VALUE: ['COST_NOT_COMPARABLE', null],
      LONG_CONTEXT: ['MISSING_DATA', null],
      RECENCY: ['WINNER', gpt], // 2026-03-05 > 2025-11-20
    });
    expect(result.parameters.contextTokens).toMatchObject({
      differs: true,
      cells: [
        { modelId: gpt, value: 400_000, reason: null },
        { modelId: flux, value: null, reason: 'NOT_APPLICABLE' },
      ],
    });
  });

  it('use cases: each model is NOT_SUITABLE outside its peer group', () => {
    expect(useCase(result, 'CODE_GENERATION')).toMatchObject({ outcome: 'WINNER', winnerModelId: gpt });
    expect(useCase(result, 'CODE_GENERATION').fits[1]).toMatchObject({
      fit: 0,
      level: 'NOT_SUITABLE',
      reasons: [expect.objectContaining({ code: 'PEER_GROUP', value: 'IMAGE_GENERATION' })],
    });
    expect(useCase(result, 'IMAGE_GENERATION')).toMatchObject({ outcome: 'WINNER', winnerModelId: flux });
  });

  it('summary says costs are not compared and claims no quality winner', () => {
    expect(result.summary.text).toBe(
      'The overall scores are not comparable: the models are in different peer groups. ' +
        'Signal wins (of the comparable ones): GPT-5.4 0 of 2, FLUX.2 Pro 1 of 2. ' +
        'Cost is not compared for GPT-5.4 (billed per token, FLUX.2 Pro per image) and FLUX.2 Pro (billed per image, GPT-5.4 per token). ' +
        'Best for recency: GPT-5.4.',
    );
  });
});

describe('web searches priced by one model only', () => {
  // With searches in the usage, one listing prices them (OpenRouter) and the other lists no search
  // price: only the first has a monthly cost, in units no other model here is billed in.
  const result = compareModels({
    models: [
      compared({ id: 'openai/gpt-5.4', name: 'GPT-5.4', monthlyMicroUsd: 53_000_000n, pricingUnits: ['TOKEN', 'WEB_SEARCH'] }),
      compared({ id: 'anthropic/claude-sonnet-4-6', name: 'Claude Sonnet 4.6', monthlyMicroUsd: null, pricingUnits: ['TOKEN'] }),
    ],
  });

  it('names the units in words, not as enum values', () => {
    expect(result.summary.text).toContain(
      'Cost is not compared for GPT-5.4 (billed per token and web search, and no other model here has a known cost) and Claude Sonnet 4.6 (price unknown at this usage).',
    );
  });
});
