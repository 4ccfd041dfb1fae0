/**
 * models.dev: `api.json` (provider → served models, prices in USD per million tokens as JSON numbers),
 * `models.json` (provider-agnostic `lab/model` entries with benchmarks) and `history.json` (dated
 * added/updated/removed events per provider listing). The file's shape says which one it is.
 */
import { z } from 'zod';
import { MODALITIES } from '../../domain/catalog.ts';
import { FileFormatError, type ParsedSourceFile, parseJsonFile, validateRecords } from './source-file.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected a date YYYY-MM[-DD]');
const usdPerMTok = z.number().finite().nonnegative('a price cannot be negative');
const tokenCostFields = {
  input: usdPerMTok.optional(),
  output: usdPerMTok.optional(),
  cache_read: usdPerMTok.optional(),
  cache_write: usdPerMTok.optional(),
  reasoning: usdPerMTok.optional(),
  input_audio: usdPerMTok.optional(),
  output_audio: usdPerMTok.optional(),
  // Spellings a few providers use for cache prices.
  cache_input: usdPerMTok.optional(),
  cached_input: usdPerMTok.optional(),
  cached_write: usdPerMTok.optional(),
};
const costSchema = z.object({
  ...tokenCostFields,
  image: usdPerMTok.optional(),
  request: usdPerMTok.optional(),
  context_over_200k: z.object(tokenCostFields).optional(),
  tiers: z.array(z.object({ ...tokenCostFields, tier: z.object({ size: z.number().int().positive() }) })).optional(),
});
export type ModelsDevCost = z.infer<typeof costSchema>;
export type ModelsDevTokenCosts = Pick<ModelsDevCost, keyof typeof tokenCostFields>;

const tokens = z.number().int().nonnegative();
const limitSchema = z.object({ context: tokens, input: tokens.optional(), output: tokens.optional() });
const modalitiesSchema = z.object({ input: z.array(z.enum(MODALITIES)), output: z.array(z.enum(MODALITIES)) });

const modelFields = {
  name: z.string().min(1),
  family: z.string().optional(),
  attachment: z.boolean().optional(),
  reasoning: z.boolean().optional(),
  tool_call: z.boolean().optional(),
  structured_output: z.boolean().optional(),
  temperature: z.boolean().optional(),
  open_weights: z.boolean().optional(),
  knowledge: isoDay.optional(),
  release_date: isoDay.optional(),
  last_updated: isoDay.optional(),
  modalities: modalitiesSchema.optional(),
  limit: limitSchema.optional(),
};

export const listingSchema = z.object({
  id: z.string().min(1),
  ...modelFields,
  cost: costSchema.optional(),
  status: z.enum(['alpha', 'beta', 'deprecated']).optional(),
  base_model: z.string().optional(),
});
export type ModelsDevListing = z.infer<typeof listingSchema>;

export const providerSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  doc: z.string().optional(),
});
export type ModelsDevProvider = z.infer<typeof providerSchema>;

/** An api.json record: a provider, or one of its listings. */
export type ApiRecord = { provider: ModelsDevProvider } | { providerId: string; listing: ModelsDevListing };

const benchmarkSchema = z.object({
  name: z.string().min(1),
  score: z.number().finite(),
  metric: z.string().optional(),
  source: z.string().optional(),
  date: isoDay.optional(),
  dataset: z.union([z.string(), z.number()]).optional(),
  harness: z.union([z.string(), z.number()]).optional(),
  variant: z.union([z.string(), z.number()]).optional(),
  version: z.union([z.string(), z.number()]).optional(),
});
export const canonicalModelSchema = z.object({
  id: z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'expected a lab/model id'),
  ...modelFields,
  license: z.string().optional(),
  benchmarks: z.array(benchmarkSchema).optional(),
});
export type ModelsDevModel = z.infer<typeof canonicalModelSchema>;
export type ModelsDevBenchmark = z.infer<typeof benchmarkSchema>;

export const historyEventSchema = z.object({
  date: isoDay,
  provider: z.string().min(1),
  model: z.string().min(1),
  change: z.enum(['added', 'updated', 'removed']),
  values: z
    .object({
      // null: the field was removed from the listing at that date.
      cost: costSchema.nullable().optional(),
      limit: limitSchema.nullable().optional(),
      modalities: modalitiesSchema.nullable().optional(),
      release_date: isoDay.nullable().optional(),
      reasoning: z.boolean().nullable().optional(),
      tool_call: z.boolean().nullable().optional(),
      attachment: z.boolean().nullable().optional(),
      open_weights: z.boolean().nullable().optional(),
    })
    .optional(),
});
export type ModelsDevHistoryEvent = z.infer<typeof historyEventSchema>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const listingRecordSchema = z.object({ providerId: z.string(), listing: listingSchema });

function parseApi(name: string, data: Record<string, unknown>): ParsedSourceFile {
  const providers: [string, unknown][] = [];
  const listings: [string, unknown][] = [];
  for (const [providerId, provider] of Object.entries(data)) {
    if (!isObject(provider) || !isObject(provider.models)) {
      throw new FileFormatError(name, `provider ${JSON.stringify(providerId)} has no "models" object; not a models.dev api.json`);
    }
    providers.push([`provider:${providerId}`, { provider: { id: providerId, name: provider.name, doc: provider.doc } }]);
    for (const [modelId, listing] of Object.entries(provider.models)) {
      listings.push([`${providerId}/${modelId}`, { providerId, listing: isObject(listing) ? { ...listing, id: modelId } : listing }]);
    }
  }
  const ofProviders = validateRecords(providers, z.object({ provider: providerSchema }), 'providers');
  const ofListings = validateRecords(listings, listingRecordSchema, 'offerings');
  return {
    name,
    kind: 'models-dev/api',
    records: [...ofProviders.records, ...ofListings.records],
    rejected: [...ofProviders.rejected, ...ofListings.rejected],
  };
}

export function parseModelsDevFile(name: string, text: string): ParsedSourceFile {
  const data = parseJsonFile(name, text);
  if (!isObject(data) || Object.keys(data).length === 0) {
    throw new FileFormatError(name, 'expected a models.dev JSON object (api.json, models.json or history.json)');
  }
  if (Array.isArray(data.events) && Array.isArray(data.snapshots)) {
    const entries = data.events.map((event, index): [string, unknown] =>
      isObject(event) ? [`${String(event.date)}|${String(event.provider)}/${String(event.model)}`, event] : [`#${index}`, event],
    );
    return { name, kind: 'models-dev/history', ...validateRecords(entries, historyEventSchema, 'priceEvents') };
  }
  const values = Object.values(data);
  if (values.every((value) => isObject(value) && isObject(value.models))) return parseApi(name, data);
  if (Object.keys(data).every((key) => key.includes('/')) && values.every(isObject)) {
    const entries = Object.entries(data).map(([id, model]): [string, unknown] => [id, { ...(model as object), id }]);
    return { name, kind: 'models-dev/models', ...validateRecords(entries, canonicalModelSchema, 'models') };
  }
  throw new FileFormatError(
    name,
    'not a models.dev file: expected api.json (provider → {models}), models.json (lab/model → model) or history.json ({snapshots, events})',
  );
}
