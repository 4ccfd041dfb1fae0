/** OpenRouter's `/api/v1/models` response: `{data: [...]}`, prices in USD per token as decimal strings. */
import { z } from 'zod';
import { MODALITIES } from '../../domain/catalog.ts';
import { FileFormatError, type ParsedSourceFile, parseJsonFile, validateRecords } from './source-file.ts';

/** OpenRouter writes "-1" for a price it does not know. */
export const UNKNOWN_PRICE_SENTINEL = '-1';

const priceText = z
  .string()
  .refine(
    (text) => text === UNKNOWN_PRICE_SENTINEL || /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()),
    'a price must be a non-negative decimal string (or "-1" for unknown)',
  );
const tokens = z.number().int().nonnegative();

export const openRouterModelSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  created: z.number().int().nonnegative().optional(),
  context_length: tokens.nullable().optional(),
  architecture: z.object({
    input_modalities: z.array(z.enum(MODALITIES)),
    output_modalities: z.array(z.enum(MODALITIES)),
  }),
  pricing: z.object({
    prompt: priceText.optional(),
    completion: priceText.optional(),
    input_cache_read: priceText.optional(),
    input_cache_write: priceText.optional(),
    internal_reasoning: priceText.optional(),
    audio: priceText.optional(),
    image: priceText.optional(),
    request: priceText.optional(),
    web_search: priceText.optional(),
  }),
  top_provider: z.object({ context_length: tokens.nullable().optional(), max_completion_tokens: tokens.nullable().optional() }).optional(),
  supported_parameters: z.array(z.string()).optional(),
  knowledge_cutoff: z.string().nullable().optional(),
});
export type OpenRouterModel = z.infer<typeof openRouterModelSchema>;

export function parseOpenRouterFile(name: string, text: string): ParsedSourceFile {
  const data = parseJsonFile(name, text);
  const list = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { data?: unknown }).data : undefined;
  if (!Array.isArray(list)) throw new FileFormatError(name, 'not an OpenRouter /api/v1/models response: expected {"data": [...]}');
  const entries = list.map((model, index): [string, unknown] => {
    const id = typeof model === 'object' && model !== null ? (model as { id?: unknown }).id : undefined;
    return [typeof id === 'string' ? id : `#${index}`, model];
  });
  return { name, kind: 'openrouter/models', ...validateRecords(entries, openRouterModelSchema, 'offerings') };
}
