/**
 * The capability matrix and the parameter table: catalog facts side by side, never scored. A
 * limit that does not apply (an image model's context window) stays null with NOT_APPLICABLE: it
 * is not 0 and not "smaller".
 */
import { CAPABILITY_NAMES, type Model, type TokenLimit } from '../catalog.ts';
import { type DateInterval, dateInterval, middleDay } from '../partial-date.ts';
import { cellValue, differs } from './decide.ts';
import type { PreparedComparedModel } from './prepare.ts';
import type { CapabilityRow, ParameterCell, ParameterRow, ParameterTable } from './types.ts';

type ParameterCells = { [Parameter in keyof ParameterTable]: ParameterTable[Parameter]['cells'][number] };

/** A release date as comparisons read it: the interval of days it stands for, and its middle day. */
export interface PreparedRelease extends DateInterval {
  date: string;
  middle: string;
}

/** A model's cells in the matrix and the table, built once per model and shared by every comparison it is in. */
export interface MatrixCells {
  /** One per capability, in `CAPABILITY_NAMES` order. */
  capabilities: readonly CapabilityRow['cells'][number][];
  parameters: ParameterCells;
  /** Null when the release date is unknown. */
  release: PreparedRelease | null;
}

/** A fact the catalog either has or does not know (it has no NOT_APPLICABLE for these). */
const known = <T>(modelId: string, value: T | null): ParameterCell<T> => ({ modelId, value, reason: value === null ? 'UNKNOWN' : null });

const limit = (modelId: string, tokenLimit: TokenLimit): ParameterCell<number> => ({
  modelId,
  value: tokenLimit.tokens,
  reason: tokenLimit.reason,
});

export function prepareMatrixCells(model: Model): MatrixCells {
  const { id } = model;
  return {
    capabilities: CAPABILITY_NAMES.map((capability) => ({ modelId: id, value: model.capabilities[capability] })),
    parameters: {
      contextTokens: limit(id, model.limits.contextTokens),
      maxOutputTokens: limit(id, model.limits.maxOutputTokens),
      openWeights: known(id, model.openWeights),
      releaseDate: known(id, model.releaseDate),
      knowledgeCutoff: known(id, model.knowledgeCutoff),
      // Sorted, so that equal sets compare equal.
      inputModalities: known(id, [...model.modalities.input].sort()),
      outputModalities: known(id, [...model.modalities.output].sort()),
    },
    release: model.releaseDate === null ? null : { ...dateInterval(model.releaseDate), date: model.releaseDate, middle: middleDay(model.releaseDate) },
  };
}

export function capabilityMatrix(models: readonly PreparedComparedModel[]): CapabilityRow[] {
  return CAPABILITY_NAMES.map((capability, index) => {
    const cells = models.map(({ matrix }) => matrix.capabilities[index]!);
    return { capability, cells, differs: differs(cells, cellValue) };
  });
}

function row<T>(cells: ParameterCell<T>[], unit: string | null, equal?: (a: T, b: T) => boolean): ParameterRow<T> {
  return { unit, cells, differs: differs(cells, cellValue, equal) };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Each model's cell for one parameter. A module-level function, not a closure made per comparison. */
function cellsOf<Parameter extends keyof ParameterCells>(models: readonly PreparedComparedModel[], parameter: Parameter): ParameterCells[Parameter][] {
  return models.map(({ matrix }) => matrix.parameters[parameter]);
}

export function parameterTable(models: readonly PreparedComparedModel[]): ParameterTable {
  return {
    contextTokens: row(cellsOf(models, 'contextTokens'), 'tokens'),
    maxOutputTokens: row(cellsOf(models, 'maxOutputTokens'), 'tokens'),
    openWeights: row(cellsOf(models, 'openWeights'), null),
    releaseDate: row(cellsOf(models, 'releaseDate'), null),
    knowledgeCutoff: row(cellsOf(models, 'knowledgeCutoff'), null),
    inputModalities: row(cellsOf(models, 'inputModalities'), null, sameSet),
    outputModalities: row(cellsOf(models, 'outputModalities'), null, sameSet),
  };
}
