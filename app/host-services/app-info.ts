import type { HostKind, HostResult } from '../../shared/host/contract';
import { APP_NAME, APP_VERSION } from './app-identity';
import { backupsDirOf } from './paths';

export type AppInfo = HostResult<'app.info'>;

export function createAppInfo(host: HostKind, dataDir: string, platform: string = process.platform): AppInfo {
  return { name: APP_NAME, version: APP_VERSION, host, platform, dataDir, backupsDir: backupsDirOf(dataDir) };
}
