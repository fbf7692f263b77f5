import path from 'node:path';
import type { HostKind } from '../../shared/host/contract';

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

/**
 * The library ledger (`library-ledger.ts`), one per host kind: each host keeps its own
 * library, so each keeps its own record of it.
 */
export function libraryLedgerFileOf(dataDir: string, host: HostKind): string {
  return path.join(dataDir, `library-ledger-${host}.json`);
}
