import type { IsoDate } from '../../catalog.ts';
import { dateInterval, daysBetween, middleDay, precisionOf } from '../../partial-date.ts';
import { roundScore } from '../../rounding.ts';
import { METHODOLOGY } from '../methodology.ts';
import type { CohortModel, SignalScore } from '../types.ts';
import { knownSignal, missingSignal } from './score.ts';

const recencyAt = (release: IsoDate, asOf: IsoDate): number =>
  100 * 0.5 ** (Math.max(0, daysBetween(release, asOf)) / METHODOLOGY.parameters.recencyHalfLifeDays);

/**
 * Absolute decay from the release date. A date known only to the month or the year is aged from
 * the middle of its interval (2025-04 from 2025-04-15), and the signal carries the range the
 * interval allows (aged from its last day to its first) as its interval, so that nothing is read
 * into a precision the data does not have.
 */
export function recencySignal(model: CohortModel, asOf: IsoDate): SignalScore {
  if (model.releaseDate === null) return missingSignal('RECENCY', 'UNKNOWN', 'the release date is not known');
  const release = model.releaseDate;
  const used = middleDay(release);
  const ageDays = Math.max(0, daysBetween(used, asOf));
  const partial = precisionOf(release) !== 'DAY';
  const { first, last } = dateInterval(release);
  return knownSignal(
    'RECENCY',
    recencyAt(used, asOf),
    [
      { name: 'release date', value: release, unit: null, provenance: model.modelProvenance },
      ...(partial
        ? [
            {
              name: `release day assumed: the middle of ${first} – ${last} (the date is known to the ${precisionOf(release).toLowerCase()})`,
              value: used,
              unit: null,
              provenance: null,
            },
          ]
        : []),
      { name: 'as-of date', value: asOf, unit: null, provenance: null },
      { name: 'age', value: ageDays, unit: 'days', provenance: null },
    ],
    [],
    partial ? { lower: roundScore(recencyAt(first, asOf)), upper: roundScore(recencyAt(last, asOf)) } : null,
  );
}
