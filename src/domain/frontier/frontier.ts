/**
 * The quality-versus-cost frontier at one usage: the models no other model beats on both quality
 * and monthly cost (the Pareto set), and for every other model one that does.
 */
import { byKey, compareValues, thenBy } from '../util/sorting.ts';

export interface FrontierInput {
  modelId: string;
  /** The quality score (0-100), or null when the model has none. */
  score: number | null;
  /** The monthly cost at the usage in whole micro-USD, or null when unknown. */
  monthlyMicroUsd: bigint | null;
}

export interface FrontierPoint {
  modelId: string;
  score: number;
  monthlyMicroUsd: bigint;
  onFrontier: boolean;
  /** Off the frontier: the cheapest model at least as good and no dearer (better in one of the two). */
  dominatedBy: string | null;
}

export interface Frontier {
  /** Cheapest first; equal costs by higher score, then id. */
  points: FrontierPoint[];
  /** Left out: no quality score, no known monthly cost. */
  withoutScore: string[];
  withoutCost: string[];
}

/** `a` dominates `b`: at least as good and no dearer, and strictly better in one of the two. */
export const dominates = (a: Pick<FrontierPoint, 'score' | 'monthlyMicroUsd'>, b: Pick<FrontierPoint, 'score' | 'monthlyMicroUsd'>): boolean =>
  a.score >= b.score && a.monthlyMicroUsd <= b.monthlyMicroUsd && (a.score > b.score || a.monthlyMicroUsd < b.monthlyMicroUsd);

export function qualityCostFrontier(inputs: readonly FrontierInput[]): Frontier {
  const withoutScore = inputs.filter((input) => input.score === null).map((input) => input.modelId);
  const withoutCost = inputs.filter((input) => input.score !== null && input.monthlyMicroUsd === null).map((input) => input.modelId);
  const known = inputs
    .filter((input): input is FrontierInput & { score: number; monthlyMicroUsd: bigint } => input.score !== null && input.monthlyMicroUsd !== null)
    .sort(
      thenBy(
        (a, b) => compareValues(a.monthlyMicroUsd, b.monthlyMicroUsd),
        (a, b) => b.score - a.score,
        byKey((input) => input.modelId),
      ),
    );
  // Cheapest first: a model is on the frontier unless a model no dearer (already seen, or of equal
  // cost) scores higher, or one cheaper scores as high. The frontier's scores rise with its costs, so
  // the cheapest frontier model scoring at least as high is the first one met that does.
  const frontier: (FrontierInput & { score: number; monthlyMicroUsd: bigint })[] = [];
  const points = known.map((input): FrontierPoint => {
    const dominator = frontier.find((candidate) => dominates(candidate, input));
    if (!dominator) frontier.push(input);
    return {
      modelId: input.modelId,
      score: input.score,
      monthlyMicroUsd: input.monthlyMicroUsd,
      onFrontier: !dominator,
      dominatedBy: dominator?.modelId ?? null,
    };
  });
  return { points, withoutScore, withoutCost };
}
