/**
 * Documents and query results of one catalog version, shared by the requests of one server
 * instance. A catalog version never changes once written, so what was read for it stays true. The
 * version each request reads comes from the instance's view of the pointer (read at most once per
 * CATALOG_VERSION_MAX_AGE_MS, see catalog-versions/pointer.ts), so an import on any instance is seen
 * here within that time, and entries of older versions are dropped as soon as a request sees a newer
 * one. Bounded (the least recently used go first, see get); nothing here is authoritative, the database is.
 */
export class VersionCache {
  #version = -1;
  /** In the order they were last inserted or moved; `stamp` counts those moves. */
  readonly #entries = new Map<string, { value: unknown; stamp: number }>();
  #stamp = 0;
  /** Loads under way, by version and key: what `through` hands to the requests that miss meanwhile. */
  readonly #loading = new Map<string, Promise<unknown>>();

  constructor(readonly maxEntries = 50_000) {}

  /** The value for `key` in this version, or undefined. */
  get<T>(version: number, key: string): T | undefined {
    if (version !== this.#version) return undefined;
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    // Moved to the back (Map keeps insertion order) only once it is outside the newest half: moving
    // on every hit deleted from and re-inserted into a map of thousands of entries, which V8 rehashes
    // as it fills with deleted slots (1 µs a hit against 20 ns, 3% of a leaderboard request's CPU).
    // An entry read within the last maxEntries / 2 insertions is still never the next to go.
    if (this.#stamp - entry.stamp >= this.maxEntries / 2) {
      this.#entries.delete(key);
      entry.stamp = ++this.#stamp;
      this.#entries.set(key, entry);
    }
    return entry.value as T;
  }

  set(version: number, key: string, value: unknown): void {
    if (version < this.#version) return;
    if (version > this.#version) {
      this.#version = version;
      this.#entries.clear();
    }
    this.#entries.delete(key);
    this.#entries.set(key, { value, stamp: ++this.#stamp });
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }

  /**
   * Reads through the cache: `load` runs only on a miss, and its result is kept. A request that
   * misses while a load of the same version and key is under way waits for that load instead of
   * starting its own: 50 leaderboard requests arriving at a cold server each read the whole catalog
   * and ranked it, and none was answered within 6 s. A load that fails is forgotten, so the next
   * miss tries again.
   */
  through<T>(version: number, key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.get<T>(version, key);
    if (cached !== undefined) return Promise.resolve(cached);
    const loadingKey = `${version}\u0000${key}`;
    const pending = this.#loading.get(loadingKey);
    if (pending) return pending as Promise<T>;
    const loading = load()
      .then((value) => {
        this.set(version, key, value);
        return value;
      })
      .finally(() => this.#loading.delete(loadingKey));
    this.#loading.set(loadingKey, loading);
    return loading;
  }
}
