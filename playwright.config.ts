import { defineConfig } from '@playwright/test';

/**
 * Two projects run the same specs: browser-host (Debian's Chromium driving the local
 * browser host; runs everywhere) and electron (runs where the Electron binary exists and
 * reports itself skipped, with the reason, elsewhere). The renderer must be built first
 * (`npm run build`); `npm test` does that.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: { trace: 'retain-on-failure' },
  projects: [{ name: 'browser-host' }, { name: 'electron' }],
});
