/**
 * Documents and query results of one catalog version, shared by the requests of one server
 * instance. A catalog version never changes once written, so what was read for it stays true. The
 * version each request reads comes from the instance's view of the pointer (read at most once per
 * CATALOG_VERSION_MAX_AGE_MS, see catalog-versions/pointer.ts), so an import on any instance is seen
 * here within that time, and entries of older versions are dropped as soon as a request sees a newer
 * one. Bounded (least recently used entries go first); nothing here is authoritative, the database is.
 */
export class VersionCache {
  #version = -1;
  readonly #entries = new Map<string, unknown>();
  /** Loads under way, by version and key: what `through` hands to the requests that miss meanwhile. */
  readonly #loading = new Map<string, Promise<unknown>>();

  constructor(readonly maxEntries = 50_000) {}

  /** The value for `key` in this version, or undefined. */
  get<T>(version: number, key: string): T | undefined {
    if (version !== this.#version || !this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as T;
    // Re-insert to mark it recently used (Map keeps insertion order).
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(version: number, key: string, value: unknown): void {
    if (version < this.#version) return;
    if (version > this.#version) {
      this.#version = version;
      this.#entries.clear();
    }
    this.#entries.delete(key);
    this.#entries.set(key, value);
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
