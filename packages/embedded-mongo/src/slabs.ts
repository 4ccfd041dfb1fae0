/**
 * Where a collection keeps its documents' bytes: packed one after another into slabs of up to
 * 256 KB, rather than one allocation each. A catalog's documents are written together (one
 * version per import) and deleted together (when the version is collected), so their slabs die
 * whole and go back to the system (a slab is above the mmap threshold the server sets). Allocated
 * one by one, the freed documents left holes between live ones in the allocator's heap, memory the
 * process kept: a seed, two imports and the collection of the two older versions left the store at
 * 498 MB RSS with 115 MB of documents live.
 *
 * A slab lives while any document in it does, so a collection whose documents are replaced one at
 * a time keeps at most a few slabs of its own alive; slabs start small and grow, so that a
 * collection of a few documents costs kilobytes.
 */

const FIRST_SLAB_BYTES = 4 * 1024;
const LARGEST_SLAB_BYTES = 256 * 1024;
/** A document larger than this gets an allocation of its own: it would leave too much of a slab unused. */
const LARGEST_PACKED_BYTES = 32 * 1024;

export class Slabs {
  #slab: Buffer | null = null;
  #used = 0;
  #nextSize = FIRST_SLAB_BYTES;

  /** A copy of `bytes` that the collection keeps. */
  keep(bytes: Uint8Array): Buffer {
    const length = bytes.length;
    if (length > LARGEST_PACKED_BYTES) {
      const own = Buffer.allocUnsafeSlow(length);
      own.set(bytes);
      return own;
    }
    if (this.#slab === null || this.#used + length > this.#slab.length) {
      this.#slab = Buffer.allocUnsafeSlow(Math.max(this.#nextSize, length));
      this.#used = 0;
      this.#nextSize = Math.min(LARGEST_SLAB_BYTES, this.#nextSize * 2);
    }
    const kept = this.#slab.subarray(this.#used, this.#used + length);
    kept.set(bytes);
    this.#used += length;
    return kept;
  }
}
