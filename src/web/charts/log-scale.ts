/**
 * A base-10 log axis over positive values, in whole decades, with room at its start for zero
 * (which a log scale cannot place): monthly costs run from fractions of a cent to hundreds of
 * dollars, and a free model costs exactly nothing.
 */
export interface LogScale {
  /** The position of a value on the axis: zero at the start, behind a break, the rest by decade. */
  position(value: number): number;
  /** One tick per decade (fewer when decades would crowd), and a tick for zero when there is one. */
  ticks: { value: number; position: number }[];
  /** Where the break between zero and the first decade is drawn; null without zero. */
  breakAt: number | null;
}

/** Ticks closer than this, in drawing units, would overlap at phone width. */
const MIN_TICK_SPACING = 44;
/** The room zero takes before the first decade. */
const ZERO_ROOM = 34;

export function logScale(values: readonly number[], start: number, end: number): LogScale {
  const positive = values.filter((value) => value > 0);
  const hasZero = values.some((value) => value === 0);
  const low = positive.length ? Math.floor(Math.log10(Math.min(...positive))) : 0;
  // At least one decade, so that equal values still have an axis.
  const high = Math.max(positive.length ? Math.ceil(Math.log10(Math.max(...positive))) : 1, low + 1);
  const from = hasZero ? start + ZERO_ROOM : start;
  const perDecade = (end - from) / (high - low);
  const position = (value: number) => (value <= 0 ? start : from + (Math.log10(value) - low) * perDecade);
  const every = Math.ceil(MIN_TICK_SPACING / perDecade);
  const decades = Array.from({ length: high - low + 1 }, (_, index) => low + index).filter((decade) => (decade - low) % every === 0);
  const ticks = [...(hasZero ? [0] : []), ...decades.map((decade) => 10 ** decade)].map((value) => ({ value, position: position(value) }));
  return { position, ticks, breakAt: hasZero ? start + ZERO_ROOM / 2 : null };
}
