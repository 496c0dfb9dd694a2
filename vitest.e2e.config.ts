import { defineConfig } from 'vitest/config';

// Real headless Chromium with the e2e build loaded; files run one after another.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
