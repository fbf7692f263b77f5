import type { HostHandlers, HostKind } from '../../shared/host/contract';
import { createAppInfo } from './app-info';
import { createBackupStore } from './backups';
import { createLibraryLedger } from './library-ledger';
import { backupsDirOf } from './paths';

/** The calls both hosts serve identically; only the file dialogs differ between them. */
export type SharedHostHandlers = Pick<
  HostHandlers,
  'app.info' | 'backup.write' | 'backup.list' | 'backup.read' | 'library.ledger.read' | 'library.ledger.write'
>;

/** `library` names the host's library where it has more than one (the browser host's port). */
export function createSharedHandlers(host: HostKind, dataDir: string, library?: string): SharedHostHandlers {
  const backups = createBackupStore(backupsDirOf(dataDir));
  const ledger = createLibraryLedger(dataDir, host, library === undefined ? {} : { library });
  const info = createAppInfo(host, dataDir);
  return {
    'app.info': async () => info,
    'backup.write': async ({ json, reason }) => backups.write(json, reason),
    'backup.list': async () => backups.list(),
    'backup.read': async ({ name }) => ({ json: await backups.read(name) }),
    'library.ledger.read': async () => ledger.read(),
    'library.ledger.write': async (report) => ledger.write(report),
  };
}
