/** The refresh schedule's timing, with a fake interval timer and runs the test finishes by hand. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RefreshSchedule, startRefreshSchedule } from '../../src/ingest/refresh-schedule.ts';

const INTERVAL_MS = 6 * 3_600_000;

/** Runs stay pending until the test settles them. */
let runs: { signal: AbortSignal; finish(): void; fail(error: Error): void }[] = [];
const run = (signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    runs.push({ signal, finish: resolve, fail: reject });
  });

/** Lets promise callbacks run (setImmediate is not faked here). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

let schedule: RefreshSchedule | undefined;
beforeEach(() => {
  runs = [];
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(async () => {
  vi.useRealTimers();
  const stopping = schedule?.stop();
  for (const pending of runs) pending.finish();
  await stopping;
  schedule = undefined;
});

describe('the refresh schedule', () => {
  it('runs once at start, then once every interval', async () => {
    schedule = startRefreshSchedule({ intervalMs: INTERVAL_MS, run, onError: () => {} });
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    await settle();
    vi.advanceTimersByTime(INTERVAL_MS - 1);
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(runs).toHaveLength(2);
  });

  it('never runs twice at once: a tick or runNow during a run joins it', async () => {
    schedule = startRefreshSchedule({ intervalMs: INTERVAL_MS, run, onError: () => {} });
    const joined = schedule.runNow();
    vi.advanceTimersByTime(3 * INTERVAL_MS);
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    await joined;
    vi.advanceTimersByTime(INTERVAL_MS);
    expect(runs).toHaveLength(2);
  });

  it('a failed run is reported, and the next interval runs again', async () => {
    const onError = vi.fn();
    schedule = startRefreshSchedule({ intervalMs: INTERVAL_MS, run, onError });
    const first = schedule.runNow();
    runs[0]!.fail(new Error('database down'));
    await first;
    expect(onError).toHaveBeenCalledWith(new Error('database down'));
    vi.advanceTimersByTime(INTERVAL_MS);
    expect(runs).toHaveLength(2);
  });

  it('stop aborts the run going, waits for it to settle, and no run follows', async () => {
    schedule = startRefreshSchedule({ intervalMs: INTERVAL_MS, run, onError: () => {} });
    let stopped = false;
    const stopping = schedule.stop().then(() => {
      stopped = true;
    });
    expect(runs[0]!.signal.aborted).toBe(true);
    await settle();
    expect(stopped).toBe(false);
    runs[0]!.finish();
    await stopping;
    vi.advanceTimersByTime(10 * INTERVAL_MS);
    await schedule.runNow();
    expect(runs).toHaveLength(1);
  });
});
