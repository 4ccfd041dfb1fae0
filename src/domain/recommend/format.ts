/** How the recommendation's sentences write figures. Money goes through the one money formatter. */
import { money } from '../money/money.ts';
import type { IntervalBounds } from '../scoring/types.ts';

const NANO_USD_PER_MICRO_USD = 1_000n;

export const usdText = (nanoUsd: bigint) => money(nanoUsd / NANO_USD_PER_MICRO_USD).formatted;
export const nanoUsdToUsd = (nanoUsd: bigint) => Number(nanoUsd) / 1e9;
export const tokensText = (count: number) => `${count.toLocaleString('en-US')} tokens`;
export const pointsText = (value: number) => value.toFixed(1);
export const rangeText = ({ lower, upper }: IntervalBounds) => `${pointsText(lower)}–${pointsText(upper)}`;
export const listText = (items: readonly string[]) => items.join(', ');
export const NANO_USD_PER_MICRO = NANO_USD_PER_MICRO_USD;
