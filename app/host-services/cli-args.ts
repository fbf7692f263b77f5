/**
 * The few command-line options PolicyDesk understands, read the same way by the launcher,
 * the Electron main process and the browser host. Other arguments (Chromium's, npm's)
 * are left alone rather than rejected.
 */

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The value of `--name value` or `--name=value`; undefined when the option is absent. */
export function readOption(argv: readonly string[], name: `--${string}`): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === name) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value.`);
      return value;
    }
    if (arg?.startsWith(`${name}=`)) {
      const value = arg.slice(name.length + 1);
      if (value === '') throw new UsageError(`${name} needs a value.`);
      return value;
    }
  }
  return undefined;
}

export function hasFlag(argv: readonly string[], name: `--${string}`): boolean {
  return argv.includes(name);
}

/** A TCP port from `--port`; 0 asks the OS for a free one (used by tests). */
export function readPort(argv: readonly string[], fallback: number): number {
  const raw = readOption(argv, '--port');
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!/^\d+$/u.test(raw) || port > 65_535) throw new UsageError(`--port must be a number from 0 to 65535, not "${raw}".`);
  return port;
}
