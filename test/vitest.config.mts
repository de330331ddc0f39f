import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // type-graphql loads graphql as CommonJS; keep the tests on the same copy.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['**/*.test.ts', '../server/src/**/*.test.ts', '../seeds/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'browser/**'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
  },
});
