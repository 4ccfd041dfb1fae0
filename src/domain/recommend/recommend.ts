/**
 * `recommend`: the models of a use case's peer group ranked for it, each at its cheapest offering
 * that meets the constraints at the caller's usage, with the reasons, the best models the
 * constraints left out, and where the answer changes as the usage moves.
 *
 * Order: fit for the use case (highest first), then the overall score in the group, then the
 * monthly cost, then the canonical id. Only the best few are wanted, so models are priced lazily
 * in that order (cost only decides among equal fit and score) until `first` candidates are found.
 */
import { PEER_GROUP_LABELS } from '../catalog.ts';
import type { UseCaseFit } from '../comparison/types.ts';
import { USE_CASE_RULES, useCaseFit } from '../comparison/use-cases.ts';
import { usageForModel } from '../cost/usage.ts';
import { roundScore } from '../rounding.ts';
import type { IntervalBounds } from '../scoring/types.ts';
import { recommendationAssumptions } from './assumptions.ts';
import { chooseOffering, modelFailures, type OfferingChoice } from './constraints.ts';
import { boundReasons, confidenceReason, costReason, fitReason, fitsTied, scoreReason, tieReason } from './reasons.ts';
import { sensitivityOf } from './sensitivity.ts';
import type { Candidate, ConstraintFailure, NearMiss, Recommendation, RecommendInput, RecommendMember } from './types.ts';

/** At most this many candidates per answer (`first`). */
export const MAX_CANDIDATES = 20;
/** The best models left out, at most. */
export const NEAR_MISS_LIMIT = 5;

type KnownFit = UseCaseFit & { fit: number; level: NonNullable<UseCaseFit['level']> };

interface Standing {
  member: RecommendMember;
  fit: KnownFit;
  fitInterval: IntervalBounds;
  score: number | null;
}

interface Evaluated extends Standing {
  choice: OfferingChoice | null;
  failed: ConstraintFailure[];
}

/** The fit's interval: the Benchmarks signal's interval carried through the use case's weight on it (the other parts are exact). */
function fitIntervalOf(fit: KnownFit, member: RecommendMember): IntervalBounds {
  const weight = (fit.reasons.find((reason) => reason.code === 'BENCHMARKS')?.weightPercent ?? 0) / 100;
  const { value, interval } = member.score.score.signals.BENCHMARKS;
  if (weight === 0 || value === null || interval === null) return { lower: fit.fit, upper: fit.fit };
  return { lower: roundScore(fit.fit - weight * (value - interval.lower)), upper: roundScore(fit.fit + weight * (interval.upper - value)) };
}

function byStanding(a: Standing, b: Standing): number {
  if (a.fit.fit !== b.fit.fit) return b.fit.fit - a.fit.fit;
  if (a.score !== b.score) return a.score === null ? 1 : b.score === null ? -1 : b.score - a.score;
  return a.member.model.id < b.member.model.id ? -1 : 1;
}

const monthlyMicroUsd = (evaluated: Evaluated) => (evaluated.choice?.ok ? evaluated.choice.estimate.monthly.microUsd : null);

/** Among equal fit and score: the cheaper first, an unknown cost last, then by id. */
function byCost(a: Evaluated, b: Evaluated): number {
  const [costA, costB] = [monthlyMicroUsd(a), monthlyMicroUsd(b)];
  if (costA !== costB) return costA === null ? 1 : costB === null ? -1 : costA < costB ? -1 : 1;
  return a.member.model.id < b.member.model.id ? -1 : 1;
}

export function recommend({ useCase, members, usage, constraints, first }: RecommendInput): Recommendation {
  const rule = USE_CASE_RULES[useCase];
  const fits = members.map((member) => ({
    member,
    fit: useCaseFit({ model: { ...member.model, peerGroup: rule.peerGroup }, score: member.score.score, cohort: member.score.cohort }, useCase),
  }));
  const standings: Standing[] = fits
    .filter(
      (entry): entry is { member: RecommendMember; fit: KnownFit } => entry.fit.fit !== null && entry.fit.level !== null && entry.fit.level !== 'NOT_SUITABLE',
    )
    .map(({ member, fit }) => ({ member, fit, fitInterval: fitIntervalOf(fit, member), score: member.score.score.overall.value }))
    .sort(byStanding);

  const passed: Evaluated[] = [];
  const missed: Evaluated[] = [];
  for (let start = 0; start < standings.length && passed.length < first; ) {
    let end = start + 1;
    while (end < standings.length && standings[end]!.fit.fit === standings[start]!.fit.fit && standings[end]!.score === standings[start]!.score) end++;
    const run = standings.slice(start, end).map((standing): Evaluated => {
      const failed = modelFailures(standing.member.model, constraints);
      // A model already out, once the near misses are full, need not be priced.
      if (failed.length > 0 && missed.length >= NEAR_MISS_LIMIT) return { ...standing, choice: null, failed };
      const choice = chooseOffering(standing.member.offerings, usageForModel(usage, standing.member.model.capabilities), constraints);
      return { ...standing, choice, failed: [...failed, ...choice.failed] };
    });
    for (const evaluated of run.sort(byCost)) {
      if (evaluated.failed.length === 0) {
        if (passed.length < first) passed.push(evaluated);
      } else if (missed.length < NEAR_MISS_LIMIT) missed.push(evaluated);
    }
    start = end;
  }

  const candidates = assembleCandidates(passed, useCase, constraints, PEER_GROUP_LABELS[rule.peerGroup]);
  const nearMisses = missed.map(
    ({ member, fit, score, choice, failed }): NearMiss => ({ model: member.model, fit: fit.fit, score, estimate: choice?.ok ? choice.estimate : null, failed }),
  );
  const considered = {
    members: members.length,
    withoutFit: fits.filter(({ fit }) => fit.fit === null).length,
    notSuitable: fits.filter(({ fit }) => fit.level === 'NOT_SUITABLE').length,
  };
  return {
    useCase,
    peerGroup: rule.peerGroup,
    candidates,
    nearMisses,
    sensitivity: sensitivityOf(candidates, usage, constraints),
    assumptions: recommendationAssumptions({ useCase, usage, constraints, considered }),
    considered,
  };
}

function assembleCandidates(
  passed: readonly Evaluated[],
  useCase: RecommendInput['useCase'],
  constraints: RecommendInput['constraints'],
  groupLabel: string,
): Candidate[] {
  const head = passed[0];
  const tiedWithFirst = passed.map(
    (evaluated) =>
      head !== undefined &&
      evaluated !== head &&
      fitsTied({ fit: evaluated.fit.fit, fitInterval: evaluated.fitInterval }, { fit: head.fit.fit, fitInterval: head.fitInterval }),
  );
  const tiedCount = tiedWithFirst.filter(Boolean).length;
  return passed.map((evaluated, index) => {
    const { member, fit, fitInterval, score } = evaluated;
    const choice = evaluated.choice as Extract<OfferingChoice, { ok: true }>;
    const priced = { offering: choice.offering, estimate: choice.estimate };
    const standing = { rank: index + 1, fit: fit.fit, fitInterval };
    const reasons = [
      fitReason(useCase, fit),
      scoreReason(member, groupLabel),
      confidenceReason(member),
      costReason(priced, choice.qualifying),
      ...boundReasons(priced, constraints),
      tieReason(standing, { fit: head!.fit.fit, fitInterval: head!.fitInterval, model: head!.member.model }, tiedCount),
    ].filter((reason) => reason !== null);
    const { overall } = member.score.score;
    return {
      ...standing,
      model: member.model,
      ...priced,
      fitLevel: fit.level,
      score,
      interval: overall.interval,
      confidence: overall.confidence,
      tiedWithFirst: tiedWithFirst[index]!,
      reasons,
    };
  });
}
