import { describe, expect, it } from 'vitest';
import { compareMethodologyVersions, METHODOLOGY } from '../../src/domain/scoring/methodology.ts';

describe('methodology versions, ordered part by part as numbers', () => {
  it.each([
    ['2026.11.0', '2026.12.2', -1],
    ['2026.12.1', '2026.12.2', -1],
    ['2026.12.10', '2026.12.2', 1], // 10 > 2 as numbers, although "10" < "2" as text
    ['2027.1.1', '2026.12.2', 1],
    ['2026.12.2', '2026.12.2', 0],
    ['2026.12', '2026.12.0', 0],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareMethodologyVersions(a, b))).toBe(sign);
    expect(Math.sign(compareMethodologyVersions(b, a))).toBe(-sign || 0);
  });

  it('the current version is the newest the tests know', () => {
    expect(compareMethodologyVersions('2026.12.1', METHODOLOGY.version)).toBeLessThan(0);
  });
});
