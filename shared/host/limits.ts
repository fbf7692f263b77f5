/**
 * Files the user opens are documents, not archives. Both hosts refuse anything larger,
 * which bounds memory in the renderer and the size of what crosses IPC.
 */
export const MAX_OPEN_FILE_BYTES = 64 * 1024 * 1024;

/** "64 MiB", for messages. */
export function describeBytes(bytes: number): string {
  const mib = 1024 * 1024;
  return bytes >= mib ? `${Math.floor(bytes / mib)} MiB` : `${bytes} bytes`;
}

/** The same refusal in both hosts, so the user reads the same sentence in either. */
export function fileTooLargeMessage(name: string, limit: number = MAX_OPEN_FILE_BYTES): string {
  return `"${name}" is too large to open; PolicyDesk opens files up to ${describeBytes(limit)}.`;
}

export function notTextMessage(name: string): string {
  return `"${name}" is not a text file (it is not valid UTF-8).`;
}
