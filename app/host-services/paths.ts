import path from 'node:path';

/** The layout inside the data folder, named once. */
export function backupsDirOf(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** The browser host's own Chromium profile, so its IndexedDB lives in the data folder too. */
export function browserProfileDirOf(dataDir: string): string {
  return path.join(dataDir, 'browser-profile');
}
