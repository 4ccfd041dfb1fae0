/**
 * The 0-100 quality scale: 100 × the probability of being preferred to a model of the peer
 * group's average ability in a head-to-head vote, σ(k_vote × (θ − θ̄)), i.e. the Elo win probability
 * of an ability difference read on LMArena's scale. 50 is the average model; 73 wins three votes in four.
 */
import { roundScore } from '../../rounding.ts';
import { METHODOLOGY } from '../methodology.ts';
import type { IntervalBounds } from '../types.ts';
import type { ModelAbility } from './fit.ts';

/** Full precision; the caller rounds what it shows. */
export function qualityOf(ability: number, reference: number): number {
  const { voteDiscrimination } = METHODOLOGY.parameters.ability;
  return 100 / (1 + Math.exp(-voteDiscrimination * (ability - reference)));
}

/** The 95% interval of the quality: the Laplace interval θ − θ̄ ± 1.96 σ, mapped onto the scale. */
export function qualityInterval({ ability, standardError }: ModelAbility, reference: number): IntervalBounds {
  const halfWidth = METHODOLOGY.parameters.ability.intervalZ * standardError;
  return { lower: roundScore(qualityOf(ability - halfWidth, reference)), upper: roundScore(qualityOf(ability + halfWidth, reference)) };
}
