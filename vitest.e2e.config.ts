import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (2 cores), long timeouts, no DOM emulation.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globals: true,
  },
});
