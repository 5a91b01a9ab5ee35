import { defineConfig } from 'vitest/config';

// Tests of the built extension (tests/build) and real-browser tests (tests/e2e): one file at a time (2 cores), long timeouts, no DOM emulation.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globals: true,
  },
});
