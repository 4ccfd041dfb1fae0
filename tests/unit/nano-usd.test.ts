import { describe, expect, it } from 'vitest';
import { nanoUsdToDecimal } from '../../src/domain/money/nano-usd.ts';

describe('nanoUsdToDecimal', () => {
  it.each([
    [1_250_000_000, '1.25'],
    [8_000_000_000, '8'],
    [3, '0.000000003'],
    [0, '0'],
    [37_500_000, '0.0375'],
    [-1_500_000_000, '-1.5'],
    [123_456_789_012n, '123.456789012'],
  ])('%s nanoUsd is %s USD', (nanoUsd, expected) => {
    expect(nanoUsdToDecimal(nanoUsd)).toBe(expected);
  });
});
