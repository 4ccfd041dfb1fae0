import { z } from 'zod';
import { MAX_OPERATION_TIMEOUT_MS } from './data/catalog-versions/pointer.ts';
import { INGEST_FORMATS } from './domain/ingest-report.ts';
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from './ingest/fetch-source.ts';
import { parseDocumentUrls, SourceUrlError } from './ingest/remote-sources.ts';

/**
 * Configuration comes from the environment only, validated once at start: a bad value is reported
 * by name and the process exits 1 rather than running half-configured.
 */
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const milliseconds = (fallback: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(fallback));
const bytes = (fallback: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(fallback));

const DURATION_UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** The shortest refresh interval: sources publish a few times a day at most, and each refresh may import. */
const MIN_REFRESH_INTERVAL_MS = 60_000;

/** `90s`, `30m`, `6h`, `1d` → milliseconds. */
const refreshInterval = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .regex(/^\d+[smhd]$/, 'must be a number and a unit: s, m, h or d (e.g. 6h, 30m, 90s)')
    .transform((text) => Number(text.slice(0, -1)) * DURATION_UNIT_MS[text.at(-1) as keyof typeof DURATION_UNIT_MS])
    .pipe(z.number().min(MIN_REFRESH_INTERVAL_MS, 'must be at least 1m'))
    .optional(),
);

const refreshSources = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .default(INGEST_FORMATS.join(','))
    .transform((text) => [...new Set(text.split(',').map((name) => name.trim()))])
    .pipe(z.array(z.enum(INGEST_FORMATS)).min(1)),
);

const documentUrls = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .default('')
    .transform((text, context) => {
      try {
        return parseDocumentUrls(text);
      } catch (error) {
        if (!(error instanceof SourceUrlError)) throw error;
        context.addIssue({ code: 'custom', message: error.message });
        return z.NEVER;
      }
    }),
);

const configSchema = z.object({
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65_535).default(4000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  MONGODB_URI: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
  ),
  MONGODB_DB: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .default('model_compare'),
  ),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data/db')),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(LOG_LEVELS).default('info')),
  /** Bearer token of the admin mutation; unset or empty disables admin operations entirely. */
  ADMIN_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  /** With it, the response cache lives in Redis and is shared by every instance. */
  REDIS_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
  ),
  /** 0 turns the response cache off. */
  RESPONSE_CACHE_TTL_MS: milliseconds(300_000),
  /** Capped: a superseded catalog version stays readable only so long (see RETIRED_VERSION_GRACE_MS). */
  OPERATION_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(MAX_OPERATION_TIMEOUT_MS).default(10_000)),
  /** How long a query waits for an unreachable database before failing with DATABASE_UNAVAILABLE. */
  DB_TIMEOUT_MS: milliseconds(1_500),
  /** How long SIGTERM waits for in-flight requests before closing their connections anyway. */
  SHUTDOWN_TIMEOUT_MS: milliseconds(10_000),
  MAX_BODY_BYTES: bytes(100_000),
  /** Ingest payloads are whole source files (models.dev history is ~3 MB); only a valid admin token gets this. */
  ADMIN_MAX_BODY_BYTES: bytes(32 * 1024 * 1024),
  /** In milliseconds (given as `6h`, `30m`, `90s`); unset: the server never refreshes by itself. */
  REFRESH_INTERVAL: refreshInterval,
  /** The sources the schedule refreshes, in order. */
  REFRESH_SOURCES: refreshSources,
  /** Per-document URL overrides (`KIND=URL,…`), e.g. a mirror; the CLI's --url goes further. */
  REFRESH_URLS: documentUrls,
  /** One fetch attempt, headers to last byte. */
  REFRESH_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(DEFAULT_FETCH_LIMITS.timeoutMs)),
  REFRESH_MAX_BYTES: bytes(DEFAULT_FETCH_LIMITS.maxBytes),
});

export type Config = z.infer<typeof configSchema>;

/** How the CLI and the schedule fetch sources: the defaults, with the configured timeout and size limit. */
export function fetchLimitsOf(config: Pick<Config, 'REFRESH_TIMEOUT_MS' | 'REFRESH_MAX_BYTES'>): FetchLimits {
  return { ...DEFAULT_FETCH_LIMITS, timeoutMs: config.REFRESH_TIMEOUT_MS, maxBytes: config.REFRESH_MAX_BYTES };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`));
  }
  return parsed.data;
}
