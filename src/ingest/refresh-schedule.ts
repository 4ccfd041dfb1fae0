/**
 * The server's background refresh (REFRESH_INTERVAL): a run at start and then one every interval,
 * on an unref'd timer (it never keeps a process alive). One process never runs two at once: a tick,
 * or `runNow`, while a run is going joins that run. Across instances the import lock and the shared
 * fetch state keep refreshes apart (see refresh-run.ts).
 */

/** One refresh of every due source; `signal` aborts it (fetches stop; an import under way finishes). */
export type RefreshRun = (signal: AbortSignal) => Promise<void>;

export interface RefreshScheduleOptions {
  intervalMs: number;
  run: RefreshRun;
  /** A run that failed as a whole (a source's failed refresh is an outcome the run reports itself). */
  onError(error: unknown): void;
}

export interface RefreshSchedule {
  /** Runs a refresh now or, while one is going, waits for that one. */
  runNow(): Promise<void>;
  /** No further runs; aborts the one going and waits for it to settle. */
  stop(): Promise<void>;
}

export function startRefreshSchedule({ intervalMs, run, onError }: RefreshScheduleOptions): RefreshSchedule {
  const abort = new AbortController();
  let running: Promise<void> | null = null;
  const runNow = () => {
    if (abort.signal.aborted) return Promise.resolve();
    running ??= run(abort.signal)
      .catch(onError)
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(runNow, intervalMs).unref();
  void runNow();
  return {
    runNow,
    async stop() {
      clearInterval(timer);
      abort.abort();
      await running;
    },
  };
}
