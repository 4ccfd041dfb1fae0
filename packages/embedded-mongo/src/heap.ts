import { getHeapStatistics } from 'node:v8';

export interface HeapUse {
  usedBytes: number;
  committedBytes: number;
}

export interface HeapCollection {
  /** False when V8's `gc` is not exposed (the process was started without --expose-gc). */
  collected: boolean;
  before: HeapUse;
  after: HeapUse;
}

function heapUse(): HeapUse {
  const { used_heap_size, total_heap_size } = getHeapStatistics();
  return { usedBytes: used_heap_size, committedBytes: total_heap_size };
}

/** The answer of a store that did not collect: its heap as it is. */
export function notCollected(): HeapCollection {
  const heap = heapUse();
  return { collected: false, before: heap, after: heap };
}

/** A full collection of this thread's heap, when the process allows it. */
export function collectHeap(): HeapCollection {
  const gc = (globalThis as { gc?: unknown }).gc;
  if (typeof gc !== 'function') return notCollected();
  const before = heapUse();
  gc();
  return { collected: true, before, after: heapUse() };
}
