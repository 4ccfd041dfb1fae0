import { describe, expect, it } from 'vitest';
import { memoizedPerObject } from '../../src/domain/util/memoize.ts';

describe('memoizedPerObject', () => {
  it('computes once per key object and hands back the same value', () => {
    const computedFor: object[] = [];
    const sizeOf = memoizedPerObject((list: number[]) => {
      computedFor.push(list);
      return { size: list.length };
    });
    const a = [1, 2, 3];
    const b = [1, 2, 3];
    const first = sizeOf(a);
    expect(first).toEqual({ size: 3 });
    expect(sizeOf(a)).toBe(first);
    // An equal but distinct object is another key.
    expect(sizeOf(b)).not.toBe(first);
    expect(sizeOf(b)).toEqual({ size: 3 });
    expect(computedFor).toEqual([a, b]);
    expect(computedFor[0]).toBe(a);
    expect(computedFor[1]).toBe(b);
  });

  it('keeps a falsy value as computed, without computing it again', () => {
    let calls = 0;
    const zero = memoizedPerObject((_key: object) => {
      calls++;
      return 0;
    });
    const key = {};
    expect(zero(key)).toBe(0);
    expect(zero(key)).toBe(0);
    expect(calls).toBe(1);
  });
});
