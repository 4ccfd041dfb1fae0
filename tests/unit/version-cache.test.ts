import { describe, expect, it } from 'vitest';
import { VersionCache } from '../../src/data/version-cache.ts';

describe('VersionCache', () => {
  it('returns what was stored for the same version only', () => {
    const cache = new VersionCache();
    cache.set(3, 'a', 1);
    expect(cache.get(3, 'a')).toBe(1);
    expect(cache.get(4, 'a')).toBeUndefined();
    expect(cache.get(2, 'a')).toBeUndefined();
  });

  it('drops every entry of an older version when a newer one is stored, and ignores late writes for older versions', () => {
    const cache = new VersionCache();
    cache.set(3, 'a', 1);
    cache.set(4, 'b', 2);
    expect(cache.get(4, 'a')).toBeUndefined();
    cache.set(3, 'c', 3);
    expect(cache.get(3, 'c')).toBeUndefined();
    expect(cache.get(4, 'b')).toBe(2);
  });

  it('evicts the least recently used entry beyond its bound', () => {
    const cache = new VersionCache(2);
    cache.set(1, 'a', 1);
    cache.set(1, 'b', 2);
    cache.get(1, 'a');
    cache.set(1, 'c', 3);
    expect(cache.get(1, 'b')).toBeUndefined();
    expect(cache.get(1, 'a')).toBe(1);
    expect(cache.get(1, 'c')).toBe(3);
  });

  it('keeps an entry read since it left the newest half of the bound, evicting the unread in insertion order', () => {
    const cache = new VersionCache(4);
    for (const [index, key] of ['a', 'b', 'c', 'd'].entries()) cache.set(1, key, index);
    // 'a' is the oldest of four when read, so the read moves it behind 'd'; 'd' is the newest, read in place.
    expect(cache.get(1, 'a')).toBe(0);
    expect(cache.get(1, 'd')).toBe(3);
    cache.set(1, 'e', 4);
    cache.set(1, 'f', 5);
    expect(cache.get(1, 'b')).toBeUndefined();
    expect(cache.get(1, 'c')).toBeUndefined();
    expect([cache.get(1, 'a'), cache.get(1, 'd'), cache.get(1, 'e'), cache.get(1, 'f')]).toEqual([0, 3, 4, 5]);
  });

  it('reads through: loads once per key and version, keeping null results too', async () => {
    const cache = new VersionCache();
    let loads = 0;
    const load = async () => {
      loads += 1;
      return null;
    };
    expect(await cache.through(1, 'k', load)).toBeNull();
    expect(await cache.through(1, 'k', load)).toBeNull();
    expect(loads).toBe(1);
    await cache.through(2, 'k', load);
    expect(loads).toBe(2);
  });

  it('requests that miss while a load is under way share it, whatever their number', async () => {
    const cache = new VersionCache();
    let loads = 0;
    let finish: (value: string) => void = () => {};
    const load = () => {
      loads += 1;
      return new Promise<string>((resolve) => {
        finish = resolve;
      });
    };
    const waiting = Array.from({ length: 50 }, () => cache.through(1, 'board', load));
    // Another key or another version is another load.
    void cache.through(1, 'other', async () => 'x');
    expect(loads).toBe(1);
    finish('ranked');
    expect(await Promise.all(waiting)).toEqual(new Array(50).fill('ranked'));
    expect(cache.get(1, 'board')).toBe('ranked');
    expect(loads).toBe(1);
  });

  it('a failed load fails the requests that waited for it and is tried again by the next', async () => {
    const cache = new VersionCache();
    let loads = 0;
    const failing = async () => {
      loads += 1;
      throw new Error('store unavailable');
    };
    const first = cache.through(1, 'k', failing);
    const second = cache.through(1, 'k', failing);
    await expect(first).rejects.toThrow('store unavailable');
    await expect(second).rejects.toThrow('store unavailable');
    expect(loads).toBe(1);
    expect(await cache.through(1, 'k', async () => 'loaded')).toBe('loaded');
  });
});
