/**
 * The capability matrix and the parameter table: catalog facts side by side, never scored. A
 * limit that does not apply (an image model's context window) stays null with NOT_APPLICABLE: it
 * is not 0 and not "smaller".
 */
import { CAPABILITY_NAMES, type Model, type TokenLimit } from '../catalog.ts';
import { differs } from './decide.ts';
import type { CapabilityRow, ParameterCell, ParameterRow, ParameterTable } from './types.ts';

export function capabilityMatrix(models: readonly Model[]): CapabilityRow[] {
  return CAPABILITY_NAMES.map((capability) => {
    const cells = models.map((model) => ({ modelId: model.id, value: model.capabilities[capability] }));
    return { capability, cells, differs: differs(cells.map((cell) => cell.value)) };
  });
}

function row<T>(
  models: readonly Model[],
  unit: string | null,
  read: (model: Model) => Omit<ParameterCell<T>, 'modelId'>,
  equal?: (a: T, b: T) => boolean,
): ParameterRow<T> {
  const cells = models.map((model): ParameterCell<T> => {
    const { value, reason } = read(model);
    return { modelId: model.id, value, reason };
  });
  return { unit, cells, differs: differs(cells.map((cell) => cell.value), equal) };
}

/** A fact the catalog either has or does not know (it has no NOT_APPLICABLE for these). */
const known = <T>(value: T | null): Omit<ParameterCell<T>, 'modelId'> => ({ value, reason: value === null ? 'UNKNOWN' : null });

const limit = (tokenLimit: TokenLimit): Omit<ParameterCell<number>, 'modelId'> => ({
  value: tokenLimit.tokens,
  reason: tokenLimit.reason,
});

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function parameterTable(models: readonly Model[]): ParameterTable {
  return {
    contextTokens: row(models, 'tokens', (m) => limit(m.limits.contextTokens)),
    maxOutputTokens: row(models, 'tokens', (m) => limit(m.limits.maxOutputTokens)),
    openWeights: row(models, null, (m) => known(m.openWeights)),
    releaseDate: row(models, null, (m) => known(m.releaseDate)),
    knowledgeCutoff: row(models, null, (m) => known(m.knowledgeCutoff)),
    inputModalities: row(models, null, (m) => known([...m.modalities.input].sort()), sameSet),
    outputModalities: row(models, null, (m) => known([...m.modalities.output].sort()), sameSet),
  };
}
