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
 * The library ledger (`library-ledger.ts`), one per library: each host keeps its own, and
 * the browser host one per port, since another port is another origin with its own storage.
 * `library` names it within the host ("4763"); none for Electron's single library.
 */
export function libraryLedgerFileOf(dataDir: string, host: HostKind, library?: string): string {
  return path.join(dataDir, `library-ledger-${host}${library === undefined ? '' : `-${library}`}.json`);
}
