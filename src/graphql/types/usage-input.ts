import { DEFAULT_USAGE_TEXT } from '../../domain/cost/usage.ts';
import { builder } from '../builder.ts';

/**
 * The workload to price. Validated with the cost engine's own zod schema, so the API accepts
 * exactly what the engine accepts; a bad field is BAD_USER_INPUT naming `usage.<field>`.
 */
export const UsageInputRef = builder.inputType('UsageInput', {
  description:
    `${DEFAULT_USAGE_TEXT}. Give requests per day OR per month; tokens per request (+ inputShare) ` +
    'OR input and output tokens per request; images per request OR per month.',
  fields: (t) => ({
    requestsPerDay: t.float({ description: 'A month is 365/12 days.' }),
    requestsPerMonth: t.float(),
    tokensPerRequest: t.float({ description: 'Input + output text tokens of one request, split by inputShare.' }),
    inputShare: t.float({ description: '0..1, share of tokensPerRequest that is input (default 0.6).' }),
    inputTokensPerRequest: t.float(),
    outputTokensPerRequest: t.float(),
    cachedInputShare: t.float({ description: '0..1, share of input tokens read from the prompt cache.' }),
    cacheWriteShare: t.float({
      description:
        '0..1, share of input tokens written to the prompt cache (billed at the cache-write price). cachedInputShare + cacheWriteShare is at most 1.',
    }),
    reasoningTokensPerRequest: t.float({ description: 'Hidden reasoning tokens, in addition to the output tokens.' }),
    inputAudioTokensPerRequest: t.float(),
    outputAudioTokensPerRequest: t.float(),
    imagesPerRequest: t.float({ description: 'Generated images per request (image models).' }),
    imagesPerMonth: t.float(),
    webSearchesPerRequest: t.float({
      description: 'Web searches the model runs per request, billed per search at the offering’s web-search price (unknown, not 0, where none is listed).',
    }),
  }),
});
