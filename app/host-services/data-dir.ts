import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { APP_NAME } from './app-identity';
import { readOption, UsageError } from './cli-args';

/**
 * Where the library lives. One folder holds everything PolicyDesk keeps on this machine
 * (the IndexedDB of either host, backups, the browser host's profile), so pointing
 * `--data-dir` elsewhere gives a fully separate library — which is what tests rely on.
 */

export interface DataDirSources {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly homeDir: string;
  readonly cwd: string;
}

export const DATA_DIR_ENV = 'POLICYDESK_DATA_DIR';

/** `--data-dir`, else `POLICYDESK_DATA_DIR`, else the OS's per-user application data folder. */
export function resolveDataDir(sources: DataDirSources): string {
  const paths = sources.platform === 'win32' ? path.win32 : path.posix;
  const chosen = readOption(sources.argv, '--data-dir') ?? nonEmpty(sources.env[DATA_DIR_ENV]);
  if (chosen !== undefined) return paths.resolve(sources.cwd, chosen);
  return paths.join(osAppDataDir(sources, paths), APP_NAME);
}

/** The same base folder Electron's `app.getPath('appData')` uses, so both hosts agree. */
function osAppDataDir(sources: DataDirSources, paths: path.PlatformPath): string {
  switch (sources.platform) {
    case 'win32':
      return nonEmpty(sources.env.APPDATA) ?? paths.join(sources.homeDir, 'AppData', 'Roaming');
    case 'darwin':
      return paths.join(sources.homeDir, 'Library', 'Application Support');
    default: {
      const xdg = nonEmpty(sources.env.XDG_CONFIG_HOME);
      return xdg !== undefined && paths.isAbsolute(xdg) ? xdg : paths.join(sources.homeDir, '.config');
    }
  }
}

/**
 * Creates the folder if needed. Synchronous on purpose: Electron's `app.setPath` must run
 * before the app is ready and throws if the folder does not exist yet.
 */
export function prepareDataDir(dir: string): string {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new UsageError(`PolicyDesk cannot use the data folder "${dir}" (${code}). Choose another with --data-dir.`, {
      cause: error,
    });
  }
  return dir;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
