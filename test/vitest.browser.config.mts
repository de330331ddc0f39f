import { defineConfig } from 'vitest/config';

/** The browser tests: the built dashboard in Debian's Chromium, one file at a time. */
export default defineConfig({
  resolve: {
    // type-graphql loads graphql as CommonJS; keep the tests on the same copy.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['browser/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
