import { describe, expect, it } from 'vitest';
import { IdentityIndex, parseListingId, snapshotBaseKey, spellingKey } from '../../src/ingest/identity.ts';
import { loadSeedTables } from '../../src/ingest/tables.ts';
import { seedCatalogBuilt } from './helpers.ts';

const catalog = seedCatalogBuilt();
const offering = (id: string) => {
  const found = catalog.offerings.find((o) => o.id === id);
  if (!found) throw new Error(`no offering ${id} in the seed data`);
  return found;
};

describe('identity: real listings land on the right canonical model', () => {
  // Each row: an offering id from the seed data and the model it certainly is (written by hand).
  const cases: [string, string][] = [
    ['openrouter/anthropic/claude-opus-4.5', 'anthropic/claude-opus-4-5'],
    ['anthropic/claude-opus-4-5', 'anthropic/claude-opus-4-5'],
    ['anthropic/claude-opus-4-5-20251101', 'anthropic/claude-opus-4-5'],
    ['amazon-bedrock/us.anthropic.claude-opus-4-5-20251101-v1:0', 'anthropic/claude-opus-4-5'],
    ['amazon-bedrock/global.anthropic.claude-opus-4-5-20251101-v1:0', 'anthropic/claude-opus-4-5'],
    ['amazon-bedrock/eu.anthropic.claude-sonnet-4-6', 'anthropic/claude-sonnet-4-6'],
    ['amazon-bedrock/anthropic.claude-opus-4-6-v1', 'anthropic/claude-opus-4-6'],
    ['google-vertex/claude-opus-4-6@default', 'anthropic/claude-opus-4-6'],
    ['google-vertex-anthropic/claude-opus-4@20250514', 'anthropic/claude-opus-4-0'],
    ['google-vertex/claude-opus-4-5@20251101', 'anthropic/claude-opus-4-5'],
    ['github-copilot/claude-opus-4.5', 'anthropic/claude-opus-4-5'],
    ['openrouter/openai/gpt-4o-mini-2024-07-18', 'openai/gpt-4o-mini'],
    ['openrouter/anthropic/claude-opus-4.7-fast', 'anthropic/claude-opus-4-7'],
    ['inceptron/moonshotai/Kimi-K2.6-Fast', 'moonshotai/kimi-k2.6'],
    ['openrouter/x-ai/grok-4.3', 'xai/grok-4.3'],
    ['openrouter/z-ai/glm-5.1', 'zhipuai/glm-5.1'],
    ['openrouter/qwen/qwen3-max', 'alibaba/qwen3-max'],
    ['openrouter/meta-llama/llama-3.3-70b-instruct', 'meta/llama-3.3-70b-instruct'],
    ['amazon-bedrock/meta.llama3-3-70b-instruct-v1:0', 'meta/llama-3.3-70b-instruct'],
    ['openrouter/deepseek/deepseek-v4-flash:free', 'deepseek/deepseek-v4-flash'],
    ['cloudflare-ai-gateway/anthropic/claude-opus-4-7', 'anthropic/claude-opus-4-7'],
    ['kimi-for-coding/k2p5', 'moonshotai/kimi-k2.5'],
    ['ollama-cloud/gpt-oss:120b', 'openai/gpt-oss-120b'],
    ['openrouter/openai/gpt-5-chat', 'openai/gpt-5-chat-latest'],
    ['azure/gpt-4.1', 'openai/gpt-4.1'],
    ['openrouter/anthropic/claude-3.5-haiku', 'anthropic/claude-3-5-haiku-20241022'],
    ['gitlab/duo-chat-gpt-5-1', 'openai/gpt-5.1'],
  ];
  it.each(cases)('%s → %s', (offeringId, modelId) => {
    expect(offering(offeringId).modelId).toBe(modelId);
  });

  it('maps LMArena display names through the alias table and exact names', () => {
    const arena = (sourceId: string) => catalog.benchmarkResults.find((r) => r.provenance.sourceId === sourceId)?.modelId;
    expect(arena('lmarena-text:Claude Opus 4 (20250514)')).toBe('anthropic/claude-opus-4-0');
    expect(arena('lmarena-text:GPT-4.1-2025-04-14')).toBe('openai/gpt-4.1');
    expect(arena('lmarena-text:o3-2025-04-16')).toBe('openai/o3');
    expect(arena('lmarena-text:GLM-4.5')).toBe('zhipuai/glm-4.5');
    expect(arena('lmarena-image:GPT-Image-1')).toBe('openai/gpt-image-1');
  });

  it('the three spellings of Claude Opus 4.5 are one model with the others as aliases', () => {
    const model = catalog.models.find((m) => m.id === 'anthropic/claude-opus-4-5')!;
    expect(model.aliases).toContain('anthropic/claude-opus-4.5');
    expect(model.aliases).toContain('claude-opus-4-5-20251101');
    expect(catalog.models.some((m) => m.id === 'anthropic/claude-opus-4-5-20251101')).toBe(false);
  });
});

describe('identity: the rules added for hosts, lab-name prefixes and version spellings', () => {
  // Each row: an offering id from the seed data and the model it certainly is (written by hand).
  const cases: [string, string][] = [
    // The lab's name before the model's is a wrapper.
    ['digitalocean/openai-gpt-image-1', 'openai/gpt-image-1'],
    ['digitalocean/anthropic-claude-opus-4.5', 'anthropic/claude-opus-4-5'],
    ['github-models/meta/meta-llama-3.1-8b-instruct', 'meta/llama-3.1-8b-instruct'],
    ['azure/cohere-command-a', 'cohere/command-a-03-2025'],
    // A word and its version with or without a hyphen.
    ['alibaba-cn/qwen2-5-coder-32b-instruct', 'alibaba/qwen-2.5-coder-32b-instruct'],
    ['cortecs/claude-opus4-8', 'anthropic/claude-opus-4-8'],
    ['openrouter/qwen/qwen-2.5-72b-instruct', 'alibaba/qwen2-5-72b-instruct'],
    ['openrouter/upstage/solar-pro-3', 'upstage/solar-pro3'],
    // Hosts' listings under the namespace of a lab with no API of its own create its models.
    ['vercel/bfl/flux-pro-1.1', 'black-forest-labs/flux-pro-1.1'],
    ['nvidia/black-forest-labs/flux.1-dev', 'black-forest-labs/flux.1-dev'],
    ['vercel/bfl/flux-2-klein-4b', 'black-forest-labs/flux-2-klein-4b'],
    ['nvidia/black-forest-labs/flux_2-klein-4b', 'black-forest-labs/flux-2-klein-4b'],
    ['nearai/black-forest-labs/FLUX.2-klein-4B', 'black-forest-labs/flux-2-klein-4b'],
    ['vercel/recraft/recraft-v3', 'recraft/recraft-v3'],
    ['github-models/microsoft/phi-3-mini-4k-instruct', 'microsoft/phi-3-mini-4k-instruct'],
    ['azure/phi-3-mini-4k-instruct', 'microsoft/phi-3-mini-4k-instruct'],
    // The alias table's merges of names that normalise alike.
    ['openrouter/moonshotai/kimi-k2', 'moonshotai/kimi-k2-0711-preview'],
    ['openrouter/google/gemini-2.0-flash-001', 'google/gemini-2.0-flash'],
    ['openrouter/mistralai/mistral-medium-3.1', 'mistral/mistral-medium-2508'],
    ['vercel/mistral/mistral-medium', 'mistral/mistral-medium-2508'],
    // A model known from LMArena never takes a listing that another source's model is.
    ['nebius/nvidia/Llama-3_1-Nemotron-Ultra-253B-v1', 'nvidia/llama-3.1-nemotron-ultra-253b'],
    ['scaleway/pixtral-12b-2409', 'mistral/pixtral-12b'],
  ];
  it.each(cases)('%s → %s', (offeringId, modelId) => {
    expect(offering(offeringId).modelId).toBe(modelId);
  });

  it('keeps the spelling a merged model had as an alias (OpenRouter qwen/… as alibaba/…)', () => {
    expect(catalog.models.find((m) => m.id === 'alibaba/qwen2-5-72b-instruct')?.aliases).toContain('alibaba/qwen-2.5-72b-instruct');
  });

  it.each([
    // A lab with its own API says which models it has: a host's other names for them stay unmapped.
    ['poe/anthropic/claude-haiku-3', /no canonical model anthropic\/claude-haiku-3/],
    ['vercel/google/imagen-4.0-generate-001', /no canonical model google\/imagen-4\.0-generate-001/],
    ['google-vertex/meta/llama-3.3-70b-instruct-maas', /differs from meta\/llama-3\.3-70b-instruct by its last word 'maas'/],
    // A host that is not a lab, and a serving variant: not certain.
    ['vercel/prodia/flux-fast-schnell', /no canonical model prodia\/flux-fast-schnell/],
  ])('%s stays unmapped with a reason', (offeringId, reason) => {
    const found = offering(offeringId);
    expect(found.modelId).toBeNull();
    expect(found.unmappedReason).toMatch(reason);
  });
});

describe('identity: different models stay apart', () => {
  const apart: [string, string][] = [
    ['openrouter/openai/gpt-5-mini', 'openai/gpt-5-mini'],
    ['openai/gpt-5-nano', 'openai/gpt-5-nano'],
    ['openrouter/openai/gpt-5-pro', 'openai/gpt-5-pro'],
    ['openrouter/google/gemini-2.5-flash-lite', 'google/gemini-2.5-flash-lite'],
    ['openrouter/meta-llama/llama-3.1-8b-instruct', 'meta/llama-3.1-8b-instruct'],
    ['openrouter/deepseek/deepseek-r1-distill-llama-70b', 'deepseek/deepseek-r1-distill-llama-70b'],
    ['openrouter/qwen/qwen3-next-80b-a3b-thinking', 'alibaba/qwen3-next-80b-a3b-thinking'],
    ['openrouter/x-ai/grok-4-fast', 'xai/grok-4-fast'],
    ['anthropic/claude-3-5-sonnet-20240620', 'anthropic/claude-3-5-sonnet-20240620'],
    ['openrouter/thedrummer/cydonia-24b-v4.1', 'thedrummer/cydonia-24b-v4.1'],
  ];
  it.each(apart)('%s is its own model %s', (offeringId, modelId) => {
    expect(offering(offeringId).modelId).toBe(modelId);
  });

  it.each([
    ['openrouter/qwen/qwen-plus-2025-07-28:thinking', /:thinking/],
    ['302ai/claude-opus-4-1-20250805-thinking', /no unique canonical model/],
    ['openrouter/~anthropic/claude-opus-latest', /floating alias/],
    ['openrouter/openrouter/auto', /not a model/],
    ['atomic-chat/gemma-4-E4B-it-MLX-4bit', /no unique canonical model/],
  ])('%s stays unmapped with a reason', (offeringId, reason) => {
    const found = offering(offeringId);
    expect(found.modelId).toBeNull();
    expect(found.unmappedReason).toMatch(reason);
  });

  it('an LMArena reasoning-budget name ("thinking-16k") is the model run with that budget, not a new model', () => {
    const results = catalog.benchmarkResults.filter((r) => r.provenance.sourceId === 'lmarena-text:Claude Opus 4 (thinking-16k)');
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result).toMatchObject({ modelId: 'anthropic/claude-opus-4-0', configuration: 'thinking-16k', release: null });
    expect(catalog.models.some((m) => /thinking-16k/.test(m.id))).toBe(false);
  });
});

describe('identity rules (pure)', () => {
  const table = loadSeedTables().aliases;
  it('normalises spelling but never words', () => {
    expect(spellingKey('claude-opus-4.5')).toBe(spellingKey('claude-opus-4-5'));
    expect(snapshotBaseKey('gpt-5-2025-08-07')).toBe('gpt-5');
    expect(snapshotBaseKey('claude-sonnet-4-20250514')).toBe('claude-sonnet-4');
    expect(snapshotBaseKey('mistral-large-2411')).toBe('mistral-large-2411');
    expect(spellingKey('gpt-5-mini')).not.toBe(spellingKey('gpt-5'));
  });

  it('strips Bedrock region and version wrappers, Vertex pins and provider prefixes', () => {
    const parsed = (id: string) => {
      const result = parseListingId(id, table);
      if (!result.ok) throw new Error(result.reason);
      return result.id;
    };
    expect(parsed('apac.anthropic.claude-sonnet-4-20250514-v1:0')).toMatchObject({ labId: 'anthropic', modelPart: 'claude-sonnet-4-20250514', dated: true });
    expect(parsed('claude-opus-4-6@default')).toMatchObject({ labId: null, modelPart: 'claude-opus-4-6', dated: false });
    expect(parsed('workers-ai/@cf/meta/llama-3.3-70b-instruct')).toMatchObject({ labId: 'meta', modelPart: 'llama-3.3-70b-instruct' });
    expect(parsed('accounts/fireworks/models/kimi-k2p5')).toMatchObject({ labId: null, foreignNamespace: null, modelPart: 'kimi-k2p5' });
    expect(parsed('deepseek/deepseek-r1:free')).toMatchObject({ labId: 'deepseek', freeTier: true, modelPart: 'deepseek-r1' });
  });

  it('a dated snapshot maps only to the undated model, never to another snapshot', () => {
    const index = new IdentityIndex([{ id: 'anthropic/claude-3-5-sonnet-20241022', labId: 'anthropic', aliases: [] }], table);
    expect(index.resolve({ providerId: 'x', rawId: 'anthropic/claude-3-5-sonnet-20240620', providerLabId: null }).modelId).toBeNull();
    expect(index.resolve({ providerId: 'x', rawId: 'anthropic/claude-3.5-sonnet', providerLabId: null }).modelId).toBe('anthropic/claude-3-5-sonnet-20241022');
  });

  it('ignores a base_model that names a word the id lacks', () => {
    const index = new IdentityIndex([{ id: 'mistral/mistral-small-2603', labId: 'mistral', aliases: [] }], table);
    expect(
      index.resolve({ providerId: 'azure', rawId: 'mistral-small-2503', providerLabId: null, baseModel: 'mistral/mistral-small-2603' }).modelId,
    ).toBeNull();
  });
});
