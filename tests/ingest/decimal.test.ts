import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecimalError, scaleDecimalText, usdPerMTokToNanoUsdPerMTok, usdPerTokenTextToNanoUsdPerMTok, usdToNanoUsd } from '../../src/domain/money/decimal.ts';

describe('prices to integer nano-USD without float error', () => {
  it('reads OpenRouter per-token text exactly: "0.000008" per token is 8 USD/M', () => {
    expect(usdPerTokenTextToNanoUsdPerMTok('0.000008')).toBe(8_000_000_000);
    expect(usdPerTokenTextToNanoUsdPerMTok('0.00000125')).toBe(1_250_000_000);
    expect(usdPerTokenTextToNanoUsdPerMTok('0')).toBe(0);
    // In floating point 0.0000029 USD/token × 1e6 tokens × 1e9 nano is 2900000000.0000005.
    expect(Number('0.0000029') * 1e6 * 1e9).not.toBe(2_900_000_000);
    expect(usdPerTokenTextToNanoUsdPerMTok('0.0000029')).toBe(2_900_000_000);
  });

  it('reads models.dev per-million numbers through their shortest decimal text', () => {
    expect(usdPerMTokToNanoUsdPerMTok(0.3)).toBe(300_000_000);
    expect(usdPerMTokToNanoUsdPerMTok(1.254)).toBe(1_254_000_000);
    expect(usdPerMTokToNanoUsdPerMTok(0.083333)).toBe(83_333_000);
    expect(usdPerMTokToNanoUsdPerMTok(1e-7)).toBe(100); // String(1e-7) is "1e-7": exponent form
    expect(usdPerMTokToNanoUsdPerMTok(15)).toBe(15_000_000_000);
    expect(usdPerMTokToNanoUsdPerMTok(1e-12)).toBe(0); // 0.001 nano-USD: rounds to 0
  });

  it('rounds finer than one nano-dollar half-up', () => {
    // OpenRouter: 0.00000008333333333333334 USD/token = 83,333,333.33… nano-USD per million.
    expect(usdPerTokenTextToNanoUsdPerMTok('0.00000008333333333333334')).toBe(83_333_333);
    expect(scaleDecimalText('0.5', 0)).toBe(1n);
    expect(scaleDecimalText('0.49', 0)).toBe(0n);
    expect(scaleDecimalText('2.5', 0)).toBe(3n);
    expect(scaleDecimalText('1.5e-9', 9)).toBe(2n);
  });

  it('prices per image, request and search as their own unit', () => {
    expect(usdToNanoUsd(21)).toBe(21_000_000_000);
    expect(usdToNanoUsd('0.01')).toBe(10_000_000);
  });

  it('refuses text that is not a decimal number', () => {
    for (const text of ['abc', '', '1,5', '0x10', '--1', '1.2.3', 'NaN']) {
      expect(() => scaleDecimalText(text, 9), text).toThrow(DecimalError);
    }
  });

  it('is exact for every price with up to 9 decimals (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (nano) => {
        const text = `${nano / 10n ** 9n}.${(nano % 10n ** 9n).toString().padStart(9, '0')}`;
        expect(scaleDecimalText(text, 9)).toBe(nano);
      }),
    );
  });
});
