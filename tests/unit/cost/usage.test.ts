import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { resolveUsage, usageForModel, usageInputSchema } from '../../../src/domain/cost/usage.ts';
import { rational } from '../../../src/domain/money/rational.ts';

describe('resolveUsage', () => {
  it('applies the defaults: 100 requests/day, 1,000 tokens, 60% input', () => {
    const usage = resolveUsage({});
    expect(usage.requestsBasis).toBe('DEFAULT');
    expect(usage.tokensBasis).toBe('DEFAULT');
    // 100 × 365 / 12 = 36,500 / 12 = 9,125 / 3 = 3,041.666…
    expect(usage.requestsPerMonth).toEqual(rational(9125n, 3n));
    // 1,000 × 0.6 = 600 exactly (not 599.999… from binary 0.6); 1,000 − 600 = 400
    expect(usage.inputTokensPerRequest).toEqual(rational(600n));
    expect(usage.outputTokensPerRequest).toEqual(rational(400n));
    expect(usage.cachedInputShare).toEqual(rational(0n));
    expect(usage.cacheWriteShare).toEqual(rational(0n));
    expect(usage.imagesPerMonth).toEqual(rational(0n));
  });

  it('takes requests per month as given, and per day × 365/12', () => {
    expect(resolveUsage({ requestsPerMonth: 100_000 }).requestsPerMonth).toEqual(rational(100_000n));
    // 12 × 365 / 12 = 365
    expect(resolveUsage({ requestsPerDay: 12 }).requestsPerMonth).toEqual(rational(365n));
    expect(resolveUsage({ requestsPerDay: 12 }).requestsBasis).toBe('PER_DAY');
  });

  it('splits tokens per request by the input share, or takes explicit tokens', () => {
    // 2,000 × 0.3 = 600 in, 1,400 out
    const split = resolveUsage({ tokensPerRequest: 2_000, inputShare: 0.3 });
    expect([split.inputTokensPerRequest, split.outputTokensPerRequest]).toEqual([rational(600n), rational(1400n)]);
    expect(split.tokensBasis).toBe('TOTAL_WITH_SHARE');
    const explicit = resolveUsage({ inputTokensPerRequest: 5_000, outputTokensPerRequest: 0 });
    expect([explicit.inputTokensPerRequest, explicit.outputTokensPerRequest]).toEqual([rational(5000n), rational(0n)]);
    expect(explicit.tokensBasis).toBe('EXPLICIT');
  });

  it('turns images per request into images per month', () => {
    // 2 images × 300 requests = 600
    expect(resolveUsage({ requestsPerMonth: 300, imagesPerRequest: 2 }).imagesPerMonth).toEqual(rational(600n));
    expect(resolveUsage({ imagesPerMonth: 50 }).imagesPerMonth).toEqual(rational(50n));
  });

  it('throws a ZodError', () => {
    expect(() => resolveUsage({ requestsPerDay: -1 })).toThrow(ZodError);
  });
});

describe('usageInputSchema rejects bad input with the field in the path', () => {
  const fieldOf = (input: unknown): string[] => {
    const result = usageInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
  };

  const amountFields = [
    'requestsPerDay',
    'requestsPerMonth',
    'tokensPerRequest',
    'inputTokensPerRequest',
    'outputTokensPerRequest',
    'reasoningTokensPerRequest',
    'inputAudioTokensPerRequest',
    'outputAudioTokensPerRequest',
    'imagesPerRequest',
    'imagesPerMonth',
    'webSearchesPerRequest',
  ];
  const partner: Record<string, object> = {
    inputTokensPerRequest: { outputTokensPerRequest: 1 },
    outputTokensPerRequest: { inputTokensPerRequest: 1 },
  };

  it.each(amountFields.flatMap((field) => [-1, Number.NaN, Number.POSITIVE_INFINITY, 1e11, '5'].map((bad) => [field, bad] as const)))(
    '%s = %s',
    (field, bad) => {
      expect(fieldOf({ ...partner[field], [field]: bad })).toContain(field);
    },
  );

  it.each(['inputShare', 'cachedInputShare', 'cacheWriteShare'].flatMap((field) => [-0.1, 1.5, Number.NaN].map((bad) => [field, bad] as const)))(
    '%s = %s',
    (field, bad) => {
      expect(fieldOf({ [field]: bad })).toEqual([field]);
    },
  );

  it('rejects absurd sizes just past each bound', () => {
    expect(fieldOf({ tokensPerRequest: 1e9 + 1 })).toEqual(['tokensPerRequest']);
    expect(fieldOf({ requestsPerMonth: 1e10 + 1 })).toEqual(['requestsPerMonth']);
    expect(fieldOf({ webSearchesPerRequest: 1e4 + 1 })).toEqual(['webSearchesPerRequest']);
    expect(usageInputSchema.safeParse({ tokensPerRequest: 1e9, requestsPerMonth: 1e10 }).success).toBe(true);
  });

  it('rejects contradictory pairs, naming both fields', () => {
    expect(fieldOf({ requestsPerDay: 1, requestsPerMonth: 30 })).toEqual(['requestsPerDay', 'requestsPerMonth']);
    expect(fieldOf({ imagesPerRequest: 1, imagesPerMonth: 30 })).toEqual(['imagesPerRequest', 'imagesPerMonth']);
    expect(fieldOf({ tokensPerRequest: 1_000, inputShare: 0.5, inputTokensPerRequest: 1, outputTokensPerRequest: 1 })).toEqual([
      'tokensPerRequest',
      'inputShare',
    ]);
  });

  it('rejects cache reads and writes adding up to more than all the input, naming both shares', () => {
    expect(fieldOf({ cachedInputShare: 0.7, cacheWriteShare: 0.31 })).toEqual(['cachedInputShare', 'cacheWriteShare']);
    const [issue] = usageInputSchema.safeParse({ cachedInputShare: 1, cacheWriteShare: 0.5 }).error?.issues ?? [];
    expect(issue?.message).toBe('cachedInputShare + cacheWriteShare must be at most 1 (they are shares of the same input tokens)');
    // Exactly 1 is fine: 0.7 + 0.3 is compared as 7/10 + 3/10, not as binary floats.
    expect(usageInputSchema.safeParse({ cachedInputShare: 0.7, cacheWriteShare: 0.3 }).success).toBe(true);
    expect(resolveUsage({ cacheWriteShare: 0.25 }).cacheWriteShare).toEqual(rational(1n, 4n));
  });

  it('takes web searches per request as given (an average may be fractional)', () => {
    expect(resolveUsage({ webSearchesPerRequest: 1.5 }).webSearchesPerRequest).toEqual(rational(3n, 2n));
    expect(resolveUsage({}).webSearchesPerRequest).toEqual(rational(0n));
  });

  it('requires both explicit token counts', () => {
    expect(fieldOf({ inputTokensPerRequest: 1_000 })).toEqual(['outputTokensPerRequest']);
    expect(fieldOf({ outputTokensPerRequest: 1_000 })).toEqual(['inputTokensPerRequest']);
  });

  it('rejects unknown fields (typos are not silently defaulted)', () => {
    expect(usageInputSchema.safeParse({ requestPerDay: 5 }).success).toBe(false);
  });

  it('accepts null as "not given" (GraphQL sends nulls)', () => {
    expect(usageInputSchema.safeParse({ requestsPerDay: null, requestsPerMonth: 10 }).success).toBe(true);
  });
});

describe('usageForModel', () => {
  it('gives a reasoning model given no reasoning tokens one reasoning token per output token, the same usage for every such model', () => {
    const usage = resolveUsage({ tokensPerRequest: 1_000, inputShare: 0.6 });
    const reasoning = usageForModel(usage, { reasoning: true });
    expect(reasoning.reasoningTokensPerRequest).toEqual(rational(400n));
    expect(reasoning.reasoningBasis).toBe('REASONING_MODEL_DEFAULT');
    expect(usageForModel(usage, { reasoning: true })).toBe(reasoning);
    expect(usageForModel(usage, { reasoning: false })).toBe(usage);
    expect(usageForModel(usage, { reasoning: null })).toBe(usage);
    // Another usage, another model's usage.
    expect(usageForModel(resolveUsage({ tokensPerRequest: 2_000, inputShare: 0.6 }), { reasoning: true }).reasoningTokensPerRequest).toEqual(rational(800n));
  });
});
