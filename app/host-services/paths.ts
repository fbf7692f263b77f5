import path from 'node:path';

/** The layout inside the data folder, named once. */
export function backupsDirOf(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/**
 * The browser host's own Chromium profile. Its IndexedDB is the browser host's library,
 * separate from the Electron host's (Electron keeps its own in the data folder itself).
 */
export function browserProfileDirOf(dataDir: string): string {
  return path.join(dataDir, 'browser-profile');
}

/** Owner-only folder for the browser host's one-time launch page. */
export function launchPageDirOf(dataDir: string): string {
  return path.join(dataDir, 'browser-launch');
}
