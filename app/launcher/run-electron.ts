import { spawn } from 'node:child_process';

/**
 * Runs the Electron app from the project folder (package.json's `main` is the built main
 * process) and mirrors its exit. Signals are passed on so Ctrl+C closes the app cleanly.
 */
export function runElectron(binary: string, projectRoot: string, args: readonly string[]): void {
  // Set in some shells and CI images; it would make Electron behave as plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;

  const child = spawn(binary, [projectRoot, ...args], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`PolicyDesk could not start Electron (${error.message}).`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
}
