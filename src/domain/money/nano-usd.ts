/** Integer nano-dollars (1 USD = 1e9 nanoUsd), the unit every stored price is kept in. */
export const NANO_USD_PER_USD = 1_000_000_000n;

/** The exact decimal text of an integer nano-dollar amount: 1_250_000_000 → "1.25", 3 → "0.000000003". */
export function nanoUsdToDecimal(nanoUsd: number | bigint): string {
  const amount = BigInt(nanoUsd);
  const sign = amount < 0n ? '-' : '';
  const magnitude = amount < 0n ? -amount : amount;
  const whole = magnitude / NANO_USD_PER_USD;
  const fraction = (magnitude % NANO_USD_PER_USD).toString().padStart(9, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
