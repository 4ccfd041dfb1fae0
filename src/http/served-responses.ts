import type { Plugin } from 'graphql-yoga';
import type { CatalogVersionSource } from '../data/catalog-versions/pointer.ts';
import { requestScope } from '../logging.ts';

/**
 * The lean path for repeated public queries: once the response cache has answered a request as a
 * hit, this instance keeps that response as Yoga serialised it and answers the same request
 * (same catalog version, Accept header and body or query string) with those bytes before any
 * GraphQL work. A hit then costs about a third of a hello-world request instead of twice one.
 *
 * Only what the response cache itself served as a hit is kept, so the copy says `hit: true` and
 * stands for an entry the cache holds. Keys start with the catalog version, whose data never
 * changes, so a copy is never staler than the version this instance reads; copies live at most
 * `ttlMs` and are dropped with the response cache (`clear`, after an ingest).
 */
export interface ServedResponses {
  plugin: Plugin;
  clear(): void;
}

interface ServedResponse {
  body: string;
  headers: [string, string][];
  operationName: string | undefined;
  expiresAtMs: number;
}

/** Response headers worth replaying; the rest (date, request id, connection) are per response. */
const REPLAYED_HEADERS = ['content-type', 'etag', 'last-modified'];

/** The version this instance reads, or undefined while the database cannot say (the request then takes the normal path). */
async function currentVersion(versions: CatalogVersionSource): Promise<number | undefined> {
  const current = versions.current();
  return typeof current === 'number' ? current : current.catch(() => undefined);
}

export function servedResponses({
  versions,
  ttlMs,
  maxEntries,
  onServed,
}: {
  versions: CatalogVersionSource;
  ttlMs: number;
  maxEntries: number;
  onServed(): void;
}): ServedResponses {
  /** Oldest first: past `maxEntries` the oldest copy goes. */
  const entries = new Map<string, ServedResponse>();
  /** The key of every request that went on to GraphQL, and of those whose answer was a hit worth copying. */
  const keyOf = new WeakMap<Request, string>();
  const toKeep = new WeakMap<Request, string>();

  const keep = (key: string, entry: ServedResponse) => {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  };

  const plugin: Plugin = {
    async onRequest({ request, url, setRequest, endResponse, fetchAPI }) {
      // Credentials, conditional requests (the cache answers those with 304) and non-GraphQL paths pass.
      if (request.headers.has('authorization') || request.headers.has('if-none-match') || !url.pathname.endsWith('/graphql')) return;
      const json = (request.headers.get('content-type') ?? '').startsWith('application/json');
      if (request.method !== 'GET' && !(request.method === 'POST' && json)) return;
      const body = request.method === 'POST' ? await request.text() : '';
      const version = await currentVersion(versions);
      const key = `${version}\u0000${request.headers.get('accept') ?? ''}\u0000${request.method === 'POST' ? body : url.search}`;
      const served = version === undefined ? undefined : entries.get(key);
      if (served && served.expiresAtMs > performance.now()) {
        const scope = requestScope.getStore();
        if (scope) scope.operationName = served.operationName;
        onServed();
        endResponse(new fetchAPI.Response(served.body, { status: 200, headers: served.headers }));
        return;
      }
      if (served) entries.delete(key);
      // The body was read here: GraphQL reads it from a fresh request.
      const next =
        request.method === 'POST' ? new fetchAPI.Request(request.url, { method: 'POST', headers: request.headers, body, signal: request.signal }) : request;
      if (next !== request) setRequest(next);
      if (version !== undefined) keyOf.set(next, key);
    },
    onResultProcess({ request, result }) {
      const key = keyOf.get(request);
      const extensions = (result as { extensions?: { responseCache?: { hit?: boolean } } }).extensions;
      if (key !== undefined && extensions?.responseCache?.hit === true) toKeep.set(request, key);
    },
    async onResponse({ request, response }) {
      const key = toKeep.get(request);
      if (key === undefined || response.status !== 200) return;
      toKeep.delete(request);
      const headers = REPLAYED_HEADERS.flatMap((name): [string, string][] => {
        const value = response.headers.get(name);
        return value === null ? [] : [[name, value]];
      });
      keep(key, {
        body: await response.clone().text(),
        headers,
        operationName: requestScope.getStore()?.operationName,
        expiresAtMs: performance.now() + ttlMs,
      });
    },
  };
  return { plugin, clear: () => entries.clear() };
}
