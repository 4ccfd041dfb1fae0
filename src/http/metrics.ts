import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of one app instance, in a registry of its own (several apps may share a
 * process in tests). Operation names come from clients, so only the first `MAX_OPERATION_LABELS`
 * distinct well-formed names get a label of their own; the rest count as "other".
 */
const MAX_OPERATION_LABELS = 200;

export interface Metrics {
  registry: Registry;
  observeRequest(operation: string | undefined, status: number, durationMs: number): void;
  cacheHit(): void;
  cacheMiss(): void;
  /** A hit answered from this instance's serialised copy, before any GraphQL work. */
  cacheServed(): void;
  databaseError(): void;
  /** A refresh of a source from its URLs ended with this result (applied, unchanged, not-modified, failed, busy). */
  refreshCompleted(source: string, result: string): void;
}

export interface MetricsOptions {
  /**
   * When each source's data was last known current (refreshed, or confirmed by a 304), read at
   * every scrape; a source never refreshed from its URLs has no sample (its age is unknown, not 0).
   */
  sourcesCheckedAt?: () => Promise<Map<string, Date>>;
}

export function createMetrics({ sourcesCheckedAt }: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL HTTP requests by operation name and HTTP status.',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from request to response, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: 'graphql_response_cache_lookups_total',
    help: 'Response cache lookups by result (hit or miss).',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const cacheServed = new Counter({
    name: 'graphql_response_cache_served_total',
    help: 'Response cache hits answered from this instance’s serialised copy of an earlier hit, before any GraphQL work.',
    registers: [registry],
  });
  const databaseErrors = new Counter({
    name: 'database_unavailable_errors_total',
    help: 'Operations that failed because the database could not be reached.',
    registers: [registry],
  });

  const refreshes = new Counter({
    name: 'catalog_refreshes_total',
    help: 'Refreshes of a source from its URLs, by source and result (applied, unchanged, not-modified, failed, busy).',
    labelNames: ['source', 'result'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'catalog_source_age_seconds',
    help: 'Seconds since each source was last refreshed or confirmed unchanged (by any instance); absent until it has been.',
    labelNames: ['source'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      if (!sourcesCheckedAt) return;
      // An unreachable database leaves the ages unknown: no samples, and the scrape still answers.
      const checked = await sourcesCheckedAt().catch(() => new Map<string, Date>());
      for (const [source, at] of checked) this.set({ source }, Math.max(0, (Date.now() - at.getTime()) / 1000));
    },
  });

  const knownOperations = new Set<string>();
  const operationLabel = (name: string | undefined): string => {
    if (!name) return '(anonymous)';
    if (knownOperations.has(name)) return name;
    if (knownOperations.size >= MAX_OPERATION_LABELS || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    knownOperations.add(name);
    return name;
  };

  return {
    registry,
    observeRequest(operation, status, durationMs) {
      const label = operationLabel(operation);
      requests.inc({ operation: label, status: String(status) });
      duration.observe({ operation: label }, durationMs / 1000);
    },
    cacheHit: () => cacheLookups.inc({ result: 'hit' }),
    cacheMiss: () => cacheLookups.inc({ result: 'miss' }),
    cacheServed: () => cacheServed.inc(),
    databaseError: () => databaseErrors.inc(),
    refreshCompleted: (source, result) => refreshes.inc({ source, result }),
  };
}
