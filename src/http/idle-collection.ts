import { performance } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/**
 * Gives back the heap a burst of requests grew, once the server is idle.
 *
 * Under load, objects of requests in flight outlive young collections and fill the old generation,
 * which V8 then lets grow to about four times its live size. When the load stops, an idle server
 * allocates nothing, so no collection starts, and V8's memory reducer, whose job this is, runs only
 * after some bursts (it waits for a mark-compact that grew committed memory by 10% since its last
 * run): in one bench run the main heap still held 266 MB "used" of 303 MB, 60 s after the last
 * request, with 70–95 MB of it live. One full collection, run while idle, frees it (74 ms on a
 * 228 MB heap: RSS 430 → 297 MB a second later, 234 MB at +20 s as the memory reducer followed).
 *
 * Every `checkEveryMs` the server looks at its event loop and heap: idle means the loop was busy less
 * than `idleUtilization` of the time since the last look (a /ready every second, with a memory probe
 * writing every second beside it, kept it at 0.7–2.1%; the heap's used size is no sign, as under load
 * it swings with every young collection), and a collection is worth its pause when `garbageBytes`
 * more heap is committed than was live after the last collection. Committed, not used: a mark-compact of V8's own under load may have emptied the
 * heap without giving its pages back. One collection per idle spell: the next waits for some load.
 *
 * A collection may leave pages committed that it emptied (V8 shrinks the young generation only when
 * it measures the allocation rate low), so when the first leaves `garbageBytes` committed beyond what
 * is used, a second follows at once; never more.
 */
export interface IdleCollectionThresholds {
  checkEveryMs: number;
  idleUtilization: number;
  garbageBytes: number;
}

export const IDLE_COLLECTION: IdleCollectionThresholds = { checkEveryMs: 5_000, idleUtilization: 0.05, garbageBytes: 32 << 20 };

export interface Reading {
  /** The event loop's utilization since the previous reading, 0–1. */
  loopUtilization: number;
  usedBytes: number;
  committedBytes: number;
}

export interface IdleState {
  /** Used heap right after the last collection: what is live, as far as anyone knows. */
  liveBytes: number;
  /** Whether this idle spell has had its collection. */
  collectedWhileIdle: boolean;
}

const isIdle = (reading: Reading, thresholds: IdleCollectionThresholds): boolean => reading.loopUtilization < thresholds.idleUtilization;

export function shouldCollect(state: IdleState, reading: Reading, thresholds: IdleCollectionThresholds = IDLE_COLLECTION): boolean {
  return isIdle(reading, thresholds) && !state.collectedWhileIdle && reading.committedBytes - state.liveBytes >= thresholds.garbageBytes;
}

/** The state after a reading that did not lead to a collection. */
export function afterReading(state: IdleState, reading: Reading, thresholds: IdleCollectionThresholds = IDLE_COLLECTION): IdleState {
  return {
    // A collection of V8's own that left less than the last one of ours is the better estimate.
    liveBytes: Math.min(state.liveBytes, reading.usedBytes),
    collectedWhileIdle: state.collectedWhileIdle && isIdle(reading, thresholds),
  };
}

export interface Collection {
  before: Reading;
  after: Reading;
  /** 1 or 2 full collections. */
  collections: number;
  pauseMs: number;
}

export interface IdleCollectionOptions {
  /** A full, synchronous collection: V8's `gc`, which `--expose-gc` exposes. */
  collect: () => void;
  onCollected: (collection: Collection) => void;
  thresholds?: IdleCollectionThresholds;
  /** Each call reads the loop's utilization since the call before. */
  read?: () => Reading;
}

/** Readings of this process's event loop and V8 heap. */
export function processReadings(): () => Reading {
  let previous = performance.eventLoopUtilization();
  return () => {
    const current = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(current, previous);
    previous = current;
    const { used_heap_size, total_heap_size } = getHeapStatistics();
    return { loopUtilization: utilization, usedBytes: used_heap_size, committedBytes: total_heap_size };
  };
}

/** Checks in the background (the timer keeps no process alive); the returned function stops it. */
export function startIdleCollection({ collect, onCollected, thresholds = IDLE_COLLECTION, read = processReadings() }: IdleCollectionOptions): () => void {
  let state: IdleState = { liveBytes: read().usedBytes, collectedWhileIdle: false };
  const timer = setInterval(() => {
    const before = read();
    if (!shouldCollect(state, before, thresholds)) {
      state = afterReading(state, before, thresholds);
      return;
    }
    const startedAt = performance.now();
    collect();
    let after = read();
    let collections = 1;
    if (after.committedBytes - after.usedBytes >= thresholds.garbageBytes) {
      collect();
      after = read();
      collections = 2;
    }
    const pauseMs = performance.now() - startedAt;
    state = { liveBytes: after.usedBytes, collectedWhileIdle: true };
    onCollected({ before, after, collections, pauseMs });
  }, thresholds.checkEveryMs).unref();
  return () => clearInterval(timer);
}

/**
 * A full collection that compacts the whole old generation: V8's `gc`, when the process was started
 * with --expose-gc (`npm start`'s entry starts it so), run with V8's compact-on-every-full-gc flag
 * set for its duration. A plain full collection moves objects only off pages at least 70% empty, so
 * after a burst it left the old generation at 109–124 MB committed for 85 MB used (three collections
 * in a row); with the flag, 87 MB. That is what V8's memory reducer would do, which Node 20's `gc`
 * cannot ask for (its `flavor: 'last-resort'` option collects nothing there).
 */
export function compactingCollection(): (() => void) | undefined {
  const gc = (globalThis as { gc?: unknown }).gc;
  if (typeof gc !== 'function') return undefined;
  return () => {
    setFlagsFromString('--compact-on-every-full-gc');
    try {
      gc();
    } finally {
      setFlagsFromString('--no-compact-on-every-full-gc');
    }
  };
}
