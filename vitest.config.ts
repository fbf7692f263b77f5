import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{app,shared,renderer,scripts,fixtures}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Renderer data tests run against an in-memory IndexedDB (fake-indexeddb).
    setupFiles: ['./vitest.setup.ts'],
  },
});
