/**
 * Usage validation and resolution. `usageInputSchema` is the one set of rules: the GraphQL layer
 * validates arguments with it (@pothos/plugin-zod) and `resolveUsage` parses with it, so the API
 * can never accept a usage the engine rejects. The schema only validates (no transforms), so the
 * value Pothos passes on is the caller's own.
 */
import { z } from 'zod';
import { add, compare, fromNumber, mul, ONE, type Rational, rational, sub, ZERO } from '../money/rational.ts';
import { memoizedPerObject } from '../util/memoize.ts';
import type { ResolvedUsage, UsageInput } from './types.ts';

export const DEFAULT_REQUESTS_PER_DAY = 100;
export const DEFAULT_TOKENS_PER_REQUEST = 1_000;
export const DEFAULT_INPUT_SHARE = 0.6;

const percent = (share: number) => `${Math.round(share * 100)}%`;
/** The defaults in words, from the constants above (the API's UsageInput and the cost rules quote it). */
export const DEFAULT_USAGE_TEXT =
  `Defaults: ${DEFAULT_REQUESTS_PER_DAY} requests/day, ${DEFAULT_TOKENS_PER_REQUEST.toLocaleString('en-US')} tokens per request, ` +
  `${percent(DEFAULT_INPUT_SHARE)} input / ${percent(1 - DEFAULT_INPUT_SHARE)} output`;

/**
 * A reasoning model's hidden reasoning tokens when the usage does not say: one per visible output
 * token, i.e. half of the billed output is reasoning. Providers bill reasoning as output and report
 * it per request afterwards; it ranges from none to many times the answer, so no default is right,
 * but 0 is surely wrong for a model that always reasons. The estimate says it assumed them.
 */
export const DEFAULT_REASONING_TOKENS_PER_OUTPUT_TOKEN = 1;
export const REASONING_DEFAULT_RULE =
  `A reasoning model (capabilities.reasoning true) priced with a usage that gives no reasoningTokensPerRequest reasons ${DEFAULT_REASONING_TOKENS_PER_OUTPUT_TOKEN} hidden token per visible output token ` +
  '(half of its billed output), with a REASONING_TOKENS_ASSUMED warning; reasoningTokensPerRequest (0 included) replaces the assumption. A model not known to reason gets none.';

/** 365/12: a month is a twelfth of a 365-day year, so 12 months of daily usage are exactly 365 days. */
export const DAYS_PER_MONTH: Rational = rational(365n, 12n);
export const DAYS_PER_MONTH_RULE = 'A month is 365/12 = 30.41666… days (exact fraction): requests/month = requests/day × 365 / 12.';

// Beyond these sizes the input is a typo, not a workload; rejecting it also bounds the bigints.
export const MAX_TOKENS_PER_REQUEST = 1e9;
export const MAX_REQUESTS_PER_MONTH = 1e10;
export const MAX_REQUESTS_PER_DAY = 3e8;
export const MAX_IMAGES_PER_REQUEST = 1e4;
export const MAX_IMAGES_PER_MONTH = 1e10;
export const MAX_WEB_SEARCHES_PER_REQUEST = 1e4;

const amount = (max: number, unit: string) =>
  z
    .number({ error: `must be a finite number of ${unit}` })
    .nonnegative({ error: `must not be negative (${unit})` })
    .max(max, { error: `must be at most ${max.toExponential()} ${unit}` })
    .nullish();

const share = z
  .number({ error: 'must be a finite number between 0 and 1' })
  .min(0, { error: 'must be between 0 and 1' })
  .max(1, { error: 'must be between 0 and 1' })
  .nullish();

const given = (value: number | null | undefined): value is number => value !== null && value !== undefined;

/** Pairs of fields of which at most one may be given. */
const EXCLUSIVE_PAIRS: ReadonlyArray<readonly [keyof UsageInput, keyof UsageInput]> = [
  ['requestsPerDay', 'requestsPerMonth'],
  ['imagesPerRequest', 'imagesPerMonth'],
];
const SHARE_MODE_FIELDS = ['tokensPerRequest', 'inputShare'] as const;
/** Shares of the same input tokens that exclude each other (a token is read from the cache or written to it). */
const CACHE_SHARE_FIELDS = ['cachedInputShare', 'cacheWriteShare'] as const;
const EXPLICIT_MODE_FIELDS = ['inputTokensPerRequest', 'outputTokensPerRequest'] as const;

/**
 * Whether the cache shares together stay within the input, compared exactly (0.7 + 0.3 is 1, not
 * a float's 0.99999…). Only valid shares are summed: a bad one is reported on its own field.
 */
function cacheSharesFit(usage: UsageInput): boolean {
  const shares = CACHE_SHARE_FIELDS.map((field) => usage[field]);
  if (!shares.every((value): value is number => given(value) && Number.isFinite(value))) return true;
  return compare(shares.map(fromNumber).reduce(add), ONE) <= 0;
}

export const usageInputSchema = z
  .strictObject({
    requestsPerDay: amount(MAX_REQUESTS_PER_DAY, 'requests per day'),
    requestsPerMonth: amount(MAX_REQUESTS_PER_MONTH, 'requests per month'),
    tokensPerRequest: amount(MAX_TOKENS_PER_REQUEST, 'tokens per request'),
    inputShare: share,
    inputTokensPerRequest: amount(MAX_TOKENS_PER_REQUEST, 'input tokens per request'),
    outputTokensPerRequest: amount(MAX_TOKENS_PER_REQUEST, 'output tokens per request'),
    cachedInputShare: share,
    cacheWriteShare: share,
    reasoningTokensPerRequest: amount(MAX_TOKENS_PER_REQUEST, 'reasoning tokens per request'),
    inputAudioTokensPerRequest: amount(MAX_TOKENS_PER_REQUEST, 'input audio tokens per request'),
    outputAudioTokensPerRequest: amount(MAX_TOKENS_PER_REQUEST, 'output audio tokens per request'),
    imagesPerRequest: amount(MAX_IMAGES_PER_REQUEST, 'images per request'),
    imagesPerMonth: amount(MAX_IMAGES_PER_MONTH, 'images per month'),
    webSearchesPerRequest: amount(MAX_WEB_SEARCHES_PER_REQUEST, 'web searches per request'),
  })
  .superRefine((usage, ctx) => {
    for (const [a, b] of EXCLUSIVE_PAIRS) {
      if (given(usage[a]) && given(usage[b])) {
        for (const field of [a, b]) {
          ctx.addIssue({ code: 'custom', path: [field], message: `give ${a} or ${b}, not both` });
        }
      }
    }
    const explicitGiven = EXPLICIT_MODE_FIELDS.filter((field) => given(usage[field]));
    if (explicitGiven.length === 0) return;
    for (const field of SHARE_MODE_FIELDS.filter((f) => given(usage[f]))) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `give tokensPerRequest/inputShare or inputTokensPerRequest/outputTokensPerRequest, not both`,
      });
    }
    // One explicit side alone would leave the other to a guess.
    for (const field of EXPLICIT_MODE_FIELDS.filter((f) => !given(usage[f]))) {
      ctx.addIssue({ code: 'custom', path: [field], message: `required with ${explicitGiven[0]}` });
    }
  })
  .superRefine((usage, ctx) => {
    if (!cacheSharesFit(usage)) {
      const message = `${CACHE_SHARE_FIELDS.join(' + ')} must be at most 1 (they are shares of the same input tokens)`;
      for (const field of CACHE_SHARE_FIELDS) ctx.addIssue({ code: 'custom', path: [field], message });
    }
  }) satisfies z.ZodType<UsageInput>;

const exact = (value: number | null | undefined, fallback: Rational = ZERO): Rational => (given(value) ? fromNumber(value) : fallback);

function requestsPerMonth(usage: UsageInput): Pick<ResolvedUsage, 'requestsBasis' | 'requestsPerMonth'> {
  if (given(usage.requestsPerMonth)) {
    return { requestsBasis: 'PER_MONTH', requestsPerMonth: fromNumber(usage.requestsPerMonth) };
  }
  const perDay = given(usage.requestsPerDay) ? usage.requestsPerDay : DEFAULT_REQUESTS_PER_DAY;
  return {
    requestsBasis: given(usage.requestsPerDay) ? 'PER_DAY' : 'DEFAULT',
    requestsPerMonth: mul(fromNumber(perDay), DAYS_PER_MONTH),
  };
}

function tokensPerRequest(usage: UsageInput): Pick<ResolvedUsage, 'tokensBasis' | 'inputTokensPerRequest' | 'outputTokensPerRequest'> {
  if (given(usage.inputTokensPerRequest) && given(usage.outputTokensPerRequest)) {
    return {
      tokensBasis: 'EXPLICIT',
      inputTokensPerRequest: fromNumber(usage.inputTokensPerRequest),
      outputTokensPerRequest: fromNumber(usage.outputTokensPerRequest),
    };
  }
  const total = exact(usage.tokensPerRequest, fromNumber(DEFAULT_TOKENS_PER_REQUEST));
  const input = mul(total, exact(usage.inputShare, fromNumber(DEFAULT_INPUT_SHARE)));
  return {
    tokensBasis: given(usage.tokensPerRequest) || given(usage.inputShare) ? 'TOTAL_WITH_SHARE' : 'DEFAULT',
    inputTokensPerRequest: input,
    outputTokensPerRequest: sub(total, input),
  };
}

/** Validates (throws the `ZodError`, whose issue paths name the fields) and applies the defaults. */
export function resolveUsage(input: unknown = {}): ResolvedUsage {
  const usage = usageInputSchema.parse(input);
  const requests = requestsPerMonth(usage);
  return {
    ...requests,
    ...tokensPerRequest(usage),
    cachedInputShare: exact(usage.cachedInputShare),
    cacheWriteShare: exact(usage.cacheWriteShare),
    reasoningTokensPerRequest: exact(usage.reasoningTokensPerRequest),
    reasoningBasis: given(usage.reasoningTokensPerRequest) ? 'GIVEN' : 'NOT_GIVEN',
    inputAudioTokensPerRequest: exact(usage.inputAudioTokensPerRequest),
    outputAudioTokensPerRequest: exact(usage.outputAudioTokensPerRequest),
    imagesPerMonth: given(usage.imagesPerRequest) ? mul(fromNumber(usage.imagesPerRequest), requests.requestsPerMonth) : exact(usage.imagesPerMonth),
    imagesBasis: given(usage.imagesPerRequest) ? 'PER_REQUEST' : 'PER_MONTH',
    webSearchesPerRequest: exact(usage.webSearchesPerRequest),
  };
}

/** One reasoning model's usage per usage, shared by all of them: what is computed per usage (estimate.ts) is then computed once. */
const reasoningUsageOf = memoizedPerObject(
  (usage: ResolvedUsage): ResolvedUsage => ({
    ...usage,
    reasoningTokensPerRequest: mul(usage.outputTokensPerRequest, fromNumber(DEFAULT_REASONING_TOKENS_PER_OUTPUT_TOKEN)),
    reasoningBasis: 'REASONING_MODEL_DEFAULT',
  }),
);

/**
 * The usage as one model runs it: a reasoning model (`reasoning` true) given no reasoning tokens
 * reasons `DEFAULT_REASONING_TOKENS_PER_OUTPUT_TOKEN` per output token (REASONING_DEFAULT_RULE).
 */
export function usageForModel(usage: ResolvedUsage, capabilities: { reasoning: boolean | null }): ResolvedUsage {
  if (usage.reasoningBasis !== 'NOT_GIVEN' || capabilities.reasoning !== true) return usage;
  return reasoningUsageOf(usage);
}
