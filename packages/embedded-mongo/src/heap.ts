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

export function heapUse(): HeapUse {
  const { used_heap_size, total_heap_size } = getHeapStatistics();
  return { usedBytes: used_heap_size, committedBytes: total_heap_size };
}

/** A full collection of this thread's heap, when the process allows it. */
export function collectHeap(): HeapCollection {
  const gc = (globalThis as { gc?: unknown }).gc;
  const before = heapUse();
  if (typeof gc !== 'function') return { collected: false, before, after: before };
  gc();
  return { collected: true, before, after: heapUse() };
}
