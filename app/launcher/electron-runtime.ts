import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the Electron binary is, worked out the way the `electron` package itself does
 * (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) but without requiring that package:
 * requiring it when the binary is missing starts a download, and this machine may have
 * no network.
 */
export function findElectronBinary(
  electronPackageDir: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
): string | undefined {
  if (electronPackageDir === undefined) return undefined;
  const pathFile = path.join(electronPackageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;

  const override = env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  const binary = override
    ? path.join(override, relative || defaultBinaryName(platform))
    : relative
      ? path.join(electronPackageDir, 'dist', relative)
      : undefined;
  return binary !== undefined && existsSync(binary) ? binary : undefined;
}

function defaultBinaryName(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return path.join('Electron.app', 'Contents', 'MacOS', 'Electron');
  return 'electron';
}
