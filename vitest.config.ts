import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    setupFiles: ['test/unit/setup.ts'],
    // Unhandled rejections are bugs: fail the run (as Web Scrobbler's test setup does).
    dangerouslyIgnoreUnhandledErrors: false,
  },
});
