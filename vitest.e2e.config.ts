import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium. One browser at a time (the
// machine has two cores), generous timeouts for the browser start.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
