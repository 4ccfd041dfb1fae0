import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds. Node loads the CommonJS one for
    // graphql-yoga; vite would pick the ESM one for our sources, giving two GraphQLError classes
    // and masking every user error. Pin the one Node uses, as at run time.
    alias: {
      graphql: require.resolve('graphql'),
      // The store's sources, as tsconfig.json's `paths` maps them for tsx: no build needed to test.
      '@model-compare/embedded-mongo': fileURLToPath(new URL('./packages/embedded-mongo/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.ts', 'packages/*/tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single one on these 2-core machines.
    // Most files spend their time waiting on a store worker, a server process or chromium, so two
    // share the cores well: the suite took 248 s with two, against 435 s with one, same machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
