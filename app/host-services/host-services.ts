import type { HostHandlers, HostKind } from '../../shared/host/contract';
import { createAppInfo } from './app-info';
import { createBackupStore } from './backups';
import { backupsDirOf } from './paths';

/** The calls both hosts serve identically; only the file dialogs differ between them. */
export type SharedHostHandlers = Pick<HostHandlers, 'app.info' | 'backup.write' | 'backup.list' | 'backup.read'>;

export function createSharedHandlers(host: HostKind, dataDir: string): SharedHostHandlers {
  const backups = createBackupStore(backupsDirOf(dataDir));
  const info = createAppInfo(host, dataDir);
  return {
    'app.info': async () => info,
    'backup.write': async ({ json }) => backups.write(json),
    'backup.list': async () => backups.list(),
    'backup.read': async ({ name }) => ({ json: await backups.read(name) }),
  };
}
