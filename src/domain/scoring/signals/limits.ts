import type { TokenLimit } from '../../catalog.ts';
import { positiveTokens } from '../peer-stats.ts';
import type { ExplanationInput, SignalScore } from '../types.ts';
import { logMinMax, type Range } from './scale.ts';
import { knownSignal, missingSignal } from './score.ts';

/** Context window and output capacity: a token limit on a log scale within the peer group. */
export function tokenLimitSignal(signal: 'CONTEXT_WINDOW' | 'OUTPUT_CAPACITY', label: string, limit: TokenLimit, groupRange: Range | null): SignalScore {
  const tokens = positiveTokens(limit);
  if (tokens === null || groupRange === null) {
    // A source limit of 0 is how image models say "no such limit": not applicable, never zero.
    const reason = limit.reason ?? 'NOT_APPLICABLE';
    return missingSignal(signal, reason, reason === 'UNKNOWN' ? `the ${label} is not known` : `a ${label} does not apply to this model`);
  }
  const inputs: ExplanationInput[] = [
    { name: label, value: tokens, unit: 'tokens', provenance: limit.provenance },
    { name: `smallest ${label} in the peer group`, value: groupRange.min, unit: 'tokens', provenance: null },
    { name: `largest ${label} in the peer group`, value: groupRange.max, unit: 'tokens', provenance: null },
  ];
  return knownSignal(signal, logMinMax(tokens, groupRange), inputs);
}
