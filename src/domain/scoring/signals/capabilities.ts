import { METHODOLOGY } from '../methodology.ts';
import type { CohortModel, SignalScore } from '../types.ts';
import { knownSignal, missingSignal } from './score.ts';

/** Absolute: a flag is a fact about the model, not a position in the cohort. */
export function capabilitiesSignal(model: CohortModel): SignalScore {
  const inputs = METHODOLOGY.parameters.scoredCapabilities.map((name) => ({
    name,
    value: model.capabilities[name],
    unit: null,
    provenance: model.modelProvenance,
  }));
  const known = inputs.filter((input) => input.value !== null);
  if (known.length === 0) {
    return missingSignal('CAPABILITIES', 'UNKNOWN', 'none of the scored capability flags is known', inputs);
  }
  const present = known.filter((input) => input.value === true).length;
  return knownSignal('CAPABILITIES', (100 * present) / known.length, inputs);
}
