import { describe, expect, it } from 'vitest';
import { compareModels, comparePreparedModels } from '../../../src/domain/comparison/compare.ts';
import { prepareComparedModel } from '../../../src/domain/comparison/prepare.ts';
import { SIGNAL_SCALES } from '../../../src/domain/comparison/signals.ts';
import { ComparisonInputError, comparedModelIdsSchema, validateModelReferences } from '../../../src/domain/comparison/validate.ts';
import { METHODOLOGY } from '../../../src/domain/scoring/methodology.ts';
import { SIGNAL_NAMES } from '../../../src/domain/scoring/types.ts';
import { compared } from './fixtures.ts';

const ref = (requestedId: string, resolvedId: string | null = requestedId) => ({ requestedId, resolvedId });

describe('validateModelReferences', () => {
  it('accepts 2 to 5 distinct known models', () => {
    expect(validateModelReferences([ref('a/x'), ref('b/y')])).toEqual([]);
    expect(validateModelReferences(['a', 'b', 'c', 'd', 'e'].map((id) => ref(`lab/${id}`)))).toEqual([]);
  });

  it('rejects fewer than 2 and more than 5, naming the list', () => {
    expect(validateModelReferences([ref('a/x')])).toEqual([expect.objectContaining({ argument: 'models', code: 'TOO_FEW_MODELS' })]);
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ref(`lab/${id}`));
    expect(validateModelReferences(six)).toEqual([expect.objectContaining({ argument: 'models', code: 'TOO_MANY_MODELS' })]);
  });

  it('names the unknown item', () => {
    expect(validateModelReferences([ref('a/x'), ref('b/y'), ref('nope', null)])).toEqual([
      { argument: 'models[2]', code: 'UNKNOWN_MODEL', message: 'no model has the id or alias "nope"' },
    ]);
  });

  it('names the later duplicate, also when it came through an alias', () => {
    const errors = validateModelReferences([ref('openai/gpt-5'), ref('b/y'), ref('gpt-5-2025-08-07', 'openai/gpt-5')]);
    expect(errors).toEqual([
      {
        argument: 'models[2]',
        code: 'DUPLICATE_MODEL',
        message: '"gpt-5-2025-08-07" is the same model as models[0] "openai/gpt-5" (both are openai/gpt-5)',
      },
    ]);
    expect(validateModelReferences([ref('a/x'), ref('a/x')])[0]).toMatchObject({ argument: 'models[1]', code: 'DUPLICATE_MODEL' });
  });

  it('reports every problem at once', () => {
    const errors = validateModelReferences([ref('a/x'), ref('a/x'), ref('?', null), ref('b'), ref('c'), ref('d')]);
    expect(errors.map((e) => [e.argument, e.code])).toEqual([
      ['models', 'TOO_MANY_MODELS'],
      ['models[1]', 'DUPLICATE_MODEL'],
      ['models[2]', 'UNKNOWN_MODEL'],
    ]);
  });
});

describe('comparedModelIdsSchema (the GraphQL argument rule)', () => {
  it('bounds the list length and refuses empty ids', () => {
    expect(comparedModelIdsSchema.safeParse(['a', 'b']).success).toBe(true);
    expect(comparedModelIdsSchema.safeParse(['a']).success).toBe(false);
    expect(comparedModelIdsSchema.safeParse(['a', 'b', 'c', 'd', 'e', 'f']).success).toBe(false);
    const empty = comparedModelIdsSchema.safeParse(['a', ' ']);
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.path).toEqual([1]);
  });
});

describe('compareModels re-checks the same rules', () => {
  it('throws ComparisonInputError naming the duplicate', () => {
    const a = compared({ id: 'lab/a' });
    const alias = { ...compared({ id: 'lab/a' }), requestedId: 'a-alias' };
    expect(() => compareModels({ models: [a, alias] })).toThrow(ComparisonInputError);
    expect(() => compareModels({ models: [a, alias] })).toThrow(/models\[1\]/);
    expect(() => compareModels({ models: [a] })).toThrow(/models: compare 2 to 5 models/);
  });

  it('and so does comparePreparedModels', () => {
    const a = prepareComparedModel(compared({ id: 'lab/a' }));
    const alias = prepareComparedModel({ ...compared({ id: 'lab/a' }), requestedId: 'a-alias' });
    expect(() => comparePreparedModels([a, alias])).toThrow(/models\[1\]/);
    expect(() => comparePreparedModels([a])).toThrow(/models: compare 2 to 5 models/);
  });
});

describe('SIGNAL_SCALES', () => {
  it('mirrors what the methodology says each signal is compared within', () => {
    const expected = { 'none (absolute)': 'ABSOLUTE', 'peer group': 'PEER_GROUP', 'peer group × pricing unit': 'PEER_GROUP_AND_PRICING_UNIT' };
    for (const signal of SIGNAL_NAMES) {
      expect(SIGNAL_SCALES[signal]).toBe(expected[METHODOLOGY.signals[signal].comparedWithin as keyof typeof expected]);
    }
  });
});
