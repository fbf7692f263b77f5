import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { hasFlag, readPort, UsageError } from '../host-services/cli-args';
import { prepareDataDir, resolveDataDir } from '../host-services/data-dir';
import { openByHandMessage } from './browser-launcher';
import { DEFAULT_PORT, startBrowserHost, type BrowserHost } from './server';

/**
 * The browser host as a command: `--data-dir <path>`, `--port <number>`, `--no-open`.
 * Runs until interrupted. `rendererDir` comes from the entry file, the only module whose
 * place in the build output is fixed (shared code may land in a chunk elsewhere).
 */
export async function runBrowserHost(argv: readonly string[], rendererDir: string): Promise<BrowserHost> {
  const dataDir = prepareDataDir(
    resolveDataDir({ argv, env: process.env, platform: process.platform, homeDir: homedir(), cwd: process.cwd() }),
  );
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new UsageError(`The PolicyDesk window has not been built (${rendererDir} is missing). Run "npm run build" first.`);
  }

  const host = await startBrowserHost({
    dataDir,
    port: readPort(argv, DEFAULT_PORT),
    open: !hasFlag(argv, '--no-open'),
    rendererDir,
  });
  console.log(
    host.browser === undefined
      ? openByHandMessage(host.launchUrl, dataDir)
      : `PolicyDesk is running at ${host.url} in ${host.browser} (data folder: ${dataDir}; Ctrl+C stops).`,
  );

  const stop = () => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}

/** Prints a usage mistake as one line instead of a stack trace. */
export function exitOnStartupError(error: unknown): never {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(1);
}
