/** Each trap named in the data README, as its own test against the catalog the seed files build. */
import { describe, expect, it } from 'vitest';
import { parseOpenRouterFile } from '../../src/ingest/formats/openrouter.ts';
import { seedCatalogBuilt } from './helpers.ts';

const catalog = seedCatalogBuilt();
const offering = (id: string) => catalog.offerings.find((o) => o.id === id)!;
const model = (id: string) => catalog.models.find((m) => m.id === id)!;

describe('data traps', () => {
  it('the same model under three ids (OpenRouter, models.dev, LMArena) is one model', () => {
    expect(offering('openrouter/anthropic/claude-opus-4.5').modelId).toBe('anthropic/claude-opus-4-5');
    expect(offering('anthropic/claude-opus-4-5').modelId).toBe('anthropic/claude-opus-4-5');
    const arena = catalog.benchmarkResults.find((r) => r.provenance.sourceId === 'lmarena-text:Claude Opus 4 (20250514)' && r.date === '2025-08-04')!;
    expect(arena.modelId).toBe('anthropic/claude-opus-4-0');
  });

  it('limit.context = 0 on an image model is "not applicable", not zero', () => {
    const image = offering('azure/gpt-image-1');
    expect(image.limits.contextTokens).toMatchObject({ tokens: null, reason: 'NOT_APPLICABLE' });
    expect(model('openai/gpt-image-1').peerGroup).toBe('IMAGE_GENERATION');
    expect(model('openai/gpt-image-1').limits.contextTokens).toMatchObject({ tokens: null, reason: 'NOT_APPLICABLE' });
    // A limit the source does not give (302ai lists context and output only) is unknown.
    expect(offering('302ai/MiniMax-M1').limits.inputTokens).toEqual({ tokens: null, reason: 'UNKNOWN', provenance: null });
    expect(offering('302ai/MiniMax-M1').limits.contextTokens.tokens).toBe(1_000_000);
  });

  it('a model that writes text and generates images is in both peer groups, the text group first', () => {
    expect(model('openai/gpt-5.4-image-2')).toMatchObject({ peerGroup: 'TEXT', peerGroups: ['TEXT', 'IMAGE_GENERATION'] });
    expect(model('google/gemini-2.5-flash-image').peerGroups).toEqual(['TEXT', 'IMAGE_GENERATION']);
    expect(model('openai/gpt-image-1').peerGroups).toEqual(['IMAGE_GENERATION']);
    // An embedding model is only an embedding model.
    expect(model('openai/text-embedding-3-large').peerGroups).toEqual(['EMBEDDING']);
  });

  it('per-token strings (OpenRouter) and per-million numbers (models.dev) give the same nano-USD', () => {
    // OpenRouter "0.00000125"/"0.00001" per token; OpenAI via models.dev 1.25/10 per million.
    for (const id of ['openrouter/openai/gpt-5', 'openai/gpt-5']) {
      expect(offering(id).price.tokens).toMatchObject({
        inputNanoUsdPerMTok: 1_250_000_000,
        outputNanoUsdPerMTok: 10_000_000_000,
        cacheReadNanoUsdPerMTok: 125_000_000,
      });
    }
  });

  it('"-1" and a missing price are unknown, never 0', () => {
    const router = offering('openrouter/openrouter/auto');
    expect(router.price.tokens.inputNanoUsdPerMTok).toBeNull();
    expect(router.price.kind).toBe('UNKNOWN');
    const noCost = offering('anyapi/anthropic/claude-haiku-4-5');
    expect(noCost.price.kind).toBe('UNKNOWN');
    expect(noCost.price.tokens.inputNanoUsdPerMTok).toBeNull();
  });

  it('variants of one model: dated snapshot, -fast, region prefix, @default', () => {
    expect(offering('anthropic/claude-sonnet-4-5-20250929').modelId).toBe('anthropic/claude-sonnet-4-5');
    expect(offering('openrouter/anthropic/claude-opus-4.7-fast').modelId).toBe('anthropic/claude-opus-4-7');
    expect(offering('amazon-bedrock/jp.anthropic.claude-sonnet-4-6').modelId).toBe('anthropic/claude-sonnet-4-6');
    expect(offering('google-vertex/claude-sonnet-4-6@default').modelId).toBe('anthropic/claude-sonnet-4-6');
  });

  it('0 is not free for subscription plans, local runtimes and trial tiers', () => {
    const plan = offering('zai-coding-plan/glm-4.5-air');
    expect(plan.price.kind).toBe('SUBSCRIPTION_PLAN');
    expect(plan.price.tokens.inputNanoUsdPerMTok).toBeNull();
    expect(offering('lmstudio/openai/gpt-oss-20b').price.kind).toBe('SELF_HOSTED');
    expect(offering('github-models/ai21-labs/ai21-jamba-1.5-large').price.kind).toBe('FREE_TIER');
    expect(offering('openrouter/deepseek/deepseek-v4-flash:free').price.kind).toBe('FREE_TIER');
    // On a pay-per-use provider a listed 0 is free per call.
    const free = offering('opencode/big-pickle');
    expect(free.price.kind).toBe('PAY_PER_USE');
    expect(free.price.tokens.inputNanoUsdPerMTok).toBe(0);
  });

  it('a listing the source marks as a free variant (`:free`, `-free`, "(free)") is a free tier, not a pay-per-use 0', () => {
    // models.dev lists these on pay-per-use providers at 0; the same variants on OpenRouter's own list are FREE_TIER.
    for (const id of [
      'kilo/poolside/laguna-m.1:free',
      'zenmux/moonshotai/kimi-k2.7-code-free',
      'llmgateway/claude-haiku-4-5-free',
      'aihubmix/xiaomi-mimo-v2.5-free',
    ]) {
      expect(offering(id).price).toMatchObject({ kind: 'FREE_TIER', tokens: { inputNanoUsdPerMTok: null, outputNanoUsdPerMTok: null } });
    }
    expect(offering('zenmux/moonshotai/kimi-k2.7-code-free').name).toBe('Kimi K2.7 Code (Free)');
  });

  it('prices keep their units: per image, per request, per search, long-context tiers', () => {
    const nanoBanana = offering('poe/google/nano-banana').price;
    expect(nanoBanana.imageOutputNanoUsdPerImage).toBe(21_000_000_000);
    expect(nanoBanana.tokens.inputNanoUsdPerMTok).toBe(210_000_000);
    expect(offering('perplexity/sonar-deep-research').price.requestNanoUsdPerRequest).toBe(5_000_000_000);
    expect(offering('openrouter/anthropic/claude-opus-4.7-fast').price.webSearchNanoUsdPerSearch).toBe(10_000_000);
    const tiered = offering('302ai/claude-opus-4-7').price;
    expect(tiered.tokens.inputNanoUsdPerMTok).toBe(5_000_000_000);
    expect(tiered.tiers).toEqual([
      expect.objectContaining({
        aboveInputTokens: 200_000,
        prices: expect.objectContaining({ inputNanoUsdPerMTok: 10_000_000_000, outputNanoUsdPerMTok: 37_500_000_000 }),
      }),
    ]);
  });

  it('a negative or non-numeric price rejects that record with its reason', () => {
    const file = JSON.stringify({
      data: [
        {
          id: 'a/ok',
          name: 'ok',
          architecture: { input_modalities: ['text'], output_modalities: ['text'] },
          pricing: { prompt: '0.000001', completion: '0.000002' },
        },
        { id: 'a/neg', name: 'neg', architecture: { input_modalities: ['text'], output_modalities: ['text'] }, pricing: { prompt: '-0.5', completion: '0' } },
        { id: 'a/nan', name: 'nan', architecture: { input_modalities: ['text'], output_modalities: ['text'] }, pricing: { prompt: 'free', completion: '0' } },
      ],
    });
    const parsed = parseOpenRouterFile('models.json', file);
    expect(parsed.records.map((r) => r.key)).toEqual(['a/ok']);
    expect(parsed.rejected).toEqual([
      expect.objectContaining({ key: 'a/neg', reason: expect.stringMatching(/pricing\.prompt: a price must be a non-negative decimal/) }),
      expect.objectContaining({ key: 'a/nan', reason: expect.stringMatching(/pricing\.prompt: a price must be a non-negative decimal/) }),
    ]);
  });

  it('every figure carries provenance with the source snapshot date', () => {
    expect(offering('openai/gpt-5').provenance).toEqual({
      source: 'models.dev',
      sourceId: 'openai/gpt-5',
      observedAt: '2026-07-02',
      selfReported: true,
      url: null,
    });
    expect(offering('azure/gpt-4.1').provenance.selfReported).toBe(false);
    expect(offering('openrouter/openai/gpt-5').provenance).toMatchObject({ source: 'openrouter', observedAt: '2026-07-02', selfReported: false });
  });

  it('the canonical offering is the lab’s own pay-per-use listing', () => {
    expect(model('openai/gpt-5').canonicalOfferingId).toBe('openai/gpt-5');
    expect(model('anthropic/claude-opus-4-5').canonicalOfferingId).toBe('anthropic/claude-opus-4-5');
    expect(model('openai/gpt-5').listPrice).toEqual({
      inputNanoUsdPerMTok: 1_250_000_000,
      outputNanoUsdPerMTok: 10_000_000_000,
      blendedNanoUsdPerMTok: 4_750_000_000,
    });
  });
});
