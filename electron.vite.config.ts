import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { z } from 'zod';
import { DEV_META_CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './app/host-services/content-security-policy';

const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync('package.json', 'utf8')));

/**
 * The dev server needs an inline React Refresh script and an HMR socket, which the strict
 * policy in index.html forbids. Only `serve` rewrites it; built files keep the strict one.
 */
const devContentSecurityPolicy: Plugin = {
  name: 'policydesk:dev-content-security-policy',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(META_CONTENT_SECURITY_POLICY, DEV_META_CONTENT_SECURITY_POLICY),
};

export default defineConfig({
  main: {
    define: { __POLICYDESK_VERSION__: JSON.stringify(version) },
    build: {
      rolldownOptions: {
        // Three Node entries share the host services. Only index.js imports electron; the
        // browser host and the launcher must run under plain Node.
        input: {
          index: resolve('app/main/index.ts'),
          'browser-host': resolve('app/browser-host/index.ts'),
          start: resolve('app/start.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only `electron`: bundle everything else into one
      // CommonJS file (sandboxed preloads cannot be ES modules).
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('app/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react(), devContentSecurityPolicy],
    build: {
      // Minified, without source maps: the renderer ships as small files read from disk.
      // Views, the sample library and large libraries (charts) are separate chunks, loaded
      // when first needed (see renderer/src/routes/routes.tsx and seed-bundle.ts).
      minify: true,
      sourcemap: false,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
});
