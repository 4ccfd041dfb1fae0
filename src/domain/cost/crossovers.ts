/**
 * Cost crossovers: the exact usage values where the cheapest of several offerings changes, one usage
 * variable at a time with the rest of the usage held. Solved from the price structures, never by
 * sampling: between two breakpoints (where a long-context tier starts to reprice a whole request)
 * every offering's exact monthly cost is a linear function of the variable, so each pair of lines
 * meets at most once there, and a breakpoint itself can flip the cheapest by a jump.
 */
import type { Limits } from '../catalog.ts';
import { add, compare, div, fromNumber, isZero, mul, ONE, type Rational, rational, sub, toNumber, ZERO } from '../money/rational.ts';
import { exactMonthlyNanoUsd, requestInputTokens } from './estimate.ts';
import type { PricedOffering, ResolvedUsage } from './types.ts';
import { DEFAULT_REASONING_TOKENS_PER_OUTPUT_TOKEN, MAX_REQUESTS_PER_MONTH, MAX_TOKENS_PER_REQUEST, usageForModel } from './usage.ts';

export const CROSSOVER_VARIABLES = ['REQUESTS_PER_MONTH', 'TOKENS_PER_REQUEST', 'INPUT_SHARE', 'CACHED_INPUT_SHARE'] as const;
export type CrossoverVariable = (typeof CROSSOVER_VARIABLES)[number];

export interface CrossoverCandidate {
  modelId: string;
  name: string;
  offering: PricedOffering;
  /** The limits a request must fit (its context window bounds the tokens per request). */
  limits: Limits;
  /** The model's reasoning flag: a reasoning model given no reasoning tokens reasons as `usageForModel` says, at every value. */
  reasoning: boolean | null;
}

/** A candidate's exact monthly cost at a usage, as the model runs it. */
const costOf = ({ offering, reasoning }: CrossoverCandidate, usage: ResolvedUsage) => exactMonthlyNanoUsd(offering, usageForModel(usage, { reasoning }));

export interface CostCrossover {
  variable: CrossoverVariable;
  /** Where the cheapest changes, exactly, and as a number for display. */
  atExact: Rational;
  at: number;
  /** The cheapest model just below `at`, and just above. */
  cheaperBelow: string;
  cheaperAbove: string;
  /** True when a long-context tier starting at `at` causes the change (a jump, not two lines meeting). */
  tierThreshold: boolean;
  explanation: string;
}

/** How one variable enters the usage: its range, where the tiers start, and the usage at a value. */
interface VariableModel {
  variable: CrossoverVariable;
  lo: Rational;
  hi: Rational;
  /** Input tokens per request as a function of the variable: tokens = slope × x + offset. */
  inputTokens: { slope: Rational; offset: Rational };
  at(x: Rational): ResolvedUsage;
}

const VARIABLE_TEXT: Record<CrossoverVariable, { unit: string; why: string }> = {
  REQUESTS_PER_MONTH: { unit: 'requests a month', why: 'a fixed monthly part (images given per month) weighs less as requests grow' },
  TOKENS_PER_REQUEST: { unit: 'tokens per request', why: 'per-token prices weigh more against per-request costs as requests grow longer' },
  INPUT_SHARE: { unit: 'input share', why: 'input prices weigh more than output prices as the input share grows' },
  CACHED_INPUT_SHARE: { unit: 'cached share of the input', why: 'cache-read prices replace input prices as more of the input is cached' },
};

const HALF = rational(1n, 2n);
const min = (a: Rational, b: Rational) => (compare(a, b) <= 0 ? a : b);

/** The largest tokens per request (at this input share and the rest held) that still fits every model's limits. */
function largestFittingTokens(usage: ResolvedUsage, inputShare: Rational, candidates: readonly CrossoverCandidate[]): Rational {
  let hi = fromNumber(MAX_TOKENS_PER_REQUEST);
  for (const { limits, reasoning } of candidates) {
    // A reasoning default grows with the output: x tokens then take x × (1 + output share) of the window.
    const assumed = usageForModel(usage, { reasoning }).reasoningBasis === 'REASONING_MODEL_DEFAULT';
    const fixedOutput = add(assumed ? ZERO : usage.reasoningTokensPerRequest, usage.outputAudioTokensPerRequest);
    const perToken = assumed ? add(ONE, mul(sub(ONE, inputShare), fromNumber(DEFAULT_REASONING_TOKENS_PER_OUTPUT_TOKEN))) : ONE;
    // A limit of 0 is how image models say "not applicable": it bounds nothing.
    const context = limits.contextTokens.tokens;
    if (context) hi = min(hi, div(sub(sub(fromNumber(context), fixedOutput), usage.inputAudioTokensPerRequest), perToken));
    const input = limits.inputTokens.tokens;
    if (input && !isZero(inputShare)) hi = min(hi, div(sub(fromNumber(input), usage.inputAudioTokensPerRequest), inputShare));
  }
  return hi;
}

/** The usage with `requestsPerMonth` requests a month, the rest held: images given per request come with each request, images given per month stay. */
export function usageWithRequests(usage: ResolvedUsage, requestsPerMonth: Rational): ResolvedUsage {
  const scalesImages = usage.imagesBasis === 'PER_REQUEST' && !isZero(usage.requestsPerMonth);
  return {
    ...usage,
    requestsPerMonth,
    imagesPerMonth: scalesImages ? mul(usage.imagesPerMonth, div(requestsPerMonth, usage.requestsPerMonth)) : usage.imagesPerMonth,
  };
}

function variableModels(usage: ResolvedUsage, candidates: readonly CrossoverCandidate[]): VariableModel[] {
  const tokens = add(usage.inputTokensPerRequest, usage.outputTokensPerRequest);
  const audio = usage.inputAudioTokensPerRequest;
  const models: VariableModel[] = [
    {
      variable: 'REQUESTS_PER_MONTH',
      lo: ZERO,
      hi: fromNumber(MAX_REQUESTS_PER_MONTH),
      inputTokens: { slope: ZERO, offset: requestInputTokens(usage) },
      at: (x) => usageWithRequests(usage, x),
    },
    {
      variable: 'CACHED_INPUT_SHARE',
      lo: ZERO,
      hi: sub(ONE, usage.cacheWriteShare),
      inputTokens: { slope: ZERO, offset: requestInputTokens(usage) },
      at: (x) => ({ ...usage, cachedInputShare: x }),
    },
  ];
  if (!isZero(tokens)) {
    const inputShare = div(usage.inputTokensPerRequest, tokens);
    models.push(
      {
        variable: 'TOKENS_PER_REQUEST',
        lo: ZERO,
        hi: largestFittingTokens(usage, inputShare, candidates),
        inputTokens: { slope: inputShare, offset: audio },
        at: (x) => ({ ...usage, inputTokensPerRequest: mul(x, inputShare), outputTokensPerRequest: mul(x, sub(ONE, inputShare)) }),
      },
      {
        variable: 'INPUT_SHARE',
        lo: ZERO,
        hi: ONE,
        inputTokens: { slope: tokens, offset: audio },
        at: (x) => ({ ...usage, inputTokensPerRequest: mul(x, tokens), outputTokensPerRequest: mul(sub(ONE, x), tokens) }),
      },
    );
  }
  return models.filter((model) => compare(model.lo, model.hi) < 0);
}

/** Values of the variable, strictly inside its range, where some offering's long-context tier starts. */
function tierBreakpoints(model: VariableModel, candidates: readonly CrossoverCandidate[]): Map<string, { at: Rational; modelId: string }> {
  const breakpoints = new Map<string, { at: Rational; modelId: string }>();
  const { slope, offset } = model.inputTokens;
  if (isZero(slope)) return breakpoints;
  for (const { modelId, offering } of candidates) {
    for (const tier of offering.price.tiers) {
      const at = div(sub(fromNumber(tier.aboveInputTokens), offset), slope);
      if (compare(at, model.lo) > 0 && compare(at, model.hi) < 0) breakpoints.set(`${at.num}/${at.den}`, { at, modelId });
    }
  }
  return breakpoints;
}

interface Line {
  slope: Rational;
  intercept: Rational;
}

/** Each candidate's exact cost as a line over an open interval without breakpoints (from two points inside it). */
function linesOn(model: VariableModel, candidates: readonly CrossoverCandidate[], from: Rational, to: Rational): Line[] | null {
  const width = sub(to, from);
  const x1 = add(from, div(width, rational(3n)));
  const x2 = add(from, div(mul(width, rational(2n)), rational(3n)));
  const lines: Line[] = [];
  for (const candidate of candidates) {
    const y1 = costOf(candidate, model.at(x1));
    const y2 = costOf(candidate, model.at(x2));
    if (y1 === null || y2 === null) return null;
    const slope = div(sub(y2, y1), sub(x2, x1));
    lines.push({ slope, intercept: sub(y1, mul(slope, x1)) });
  }
  return lines;
}

/** The one cheapest candidate at `x`, or null when the cheapest cost is shared or unknown. */
function cheapestAt(model: VariableModel, candidates: readonly CrossoverCandidate[], x: Rational): string | null {
  let best: { modelId: string; cost: Rational } | null = null;
  let shared = false;
  for (const candidate of candidates) {
    const { modelId } = candidate;
    const cost = costOf(candidate, model.at(x));
    if (cost === null) return null;
    const order = best === null ? -1 : compare(cost, best.cost);
    if (order < 0) {
      best = { modelId, cost };
      shared = false;
    } else if (order === 0) shared = true;
  }
  return shared || best === null ? null : best.modelId;
}

function formatAt(variable: CrossoverVariable, at: number): string {
  if (variable === 'INPUT_SHARE' || variable === 'CACHED_INPUT_SHARE') return `${(at * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
  return at.toLocaleString('en-US', { maximumFractionDigits: at < 10 ? 2 : 0 });
}

function explanation(crossover: Omit<CostCrossover, 'explanation'>, names: ReadonlyMap<string, string>, tierModel: string | null): string {
  const { unit, why } = VARIABLE_TEXT[crossover.variable];
  const where = `${formatAt(crossover.variable, crossover.at)} ${unit}`;
  const reason = tierModel ? `there ${names.get(tierModel)}'s long-context prices start to apply to the whole request` : why;
  return `Below ${where} ${names.get(crossover.cheaperBelow)} is cheaper, above it ${names.get(crossover.cheaperAbove)} (the rest of the usage held): ${reason}.`;
}

/**
 * Every crossover of the cheapest among `candidates` at `usage`, variable by variable, in order of
 * the variable and its value. None when the candidates are not all priced per use for this usage,
 * or when one is the cheapest over the whole range.
 */
export function costCrossovers(candidates: readonly CrossoverCandidate[], usage: ResolvedUsage): CostCrossover[] {
  if (candidates.length < 2) return [];
  const names = new Map(candidates.map((candidate) => [candidate.modelId, candidate.name]));
  const crossovers: CostCrossover[] = [];
  for (const model of variableModels(usage, candidates)) {
    const breakpoints = tierBreakpoints(model, candidates);
    const edges = [model.lo, ...[...breakpoints.values()].map(({ at }) => at), model.hi].sort(compare);
    const points = new Map([...breakpoints].map(([key, { at }]) => [key, at]));
    let priced = true;
    for (let i = 0; i + 1 < edges.length && priced; i++) {
      const lines = linesOn(model, candidates, edges[i]!, edges[i + 1]!);
      if (!lines) priced = false;
      else {
        for (let a = 0; a < lines.length; a++) {
          for (let b = a + 1; b < lines.length; b++) {
            const slopes = sub(lines[a]!.slope, lines[b]!.slope);
            if (isZero(slopes)) continue;
            const meet = div(sub(lines[b]!.intercept, lines[a]!.intercept), slopes);
            if (compare(meet, edges[i]!) > 0 && compare(meet, edges[i + 1]!) < 0) points.set(`${meet.num}/${meet.den}`, meet);
          }
        }
      }
    }
    if (!priced) return [];
    const sorted = [...points.values()].sort(compare);
    const bounds = [model.lo, ...sorted, model.hi];
    const cheapest = bounds.slice(0, -1).map((from, i) => cheapestAt(model, candidates, mul(add(from, bounds[i + 1]!), HALF)));
    sorted.forEach((atExact, i) => {
      const below = cheapest[i];
      const above = cheapest[i + 1];
      if (!below || !above || below === above) return;
      const key = `${atExact.num}/${atExact.den}`;
      const crossover = {
        variable: model.variable,
        atExact,
        at: toNumber(atExact),
        cheaperBelow: below,
        cheaperAbove: above,
        tierThreshold: breakpoints.has(key),
      };
      crossovers.push({ ...crossover, explanation: explanation(crossover, names, breakpoints.get(key)?.modelId ?? null) });
    });
  }
  return crossovers;
}
