import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { APP_NAME } from './app-identity';
import { readOption, UsageError } from './cli-args';

/**
 * The data folder: one folder holds everything PolicyDesk keeps on this machine, so
 * pointing `--data-dir` elsewhere gives a fully separate set — which is what tests rely on.
 *
 * It holds two separate libraries, not one shared one. The Electron host's IndexedDB is
 * in the folder itself (it is Electron's userData); the browser host's is in the
 * Chromium profile in `browser-profile/`, under the origin http://127.0.0.1:<port>, so
 * a different `--port` starts from an empty one too. Neither host sees the other's
 * library. Both write to and read from the same `backups/`, which is how a library
 * moves from one host to the other.
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

/** The same base folder Electron's `app.getPath('appData')` uses, so both hosts pick the same data folder. */
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
