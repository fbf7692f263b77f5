import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { OFFLINE_CHROMIUM_FLAGS } from './chromium-flags';

export const BROWSER_ENV = 'POLICYDESK_BROWSER';

const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

export interface BrowserSearch {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly isExecutable: (file: string) => boolean;
}

const systemSearch: BrowserSearch = { env: process.env, platform: process.platform, isExecutable };

/** `POLICYDESK_BROWSER` if set, else /usr/bin/chromium, else the first Chromium on PATH. */
export function findBrowser(search: BrowserSearch = systemSearch): string | undefined {
  const override = search.env[BROWSER_ENV]?.trim();
  if (override) return override;
  if (search.platform !== 'win32' && search.isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  const dirs = (search.env.PATH ?? '').split(search.platform === 'win32' ? ';' : ':').filter(Boolean);
  const suffix = search.platform === 'win32' ? '.exe' : '';
  const join = search.platform === 'win32' ? path.win32.join : path.posix.join;
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name + suffix);
      if (search.isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * `pageUrl` is the launch page's file:// URL, never the launch URL itself: a process's
 * command line is readable by every local user, and the launch code must not be.
 */
export function browserArguments(pageUrl: string, profileDir: string): string[] {
  // A profile of its own keeps the browser host's IndexedDB in the data folder and away
  // from the user's everyday browsing.
  return [`--app=${pageUrl}`, `--user-data-dir=${profileDir}`, ...OFFLINE_CHROMIUM_FLAGS];
}

/** Starts the browser detached, so it outlives neither more nor less than the user wants. */
export function openAppWindow(browser: string, pageUrl: string, profileDir: string, onError: (error: Error) => void): void {
  const child = spawn(browser, browserArguments(pageUrl, profileDir), { detached: true, stdio: 'ignore' });
  child.on('error', onError);
  child.unref();
}

/**
 * What to tell the user when PolicyDesk does not open its own window. An everyday
 * browser works, but keeps the library in its own profile; only backups reach the data
 * folder.
 */
export function openByHandMessage(launchUrl: string, dataDir: string): string {
  return [
    `PolicyDesk: open ${launchUrl} in a Chromium-based browser (the link works once; Ctrl+C stops).`,
    `  Note: a browser you open by hand keeps the library in that browser's own profile, not in the data folder`,
    `  (${dataDir}); only backups are saved there. For a library kept in the data folder, install Chromium`,
    `  or set ${BROWSER_ENV}, and start PolicyDesk without --no-open.`,
  ].join('\n');
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
