import type { IsoDate } from '../../catalog.ts';
import { METHODOLOGY } from '../methodology.ts';
import type { CohortModel, SignalScore } from '../types.ts';
import { knownSignal, missingSignal } from './score.ts';

const MS_PER_DAY = 86_400_000;

/** Whole days from `from` to `to`; a `YYYY-MM` date counts as the first of the month. */
function daysBetween(from: IsoDate, to: IsoDate): number {
  const day = (date: IsoDate): number => Date.parse(date.length === 7 ? `${date}-01` : date) / MS_PER_DAY;
  return Math.round(day(to) - day(from));
}

export function recencySignal(model: CohortModel, asOf: IsoDate): SignalScore {
  if (model.releaseDate === null) return missingSignal('RECENCY', 'UNKNOWN', 'the release date is not known');
  const ageDays = Math.max(0, daysBetween(model.releaseDate, asOf));
  const halfLifeDays = METHODOLOGY.parameters.recencyHalfLifeDays;
  return knownSignal('RECENCY', 100 * 0.5 ** (ageDays / halfLifeDays), [
    { name: 'release date', value: model.releaseDate, unit: null, provenance: model.modelProvenance },
    { name: 'as-of date', value: asOf, unit: null, provenance: null },
    { name: 'age', value: ageDays, unit: 'days', provenance: null },
  ]);
}
