import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  _electron,
  type BrowserContext,
  chromium,
  type ConsoleMessage,
  type ElectronApplication,
  type Page,
  type Request,
} from '@playwright/test';
import { type BrowserHost, startBrowserHost } from '../app/browser-host/server';
import { findElectronBinary } from '../app/launcher/electron-runtime';
import { createAppContent } from '../app/main/app-content';
import { OFFLINE_CHROMIUM_FLAGS } from '../app/browser-host/chromium-flags';

const ROOT = resolve(import.meta.dirname, '..');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
const MAIN_ENTRY = join(ROOT, 'out/main/index.js');

/** The browser the browser-host project drives: Debian's Chromium unless told otherwise. */
export const CHROMIUM_PATH = process.env.POLICYDESK_BROWSER ?? '/usr/bin/chromium';

/** Flags that keep Chromium from reaching for the network on its own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', ...OFFLINE_CHROMIUM_FLAGS];

/**
 * Where the Electron binary is, found exactly as `npm start` finds it, and why it is not
 * there when it is not.
 */
export function electronAvailability(): { available: true; path: string } | { available: false; reason: string } {
  const packageDir = join(ROOT, 'node_modules/electron');
  const binary = findElectronBinary(existsSync(packageDir) ? packageDir : undefined, process.env, process.platform);
  if (binary !== undefined) return { available: true, path: binary };
  return {
    available: false,
    reason: !existsSync(packageDir)
      ? 'The electron package is not installed (node_modules/electron is missing).'
      : existsSync(join(packageDir, 'path.txt')) || process.env.ELECTRON_OVERRIDE_DIST_PATH
        ? 'The Electron binary named by node_modules/electron/path.txt (or ELECTRON_OVERRIDE_DIST_PATH) is missing.'
        : 'The Electron binary is not installed on this machine (node_modules/electron has no path.txt) and cannot be downloaded here.',
  };
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
  /** Closes the app and opens it again; `whileClosed` runs in between (e.g. to lose its storage). */
  restart(whileClosed?: () => Promise<void>): Promise<void>;
  /** The folder holding this host's IndexedDB: what clearing the browser's storage would delete. */
  readonly storageDir: string;
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
    storageDir: join(dataDir, 'browser-profile'),
    restart: async (whileClosed) => {
      await shut();
      await whileClosed?.();
      await open();
    },
    close: shut,
  };
  await open();
  return app;
}

/**
 * Watches everything the Electron app's windows log or request, on the whole context, so
 * every window is covered from its first moment. Playwright starts the app's `ready`
 * while `_electron.launch` is still returning, so the first window may log before these
 * listeners exist; the function returned catches a window up from the page's own record
 * of its console, errors and requests, counting so nothing is reported twice.
 */
function watchElectron(electronApp: ElectronApplication, foreign: string[], errors: string[]): (page: Page) => Promise<void> {
  // The app's own content is the built renderer (plus data:, blob: and DevTools), not
  // every file on disk.
  const content = createAppContent({ rendererDir: RENDERER_DIR });
  const reported = new Map<string, number>();
  const requests = new WeakSet<Request>();

  const report = (key: string, line: string) => {
    reported.set(key, (reported.get(key) ?? 0) + 1);
    errors.push(line);
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') report(`console ${message.timestamp()} ${message.text()}`, `console: ${message.text()}`);
  };
  const onError = (error: Error) => report(`page ${error.stack ?? error.message}`, `page: ${error.message}`);
  const onRequest = (request: Request) => {
    if (requests.has(request)) return;
    requests.add(request);
    if (!content.isAllowedRequest(request.url())) foreign.push(request.url());
  };

  const context = electronApp.context();
  context.on('console', onConsole);
  context.on('weberror', (webError) => onError(webError.error()));
  context.on('request', onRequest);

  return async (page) => {
    const [messages, pageErrors, earlier] = await Promise.all([page.consoleMessages(), page.pageErrors(), page.requests()]);
    const seen = new Map<string, number>();
    const catchUp = (key: string, record: () => void) => {
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if ((seen.get(key) ?? 0) > (reported.get(key) ?? 0)) record();
    };
    for (const message of messages) {
      if (message.type() === 'error') catchUp(`console ${message.timestamp()} ${message.text()}`, () => onConsole(message));
    }
    for (const error of pageErrors) catchUp(`page ${error.stack ?? error.message}`, () => onError(error));
    for (const request of earlier) onRequest(request);
  };
}

export async function launchElectronApp(dataDir: string, executablePath: string): Promise<AppUnderTest> {
  await mkdir(dataDir, { recursive: true });
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  let electronApp: ElectronApplication;
  const open = async () => {
    electronApp = await _electron.launch({ executablePath, args: [MAIN_ENTRY, '--data-dir', dataDir] });
    const catchUp = watchElectron(electronApp, foreignRequests, errors);
    const page = await electronApp.firstWindow();
    await catchUp(page);
    app.page = page;
  };
  const app: AppUnderTest = {
    page: undefined as unknown as Page,
    dataDir,
    foreignRequests,
    errors,
    storageDir: join(dataDir, 'IndexedDB'),
    restart: async (whileClosed) => {
      await electronApp.close();
      await whileClosed?.();
      await open();
    },
    close: async () => electronApp.close(),
  };
  await open();
  return app;
}
