/**
 * "What did this cost last March?": an offering's price on a day, replayed from its dated events.
 * Events take effect on their own day (a change dated the 1st is in force on the 1st); several
 * events on one day apply in the order given, so the last one listed wins.
 */
import type { IsoDate, PriceEvent } from '../catalog.ts';
import { byKey } from '../util/sorting.ts';
import type { PriceInForce } from './types.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The state after the last event on or before `date`; null before the offering existed or after it was removed. */
export function priceAt(offeringId: string, events: readonly PriceEvent[], date: IsoDate): PriceInForce | null {
  if (!ISO_DAY.test(date)) throw new RangeError(`Expected a YYYY-MM-DD day, got ${JSON.stringify(date)}`);
  // ISO days compare correctly as strings; the stable sort keeps same-day events in input order.
  const last = events
    .filter((event) => event.offeringId === offeringId && event.date <= date)
    .sort(byKey((event) => event.date))
    .at(-1);
  if (!last || last.change === 'REMOVED' || last.price === null) return null;
  return { price: last.price, limits: last.limits, since: last.date, eventId: last.id };
}
