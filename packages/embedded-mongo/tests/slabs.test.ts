import { describe, expect, it } from 'vitest';
import { Slabs } from '../src/slabs.ts';

const bytes = (length: number, fill: number) => new Uint8Array(length).fill(fill);

describe('slabs: where a collection keeps its documents’ bytes', () => {
  it('keeps an equal, independent copy', () => {
    const slabs = new Slabs();
    const input = bytes(100, 7);
    const kept = slabs.keep(input);
    input.fill(0);
    expect([...kept]).toEqual(new Array(100).fill(7));
  });

  it('packs small documents one after another in one slab, none overlapping', () => {
    const slabs = new Slabs();
    const kept = [1, 2, 3].map((n) => slabs.keep(bytes(1000, n)));
    for (const doc of kept) expect(doc.buffer).toBe(kept[0]!.buffer);
    expect(kept.map((doc) => doc.byteOffset - kept[0]!.byteOffset)).toEqual([0, 1000, 2000]);
    kept.forEach((doc, i) => {
      expect(doc.every((byte) => byte === i + 1)).toBe(true);
    });
  });

  it('starts a new slab when one is full; slabs grow from 4 KB by doubling to 256 KB', () => {
    const slabs = new Slabs();
    const sizes = new Set<number>();
    let last: ArrayBufferLike | null = null;
    for (let i = 0; i < 2000; i++) {
      const doc = slabs.keep(bytes(1000, i % 250));
      if (doc.buffer !== last) sizes.add(doc.buffer.byteLength);
      last = doc.buffer;
    }
    // 2,000 KB of documents: 4 + 8 + 16 + 32 + 64 + 128 = 252 KB, then 256 KB slabs.
    expect([...sizes]).toEqual([4096, 8192, 16384, 32768, 65536, 131072, 262144]);
  });

  it('gives a document larger than 32 KB an allocation of its own', () => {
    const slabs = new Slabs();
    const small = slabs.keep(bytes(10, 1));
    const large = slabs.keep(bytes(40 * 1024, 2));
    expect(large.buffer).not.toBe(small.buffer);
    expect(large.byteLength).toBe(40 * 1024);
    expect(large.buffer.byteLength).toBe(40 * 1024);
    expect(slabs.keep(bytes(10, 3)).buffer).toBe(small.buffer);
  });
});
