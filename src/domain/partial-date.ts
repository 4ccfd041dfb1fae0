/**
 * Dates at the precision the source states them. A release known to the month (`2025-04`) or the
 * year (`2025`) is an interval of days, not its first day: aged from 2025-04-01 it would look older
 * than a model released on 2025-04-05, which the data cannot say. Every comparison of such dates
 * goes through `compareDates`, which declines to order two intervals that overlap.
 */
import type { IsoDate } from './catalog.ts';

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

export interface DateInterval {
  precision: DatePrecision;
  /** The first and last day the date may be, inclusive. */
  first: IsoDate;
  last: IsoDate;
}

const MS_PER_DAY = 86_400_000;
const pad = (value: number): string => String(value).padStart(2, '0');
const dayNumber = (day: IsoDate): number => Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
const fromDayNumber = (day: number): IsoDate => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

export function precisionOf(date: IsoDate): DatePrecision {
  return date.length === 4 ? 'YEAR' : date.length === 7 ? 'MONTH' : 'DAY';
}

export function dateInterval(date: IsoDate): DateInterval {
  const precision = precisionOf(date);
  if (precision === 'DAY') return { precision, first: date, last: date };
  if (precision === 'YEAR') return { precision, first: `${date}-01-01`, last: `${date}-12-31` };
  const [year, month] = date.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { precision, first: `${date}-01`, last: `${date}-${pad(lastDay)}` };
}

/** The middle day of the interval a date stands for: first + ⌊(last − first) / 2⌋ (2025-04 → 2025-04-15, 2025 → 2025-07-02). */
export function middleDay(date: IsoDate): IsoDate {
  const { first, last } = dateInterval(date);
  return fromDayNumber(dayNumber(first) + Math.floor((dayNumber(last) - dayNumber(first)) / 2));
}

/** Whole days from `from` to `to` (both days). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** `compareDates` on intervals worked out beforehand (ISO days compare as strings). */
export function compareIntervals(x: DateInterval, y: DateInterval): -1 | 0 | 1 | null {
  if (x.first > y.last) return 1;
  if (x.last < y.first) return -1;
  return x.precision === 'DAY' && y.precision === 'DAY' ? 0 : null;
}

/**
 * 1 when `a` is surely later than `b`, −1 when surely earlier, 0 on the same day, and null when
 * their precision cannot order them (their intervals overlap: `2025-04` against `2025-04-05`, or
 * `2025-04` against `2025-04`).
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 | null {
  return compareIntervals(dateInterval(a), dateInterval(b));
}

/** "known only to the month (2025-04)", for messages; empty for a day. */
export function precisionWords(date: IsoDate): string {
  const precision = precisionOf(date);
  return precision === 'DAY' ? '' : `known only to the ${precision === 'MONTH' ? 'month' : 'year'} (${date})`;
}
