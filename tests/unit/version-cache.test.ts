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
});
