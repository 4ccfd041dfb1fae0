import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { type AdHocData, errorCodes, execute } from '../support/graphql.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

const COMPARE = /* GraphQL */ `
  query($models: [ID!]!, $usage: UsageInput) {
    compare(models: $models, usage: $usage) {
      models { requestedId modelId }
      signals { key cells { modelId value reason } outcome winnerModelId delta differs }
      overall { cells { value } outcome winnerModelId advantage delta }
      tally { modelId wins comparable label }
      capabilities { capability differs cells { value } }
      parameters { parameter differs cells { value reason } }
      costs { comparable rows { modelId estimate { monthly { usd microUsd formatted } yearly { usd } } savings { monthly { usd formatted } yearly { usd formatted } percent } cheaperThanBaseline } }
      useCases { useCase fits { modelId reasons { code benchmarks } } }
      verdicts { kind outcome winnerModelId }
      summary { text figures { path value text } }
    }
  }`;

/** Reads a dotted path with [i] indexes (the summary's figure paths) out of a response object. */
function at(root: unknown, path: string): unknown {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .reduce<AdHocData | undefined>((value, key) => value?.[key], root as AdHocData);
}

describe('compare', () => {
  it('compares GPT-5 and Claude Opus 4.5: consistent winners, tallies, savings and summary figures', async () => {
    const response = await execute(harness.app, COMPARE, { models: ['openai/gpt-5', 'anthropic/claude-opus-4.5'] });
    expect(response.errors).toBeUndefined();
    const comparison = response.data!.compare;
    expect(comparison.models).toEqual([
      { requestedId: 'openai/gpt-5', modelId: 'openai/gpt-5' },
      { requestedId: 'anthropic/claude-opus-4.5', modelId: 'anthropic/claude-opus-4-5' },
    ]);
    // Wins tally equals the winners counted.
    for (const tally of comparison.tally) {
      expect(tally.wins).toBe(comparison.signals.filter((signal: AdHocData) => signal.winnerModelId === tally.modelId).length);
    }
    // The quality verdict goes to the higher overall score.
    const quality = comparison.verdicts.find((verdict: AdHocData) => verdict.kind === 'QUALITY');
    expect(quality.winnerModelId).toBe(comparison.overall.winnerModelId);
    // Savings and "cheaper" agree.
    for (const row of comparison.costs.rows) {
      if (row.savings) expect(row.cheaperThanBaseline).toBe(Number(row.savings.monthly.usd) > 0);
    }
    // Use-case reasons cite real benchmarks only, never the engine's evidence prior.
    const cited = comparison.useCases.flatMap((useCase: AdHocData) =>
      useCase.fits.flatMap((fit: AdHocData) => fit.reasons.flatMap((reason: AdHocData) => reason.benchmarks)),
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const name of cited) expect(name).not.toMatch(/prior/i);
    // Every figure quoted in the summary is a field of this very response.
    expect(comparison.summary.figures.length).toBeGreaterThan(0);
    for (const figure of comparison.summary.figures) {
      expect(String(at(comparison, figure.path))).toBe(figure.value);
      expect(comparison.summary.text).toContain(figure.text);
    }
  });

  it('swapping the order mirrors the result', async () => {
    const ab = (await execute(harness.app, COMPARE, { models: ['openai/gpt-5', 'anthropic/claude-opus-4-5'] })).data!.compare;
    const ba = (await execute(harness.app, COMPARE, { models: ['anthropic/claude-opus-4-5', 'openai/gpt-5'] })).data!.compare;
    expect(ba.overall.winnerModelId).toBe(ab.overall.winnerModelId);
    ab.signals.forEach((signal: AdHocData, index: number) => {
      expect(ba.signals[index].winnerModelId).toBe(signal.winnerModelId);
      expect(ba.signals[index].delta).toBe(signal.delta === null ? null : signal.delta === 0 ? 0 : -signal.delta);
    });
  });

  it('a text model against an image model: context is not applicable for the image model and no cost ratio is claimed', async () => {
    const response = await execute(harness.app, COMPARE, { models: ['openai/gpt-5', 'openai/gpt-image-1'] });
    expect(response.errors).toBeUndefined();
    const comparison = response.data!.compare;
    const context = comparison.parameters.find((row: AdHocData) => row.parameter === 'contextTokens');
    expect(context.cells[1]).toEqual({ value: null, reason: 'NOT_APPLICABLE' });
    const contextSignal = comparison.signals.find((signal: AdHocData) => signal.key === 'CONTEXT_WINDOW');
    expect(contextSignal.winnerModelId).toBeNull();
  });

  it.each([
    [['openai/gpt-5'], 'models'],
    [['openai/gpt-5', 'a/b', 'c/d', 'e/f', 'g/h', 'i/j'], 'models'],
    [['openai/gpt-5', 'nobody/nothing'], 'models[1]'],
    [['anthropic/claude-opus-4-5', 'anthropic/claude-opus-4.5'], 'models[1]'],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (models, argument) => {
    const response = await execute(harness.app, COMPARE, { models });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.argument).toBe(argument);
  });
});
