import { describe, expect, it } from 'vitest';
import { money, roundMoney } from '../../../src/domain/money/money.ts';
import { rational } from '../../../src/domain/money/rational.ts';

describe('roundMoney: nano-USD fraction → whole micro-USD, half-up', () => {
  it.each([
    [499n, 1n, 0n], // 0.499 µ$ → 0
    [500n, 1n, 1n], // 0.5 µ$ → 1 (half-up)
    [1_500n, 1n, 2n], // 1.5 → 2
    [2_500n, 1n, 3n], // 2.5 → 3 (not banker's 2)
    [2_000n, 3n, 1n], // 666.67 nano = 0.667 µ$ → 1
    [-500n, 1n, -1n], // half away from zero
  ])('%s/%s nano-USD → %s µ$', (num, den, micro) => {
    expect(roundMoney(rational(num, den)).microUsd).toBe(micro);
  });
});

describe('money formatting', () => {
  it.each([
    [1_234_560_000n, '1234.56', '$1,234.56'],
    [125n, '0.000125', '$0.000125'],
    [0n, '0.00', '$0.00'],
    [3_500_000n, '3.50', '$3.50'],
    // For people, to the cent (half-up): 14.447917 → 14.45; 2,396.225004 → 2,396.23; 14.995 → 15.00.
    [14_447_917n, '14.447917', '$14.45'],
    [2_396_225_004n, '2396.225004', '$2,396.23'],
    [14_995_000n, '14.995', '$15.00'],
    [14_994_999n, '14.994999', '$14.99'],
    // Under one cent the digits stay (cents would show nothing); one cent itself is cents.
    [4_750n, '0.00475', '$0.00475'],
    [9_999n, '0.009999', '$0.009999'],
    [10_000n, '0.01', '$0.01'],
    [-25_093_750n, '-25.09375', '-$25.09'],
    [1_000_000_000_000_000n, '1000000000.00', '$1,000,000,000.00'],
  ])('%s µ$ → %s, %s', (micro, usd, formatted) => {
    expect(money(micro)).toEqual({ microUsd: micro, usd, formatted });
  });
});
