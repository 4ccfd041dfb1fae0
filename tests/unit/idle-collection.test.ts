/** When the server collects its heap: idle, with enough committed beyond what was live, once per idle spell. */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  afterReading,
  type Collection,
  IDLE_COLLECTION,
  type IdleState,
  type Reading,
  shouldCollect,
  startIdleCollection,
} from '../../src/http/idle-collection.ts';

const MB = 2 ** 20;
const BUSY = 0.6;
const IDLE = 0.002;

const reading = (loopUtilization: number, usedMb: number, committedMb: number): Reading => ({
  loopUtilization,
  usedBytes: usedMb * MB,
  committedBytes: committedMb * MB,
});
const state = (liveMb: number, collectedWhileIdle = false): IdleState => ({ liveBytes: liveMb * MB, collectedWhileIdle });

describe('shouldCollect', () => {
  it('collects an idle heap with 32 MB more committed than was live', () => {
    expect(shouldCollect(state(70), reading(IDLE, 266, 303))).toBe(true);
    // A mark-compact of V8's own emptied the heap but kept its pages.
    expect(shouldCollect(state(70), reading(IDLE, 80, 218))).toBe(true);
    expect(shouldCollect(state(70), reading(IDLE, 100, 70 + 32))).toBe(true);
  });

  it('leaves a busy loop, a heap with less than 32 MB to give back, and a second collection in one idle spell alone', () => {
    expect(shouldCollect(state(70), reading(BUSY, 266, 303))).toBe(false);
    expect(shouldCollect(state(70), reading(0.05, 266, 303))).toBe(false);
    expect(shouldCollect(state(70), reading(IDLE, 100, 70 + 31))).toBe(false);
    expect(shouldCollect(state(70, true), reading(IDLE, 266, 303))).toBe(false);
  });

  it('collects exactly when all three hold, for any readings', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(1_000),
        fc.nat(1_000),
        fc.nat(1_000),
        fc.boolean(),
        (loopUtilization, liveMb, usedMb, extraMb, collectedWhileIdle) => {
          const committedMb = usedMb + extraMb;
          const expected = loopUtilization < 0.05 && !collectedWhileIdle && committedMb - liveMb >= 32;
          expect(shouldCollect(state(liveMb, collectedWhileIdle), reading(loopUtilization, usedMb, committedMb))).toBe(expected);
        },
      ),
    );
  });
});

describe('afterReading', () => {
  it('takes a V8 collection that left less than ours as the live size, never a larger reading', () => {
    expect(afterReading(state(70), reading(BUSY, 60, 200)).liveBytes).toBe(60 * MB);
    expect(afterReading(state(70), reading(BUSY, 250, 300)).liveBytes).toBe(70 * MB);
  });

  it('ends an idle spell at the first busy reading only', () => {
    expect(afterReading(state(70, true), reading(IDLE, 70, 200)).collectedWhileIdle).toBe(true);
    expect(afterReading(state(70, true), reading(BUSY, 70, 200)).collectedWhileIdle).toBe(false);
    expect(afterReading(state(70, false), reading(IDLE, 70, 200)).collectedWhileIdle).toBe(false);
  });
});

describe('startIdleCollection', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /**
   * A heap the test moves by hand. A collection leaves `liveMb` used, and trims what is committed
   * beyond it by `trimMb` (the first collection of a fragmented heap gives back only part).
   */
  function simulatedHeap(liveMb: number, trimMb = Number.POSITIVE_INFINITY) {
    const heap = { loopUtilization: IDLE, usedMb: liveMb, committedMb: liveMb + 10 };
    const collections: Collection[] = [];
    const stop = startIdleCollection({
      collect: () => {
        heap.usedMb = liveMb;
        heap.committedMb = Math.max(liveMb + 10, heap.committedMb - trimMb);
      },
      onCollected: (collection) => collections.push(collection),
      read: () => reading(heap.loopUtilization, heap.usedMb, heap.committedMb),
    });
    const check = () => vi.advanceTimersByTime(IDLE_COLLECTION.checkEveryMs);
    return { heap, collections, stop, check };
  }

  it('collects once when a burst is over, and again only after the next burst', () => {
    const { heap, collections, stop, check } = simulatedHeap(70);
    check();
    expect(collections).toHaveLength(0);
    Object.assign(heap, { loopUtilization: BUSY, usedMb: 250, committedMb: 300 });
    check();
    expect(collections).toHaveLength(0);
    heap.loopUtilization = IDLE;
    check();
    expect(collections).toHaveLength(1);
    expect(collections[0]).toMatchObject({ before: reading(IDLE, 250, 300), after: reading(IDLE, 70, 80), collections: 1 });
    expect(collections[0]!.pauseMs).toBeGreaterThanOrEqual(0);
    // Still idle, and the heap somehow grew: still one collection for this spell.
    heap.committedMb = 300;
    check();
    check();
    expect(collections).toHaveLength(1);
    Object.assign(heap, { loopUtilization: BUSY, usedMb: 240, committedMb: 290 });
    check();
    heap.loopUtilization = IDLE;
    check();
    expect(collections).toHaveLength(2);
    stop();
    Object.assign(heap, { loopUtilization: BUSY, usedMb: 240, committedMb: 290 });
    check();
    heap.loopUtilization = IDLE;
    check();
    expect(collections).toHaveLength(2);
  });

  it('collects a second time at once when the first left 32 MB committed beyond what is used, never a third', () => {
    const { heap, collections, stop, check } = simulatedHeap(70, 150);
    Object.assign(heap, { loopUtilization: BUSY, usedMb: 250, committedMb: 300 });
    check();
    heap.loopUtilization = IDLE;
    check();
    // 300 → 150 (80 beyond the 70 used) → 80.
    expect(collections).toEqual([expect.objectContaining({ after: reading(IDLE, 70, 80), collections: 2 })]);
    stop();

    const huge = simulatedHeap(70, 100);
    Object.assign(huge.heap, { loopUtilization: BUSY, usedMb: 500, committedMb: 600 });
    huge.check();
    huge.heap.loopUtilization = IDLE;
    huge.check();
    // 600 → 500 → 400: two collections, however much is left.
    expect(huge.collections).toEqual([expect.objectContaining({ after: reading(IDLE, 70, 400), collections: 2 })]);
    huge.stop();
  });

  it('does not collect after a burst that left less than 32 MB behind', () => {
    const { heap, collections, stop, check } = simulatedHeap(70);
    Object.assign(heap, { loopUtilization: BUSY, usedMb: 95, committedMb: 101 });
    check();
    heap.loopUtilization = IDLE;
    check();
    check();
    expect(collections).toHaveLength(0);
    stop();
  });
});
