import { defineConfig } from 'vitest/config';

// Browser journeys (`npm run test:e2e`): a real Brandroom process and the system's Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
