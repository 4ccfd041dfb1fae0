/**
 * Exact decimal → integer conversion for prices. Sources give prices as decimal text (OpenRouter:
 * `"0.000008"` USD per token) or as JSON numbers (models.dev: `0.3` USD per million tokens); going
 * through floating-point multiplication would turn 8 USD/M into 7999999999.999999 nano-dollars, so the
 * digits are scaled as integers instead. A JSON number is read through its shortest round-trip text
 * (`String(0.3)` is `"0.3"`), which is exactly what the source file spelled.
 *
 * Rounding: a result finer than one unit is rounded half-up (…0.5 → up). Prices are never negative
 * here (callers reject them first), so half-up and half-away-from-zero agree.
 */

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^([+-]?)\.(\d+)(?:[eE]([+-]?\d+))?$/;

export class DecimalError extends Error {}

/** `text × 10^pow10`, rounded half-up to an integer. Throws DecimalError on anything but a decimal. */
export function scaleDecimalText(text: string, pow10: number): bigint {
  const match = DECIMAL_TEXT.exec(text.trim());
  if (!match) throw new DecimalError(`not a decimal number: ${JSON.stringify(text.slice(0, 40))}`);
  const sign = match[1] ?? match[5] ?? '';
  const whole = match[2] ?? '0';
  const fraction = match[3] ?? match[6] ?? '';
  const exponent = Number(match[4] ?? match[7] ?? '0');
  const digits = BigInt(whole + fraction);
  const shift = pow10 + exponent - fraction.length;
  let magnitude: bigint;
  if (shift >= 0) {
    magnitude = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    magnitude = (digits * 2n + divisor) / (divisor * 2n);
  }
  return sign === '-' ? -magnitude : magnitude;
}

/** The shortest decimal text that reads back as `value` (JavaScript's own Number → string rule). */
export function numberToDecimalText(value: number): string {
  if (!Number.isFinite(value)) throw new DecimalError(`not a finite number: ${value}`);
  return String(value);
}

function toSafeInteger(scaled: bigint, what: string): number {
  if (scaled > BigInt(Number.MAX_SAFE_INTEGER) || scaled < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new DecimalError(`${what} is too large to store exactly`);
  }
  return Number(scaled);
}

/** USD per token (decimal text, OpenRouter) → nano-USD per million tokens: × 1e6 tokens × 1e9 nano. */
export function usdPerTokenTextToNanoUsdPerMTok(text: string): number {
  return toSafeInteger(scaleDecimalText(text, 15), `price ${text}`);
}

/** USD per million tokens (JSON number, models.dev) → nano-USD per million tokens. */
export function usdPerMTokToNanoUsdPerMTok(usdPerMTok: number): number {
  return toSafeInteger(scaleDecimalText(numberToDecimalText(usdPerMTok), 9), `price ${usdPerMTok}`);
}

/** USD per unit (image, request, search) as text or number → nano-USD per unit. */
export function usdToNanoUsd(usd: string | number): number {
  const text = typeof usd === 'number' ? numberToDecimalText(usd) : usd;
  return toSafeInteger(scaleDecimalText(text, 9), `price ${text}`);
}
