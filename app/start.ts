import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitOnStartupError, runBrowserHost } from './browser-host/run';
import { findElectronBinary } from './launcher/electron-runtime';
import { runElectron } from './launcher/run-electron';

/**
 * `npm start`: the Electron app when its runtime is installed, otherwise the browser host
 * with the same renderer and the same data folder. The two hosts keep separate libraries
 * in that folder (see host-services/data-dir.ts); backups move one to the other.
 * `--electron` insists on Electron.
 * Built to out/main/start.js; other arguments (--data-dir, --port, --no-open) pass through.
 */
const ELECTRON_ONLY_FLAG = '--electron';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const args = process.argv.slice(2);
const passThrough = args.filter((arg) => arg !== ELECTRON_ONLY_FLAG);

const binary = findElectronBinary(electronPackageDir(), process.env, process.platform);
if (binary !== undefined) {
  runElectron(binary, projectRoot, passThrough);
} else if (args.includes(ELECTRON_ONLY_FLAG)) {
  console.error(
    'The Electron runtime is not installed on this machine. Run "npm install" with network access, or use "npm run start:browser".',
  );
  process.exit(1);
} else {
  console.log(
    'Electron runtime not available on this machine (no binary and no network to fetch it); starting the browser host instead.',
  );
  runBrowserHost(passThrough, rendererDir).catch(exitOnStartupError);
}

/** Resolving package.json locates the package without running it (running it may download). */
function electronPackageDir(): string | undefined {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}
