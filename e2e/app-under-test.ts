import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { _electron, type BrowserContext, chromium, type ElectronApplication, type Page } from '@playwright/test';
import { type BrowserHost, startBrowserHost } from '../app/browser-host/server';

const ROOT = resolve(import.meta.dirname, '..');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
const MAIN_ENTRY = join(ROOT, 'out/main/index.js');

/** The browser the browser-host project drives: Debian's Chromium unless told otherwise. */
export const CHROMIUM_PATH = process.env.POLICYDESK_BROWSER ?? '/usr/bin/chromium';

/** Flags that keep Chromium from reaching for the network on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

/** Where the Electron binary would be, and why it is not there when it is not. */
export function electronAvailability(): { available: true; path: string } | { available: false; reason: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile) && !override) {
    return {
      available: false,
      reason:
        'The Electron binary is not installed on this machine (node_modules/electron has no path.txt) and cannot be downloaded here.',
    };
  }
  const binary = override
    ? join(override, existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron')
    : join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary)
    ? { available: true, path: binary }
    : { available: false, reason: `The Electron binary is missing at ${binary}.` };
}

/**
 * One running copy of the app over one data folder, in either host. `restart()` closes it
 * and opens the same data folder again, on the same origin, as a user reopening the app.
 */
export interface AppUnderTest {
  page: Page;
  readonly dataDir: string;
  /** Requests the app made to anywhere but its own content. */
  readonly foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  restart(): Promise<void>;
  close(): Promise<void>;
}

function watch(page: Page, isOwn: (url: string) => boolean, foreign: string[], errors: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('request', (request) => {
    if (!isOwn(request.url())) foreign.push(request.url());
  });
}

export async function launchBrowserHostApp(dataDir: string): Promise<AppUnderTest> {
  await mkdir(dataDir, { recursive: true });
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  let port = 0;
  let host: BrowserHost;
  let context: BrowserContext;

  const open = async () => {
    host = await startBrowserHost({ dataDir, port, open: false, rendererDir: RENDERER_DIR });
    port = Number(new URL(host.url).port);
    // The profile lives in the data folder, as the real launcher keeps it, so IndexedDB persists with the data.
    context = await chromium.launchPersistentContext(join(dataDir, 'browser-profile'), {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const origin = new URL(host.url).origin;
    watch(page, (url) => url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'), foreignRequests, errors);
    await page.goto(host.launchUrl);
    app.page = page;
  };
  const shut = async () => {
    await context.close();
    await host.close();
  };

  const app: AppUnderTest = {
    page: undefined as unknown as Page,
    dataDir,
    foreignRequests,
    errors,
    restart: async () => {
      await shut();
      await open();
    },
    close: shut,
  };
  await open();
  return app;
}

export async function launchElectronApp(dataDir: string, executablePath: string): Promise<AppUnderTest> {
  await mkdir(dataDir, { recursive: true });
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  let electronApp: ElectronApplication;
  const open = async () => {
    electronApp = await _electron.launch({ executablePath, args: [MAIN_ENTRY, '--data-dir', dataDir] });
    const page = await electronApp.firstWindow();
    watch(
      page,
      (url) => url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:'),
      foreignRequests,
      errors,
    );
    app.page = page;
  };
  const app: AppUnderTest = {
    page: undefined as unknown as Page,
    dataDir,
    foreignRequests,
    errors,
    restart: async () => {
      await electronApp.close();
      await open();
    },
    close: async () => electronApp.close(),
  };
  await open();
  return app;
}
