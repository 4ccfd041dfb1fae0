import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { MAX_OPERATION_TIMEOUT_MS } from '../../src/data/catalog-versions/pointer.ts';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('defaults: port 4000, the embedded store, info logs, no admin token, a 5-minute memory cache', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, MONGODB_DB: 'model_compare', LOG_LEVEL: 'info', RESPONSE_CACHE_TTL_MS: 300_000, OPERATION_TIMEOUT_MS: 10_000 });
    expect([config.MONGODB_URI, config.ADMIN_TOKEN, config.REDIS_URL]).toEqual([undefined, undefined, undefined]);
  });

  it('an empty variable is unset, so ADMIN_TOKEN="" disables the admin mutation', () => {
    const config = loadConfig({ ADMIN_TOKEN: '', MONGODB_URI: '', PORT: '' });
    expect([config.ADMIN_TOKEN, config.MONGODB_URI, config.PORT]).toEqual([undefined, undefined, 4000]);
  });

  it('names every bad variable with the value it got', () => {
    const problems = problemsOf({ PORT: '70000', MONGODB_URI: 'postgres://x', LOG_LEVEL: 'loud', ADMIN_TOKEN: 'short', REDIS_URL: 'http://x' });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['PORT', 'MONGODB_URI', 'LOG_LEVEL', 'ADMIN_TOKEN', 'REDIS_URL']);
    expect(problems[0]).toContain('"70000"');
  });

  it('caps OPERATION_TIMEOUT_MS: a retired catalog version must outlive every query still reading it', () => {
    expect(loadConfig({ OPERATION_TIMEOUT_MS: String(MAX_OPERATION_TIMEOUT_MS) }).OPERATION_TIMEOUT_MS).toBe(MAX_OPERATION_TIMEOUT_MS);
    expect(problemsOf({ OPERATION_TIMEOUT_MS: String(MAX_OPERATION_TIMEOUT_MS + 1) })).toHaveLength(1);
    expect(problemsOf({ OPERATION_TIMEOUT_MS: '0' })).toHaveLength(1);
  });

  it('REFRESH_INTERVAL is a number and a unit (90s, 30m, 6h, 1d), at least a minute; unset, the server never refreshes', () => {
    expect(loadConfig({}).REFRESH_INTERVAL).toBeUndefined();
    expect(
      [loadConfig({ REFRESH_INTERVAL: '6h' }), loadConfig({ REFRESH_INTERVAL: '90s' }), loadConfig({ REFRESH_INTERVAL: '1d' })].map((c) => c.REFRESH_INTERVAL),
    ).toEqual([21_600_000, 90_000, 86_400_000]);
    for (const bad of ['6', 'h', '1.5h', '30 m', '59s', '-1h']) expect(problemsOf({ REFRESH_INTERVAL: bad }), bad).toHaveLength(1);
  });

  it('REFRESH_SOURCES names sources (all three by default); REFRESH_URLS overrides documents by kind', () => {
    expect(loadConfig({}).REFRESH_SOURCES).toEqual(['models-dev', 'openrouter', 'lmarena']);
    expect(loadConfig({ REFRESH_SOURCES: 'openrouter, lmarena' }).REFRESH_SOURCES).toEqual(['openrouter', 'lmarena']);
    expect(problemsOf({ REFRESH_SOURCES: 'openrouter,huggingface' })[0]).toMatch(/^REFRESH_SOURCES/);
    expect(loadConfig({ REFRESH_URLS: 'openrouter/models=http://mirror/or.json' }).REFRESH_URLS).toEqual({ 'openrouter/models': 'http://mirror/or.json' });
    expect(problemsOf({ REFRESH_URLS: 'openrouter/models=file:///etc/passwd' })[0]).toMatch(/^REFRESH_URLS: .*not an http\(s\) URL/);
  });
});
