import { defineConfig } from 'vitest/config';

// Unit and API tests (`npm test`). Browser journeys have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'server/**/*.test.ts', 'app/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
