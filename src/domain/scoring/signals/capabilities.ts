import { METHODOLOGY } from '../methodology.ts';
import type { CohortModel, SignalScore } from '../types.ts';
import { knownSignal, missingSignal } from './score.ts';

/**
 * Absolute: a flag is a fact about the model, not a position in the cohort. A flag that does not
 * apply to the model (function calling for an image generator) is left out; an unknown flag counts
 * as not supported — in the denominator, never in the numerator — so not knowing scores exactly as
 * knowing "false" would, never better (an unknown flag once left the denominator and lifted a model
 * with gaps above one whose flags are all known).
 */
export function capabilitiesSignal(model: CohortModel): SignalScore {
  const notApplicable = model.capabilitiesNotApplicable ?? [];
  const scored = METHODOLOGY.parameters.scoredCapabilities.filter((name) => !notApplicable.includes(name));
  const inputs = scored.map((name) => ({
    name,
    value: model.capabilities[name],
    unit: null,
    provenance: model.modelProvenance,
  }));
  const known = inputs.filter((input) => input.value !== null).length;
  if (known === 0 || scored.length === 0) {
    return missingSignal('CAPABILITIES', 'UNKNOWN', 'none of the scored capability flags is known', inputs);
  }
  const present = inputs.filter((input) => input.value === true).length;
  const unknown = scored.length - known;
  return knownSignal('CAPABILITIES', (100 * present) / scored.length, [
    ...inputs,
    { name: 'flags that apply', value: scored.length, unit: 'flags', provenance: null },
    { name: 'unknown flags, counted as not supported', value: unknown, unit: 'flags', provenance: null },
  ]);
}
