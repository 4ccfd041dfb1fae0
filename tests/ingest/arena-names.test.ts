/**
 * LMArena display names, rule by rule (README "Arena names"), against the catalog the seed files
 * build. Every expected model is what the sources say the name is, written by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseArenaName } from '../../src/ingest/build/arena.ts';
import { buildCatalog } from '../../src/ingest/build/catalog.ts';
import { displayNameSlug } from '../../src/ingest/identity.ts';
import { parseImportFiles } from '../../src/ingest/import.ts';
import { mergeSourceFile, type SourceSet } from '../../src/ingest/sources.ts';
import { loadSeedTables } from '../../src/ingest/tables.ts';
import { seedCatalogBuilt } from './helpers.ts';

const catalog = seedCatalogBuilt();
const model = (id: string) => {
  const found = catalog.models.find((m) => m.id === id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
};
/** The results of one arena row, e.g. `lmarena-text:Claude Opus 4 (thinking-16k)`. */
const resultsOf = (sourceId: string) => catalog.benchmarkResults.filter((result) => result.provenance.sourceId === sourceId);
const resolved = (sourceId: string) => {
  const results = resultsOf(sourceId);
  if (results.length === 0) throw new Error(`no result from ${sourceId}`);
  const { modelId, configuration, release } = results.at(-1)!;
  return { modelId, configuration, release };
};

describe('reading a display name (pure)', () => {
  it.each([
    ['ChatGPT-4o-latest (2025-03-26)', { base: 'ChatGPT-4o-latest', release: { written: '2025-03-26', iso: '2025-03-26' }, configuration: null }],
    ['Claude 3.5 Sonnet (20241022)', { base: 'Claude 3.5 Sonnet', release: { written: '20241022', iso: '2024-10-22' }, configuration: null }],
    ['Command R+ (04-2024)', { base: 'Command R+', release: { written: '04-2024', iso: '2024-04' }, configuration: null }],
    ['Claude Opus 4 (thinking-16k)', { base: 'Claude Opus 4', release: null, configuration: 'thinking-16k' }],
    ['FLUX.1 [dev] (fp8)', { base: 'FLUX.1 [dev]', release: null, configuration: 'fp8' }],
    ['Ideogram 3.0 (quality)', { base: 'Ideogram 3.0', release: null, configuration: 'quality' }],
    ['Step-1o-Vision-32k (highres)', { base: 'Step-1o-Vision-32k', release: null, configuration: 'highres' }],
    ['Meta-Llama-3.1-405B-Instruct-bf16', { base: 'Meta-Llama-3.1-405B-Instruct', release: null, configuration: 'bf16' }],
    ['Qwen3-235B-A22B-no-thinking', { base: 'Qwen3-235B-A22B', release: null, configuration: 'no-thinking' }],
    // A qualifier that is neither a date nor a run setting is part of the name.
    ['chocolate (Early Grok-3)', { base: 'chocolate (Early Grok-3)', release: null, configuration: null }],
    // -preview, -exp, -thinking stay words of the name.
    ['Gemini-2.5-Pro-Preview-05-06', { base: 'Gemini-2.5-Pro-Preview-05-06', release: null, configuration: null }],
    ['Gemini-2.5-Flash-Lite-Preview-06-17-Thinking', { base: 'Gemini-2.5-Flash-Lite-Preview-06-17-Thinking', release: null, configuration: null }],
  ])('%s', (name, expected) => {
    expect(parseArenaName(name)).toEqual(expected);
  });

  it.each([
    ['FLUX1.1 [pro]', 'flux1.1-pro'],
    ['FLUX.1 [dev]', 'flux-1-dev'],
    ['Command R+', 'command-r-plus'],
    ['MiniCPM-v 2_6', 'minicpm-v-2.6'],
    ['DALL·E 3', 'dall-e-3'],
    ['Seedream 3.0', 'seedream-3.0'],
  ])('spells %s as the id %s', (name, spelled) => {
    expect(displayNameSlug(name)).toBe(spelled);
  });
});

describe('arena names resolve to the model they name', () => {
  it.each([
    // A dated display name is a dated release of its model (no model has the date in its id).
    ['lmarena-text:ChatGPT-4o-latest (2025-03-26)', 'openai/chatgpt-4o-latest', null, '2025-03-26'],
    ['lmarena-text:ChatGPT-4o-latest (2024-09-03)', 'openai/chatgpt-4o-latest', null, '2024-09-03'],
    ['lmarena-text:Command R+ (04-2024)', 'cohere/command-r-plus', null, '2024-04'],
    // … unless the catalog has the dated model itself.
    ['lmarena-text:Claude 3.5 Sonnet (20241022)', 'anthropic/claude-3-5-sonnet-20241022', null, null],
    ['lmarena-text:Command R+ (08-2024)', 'cohere/command-r-plus-08-2024', null, null],
    // A reasoning budget, a precision, a quality mode: the model, run so.
    ['lmarena-text:Claude Opus 4 (thinking-16k)', 'anthropic/claude-opus-4-0', 'thinking-16k', null],
    ['lmarena-text:Claude Sonnet 4 (thinking-32k)', 'anthropic/claude-sonnet-4-0', 'thinking-32k', null],
    ['lmarena-text:Claude 3.7 Sonnet (thinking-32k)', 'anthropic/claude-3-7-sonnet-20250219', 'thinking-32k', null],
    ['lmarena-text:Qwen3-235B-A22B-no-thinking', 'alibaba/qwen3-235b-a22b', 'no-thinking', null],
    ['lmarena-text:Meta-Llama-3.1-405B-Instruct-bf16', 'meta/llama-3.1-405b-instruct', 'bf16', null],
    ['lmarena-image:FLUX.1 [dev] (fp8)', 'black-forest-labs/flux.1-dev', 'fp8', null],
    ['lmarena-image:Ideogram 3.0 (quality)', 'ideogram/ideogram-3.0', 'quality', null],
    // The display name of a model of the organisation's lab (Vercel: bfl/flux-pro-1.1 "FLUX1.1 [pro]").
    ['lmarena-image:FLUX1.1 [pro]', 'black-forest-labs/flux-pro-1.1', null, null],
    ['lmarena-image:FLUX-1-Kontext-Max', 'black-forest-labs/flux-kontext-max', null, null],
    ['lmarena-text:Aya-Expanse-32B', 'cohere/c4ai-aya-expanse-32b', null, null],
    ['lmarena-text:Gemini-2.5-Pro-Preview-06-05', 'google/gemini-2.5-pro-preview', null, null],
    // The listing rules: a lab's name before the model's, a word and its version with or without a hyphen.
    ['lmarena-text:Nvidia-Llama-3.3-Nemotron-Super-49B-v1.5', 'nvidia/llama-3.3-nemotron-super-49b-v1.5', null, null],
    ['lmarena-text:Meta-Llama-3.2-3B-Instruct', 'meta/llama-3.2-3b-instruct', null, null],
    ['lmarena-text:Qwen2.5-Coder-32B-Instruct', 'alibaba/qwen-2.5-coder-32b-instruct', null, null],
    ['lmarena-image:FLUX-1-Kontext-Dev', 'black-forest-labs/flux.1-kontext-dev', null, null],
    ['lmarena-text:GPT-4o-mini-2024-07-18', 'openai/gpt-4o-mini', null, null],
    // The alias table: renames on the board, spellings that are certainly the model.
    ['lmarena-text:Gemini-1.5-Pro-API-0514', 'google/gemini-1.5-pro-001', null, null],
    ['lmarena-text:Claude 3.5 Sonnet', 'anthropic/claude-3-5-sonnet-20240620', null, null],
    ['lmarena-image:Ideogram 2.0', 'ideogram/ideogram-v2', null, null],
    ['lmarena-text:Llama-3.1-Nemotron-Ultra-253B-v1', 'nvidia/llama-3.1-nemotron-ultra-253b', null, null],
  ])('%s → %s (configuration %s, release %s)', (sourceId, modelId, configuration, release) => {
    expect(resolved(sourceId)).toEqual({ modelId, configuration, release });
  });

  it('keeps -preview and -mini releases apart as models of their own, each reported as a near miss', () => {
    expect(resolved('lmarena-text:o1-preview').modelId).toBe('openai/o1-preview');
    expect(resolved('lmarena-text:o1-mini').modelId).toBe('openai/o1-mini');
    expect(resolved('lmarena-text:GPT-4.5-Preview').modelId).toBe('openai/gpt-4.5-preview');
    expect(resolved('lmarena-text:Gemini-2.5-Pro-Preview-05-06').modelId).toBe('google/gemini-2.5-pro-preview-05-06');
    expect(resolved('lmarena-text:Grok-3-Preview-02-24').modelId).toBe('xai/grok-3-preview-02-24');
    expect(catalog.nearMisses).toContainEqual(expect.objectContaining({ name: 'o1-mini', createdModelId: 'openai/o1-mini', nearModelId: 'openai/o1' }));
    expect(catalog.nearMisses).toContainEqual(expect.objectContaining({ name: 'o1-preview', createdModelId: 'openai/o1-preview', nearModelId: 'openai/o1' }));
  });

  it('never takes a generic display name for a model whose id pins another release ("Command R+" is not command-r-plus-08-2024)', () => {
    expect(resultsOf('lmarena-text:Command R+').every((result) => result.modelId === 'cohere/command-r-plus')).toBe(true);
  });

  it('makes every display name that resolves an alias model(id:) accepts', () => {
    for (const result of catalog.benchmarkResults.filter((r) => r.provenance.source === 'lmarena')) {
      const name = result.provenance.sourceId.slice(result.provenance.sourceId.indexOf(':') + 1);
      expect(model(result.modelId).aliases, name).toContain(name);
    }
  });
});

describe('models known only from a leaderboard', () => {
  it('enter the catalog with no offering, their lab from the row’s organisation', () => {
    expect(model('openai/gpt-4.5-preview')).toMatchObject({ name: 'GPT-4.5-Preview', labId: 'openai', availability: 'NOT_OFFERED', peerGroups: ['TEXT'] });
    expect(model('luma-ai/luma-photon')).toMatchObject({
      name: 'Luma Photon',
      labId: 'luma-ai',
      availability: 'NOT_OFFERED',
      peerGroups: ['IMAGE_GENERATION'],
    });
    expect(catalog.labs.find((lab) => lab.id === 'luma-ai')?.name).toBe('Luma AI');
    expect(catalog.offerings.some((offering) => offering.modelId === 'openai/gpt-4.5-preview')).toBe(false);
  });

  it('say what the board says: image models generate images and have no token limits, text models’ limits are unknown', () => {
    const seedream = model('bytedance/seedream-3.0');
    expect(seedream.modalities).toEqual({ input: ['text'], output: ['image'] });
    expect(seedream.capabilities).toMatchObject({ imageOutput: true, functionCalling: null });
    expect(seedream.limits.contextTokens).toEqual({ tokens: null, reason: 'NOT_APPLICABLE', provenance: null });
    // image.csv licence 'Proprietary'.
    expect(seedream).toMatchObject({ openWeights: false, license: 'Proprietary', releaseDate: null });
    const vision = model('stepfun/step-1v-32k');
    expect(vision.capabilities.visionInput).toBe(true);
    expect(vision.limits.contextTokens).toEqual({ tokens: null, reason: 'UNKNOWN', provenance: null });
  });

  it('take the listings that name them once no other source’s model is the listing (Azure o1-mini, GitHub Models o1-preview)', () => {
    const mappedTo = (offeringId: string) => catalog.offerings.find((offering) => offering.id === offeringId)?.modelId;
    expect(mappedTo('azure/o1-mini')).toBe('openai/o1-mini');
    expect(mappedTo('github-models/openai/o1-preview')).toBe('openai/o1-preview');
    expect(mappedTo('digitalocean/stable-diffusion-3.5-large')).toBe('stability-ai/stable-diffusion-3.5-large');
    expect(model('openai/o1-mini').availability).toBe('OFFERED');
  });

  it('never take a listing whose name names a version theirs lacks', () => {
    // nano-gpt's gemini-exp-1206 is named "Gemini 2.0 Pro 1206"; LMArena's model is "Gemini-Exp-1206".
    const offering = catalog.offerings.find((o) => o.id === 'nano-gpt/gemini-exp-1206')!;
    expect(offering.modelId).toBeNull();
    expect(offering.unmappedReason).toBe('its name "Gemini 2.0 Pro 1206" names 2.0, which google/gemini-exp-1206 (known from LMArena) does not');
  });
});

describe('the report', () => {
  const rows = (source: string) => catalog.sourceRows.find((counts) => counts.source === source)!;

  it.each(['lmarena/text', 'lmarena/vision', 'lmarena/image'])('resolves at least 95%% of the %s rows to a catalog model', (source) => {
    const { rows: total, mapped, created } = rows(source);
    expect((mapped + created) / total).toBeGreaterThanOrEqual(0.95);
  });

  it('counts every row of every source once: mapped + created + unmapped', () => {
    for (const counts of catalog.sourceRows) expect(counts.mapped + counts.created + counts.unmapped, counts.source).toBe(counts.rows);
    // image.csv has 19 rows; 11 name a model no listing names.
    expect(rows('lmarena/image')).toEqual({ source: 'lmarena/image', rows: 19, mapped: 8, created: 11, unmapped: 0 });
  });

  it('explains every suspected duplicate in seed/aliases.json', () => {
    expect(catalog.suspectedDuplicates.length).toBeGreaterThan(0);
    for (const suspect of catalog.suspectedDuplicates) expect(suspect.explanation, suspect.modelIds.join(' = ')).not.toBeNull();
  });
});

describe('rows a model cannot be made of', () => {
  it('a row without an organisation, or whose name has no letter or digit, is reported unmapped, never a model with an empty id', () => {
    const csv = [
      'rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url',
      '1,1,Mystery Model,1000,+5/-5,100,,Proprietary,,',
      '2,2,???,990,+5/-5,100,Some Lab,Proprietary,,',
    ].join('\n');
    const sources: SourceSet = {};
    for (const parsed of parseImportFiles('lmarena', [{ name: 'text.csv', text: csv }]))
      sources[parsed.kind] = mergeSourceFile(undefined, parsed, '2025-08-04');
    const built = buildCatalog(sources, loadSeedTables());
    expect(built.models).toEqual([]);
    expect(built.unmappedArenaNames.map((u) => [u.name, u.reason])).toEqual([
      ['???', 'no organisation or no name to make a model id of'],
      ['Mystery Model', 'no organisation or no name to make a model id of'],
    ]);
  });
});
