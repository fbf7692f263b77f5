/**
 * Files the user opens are documents, not archives. Both hosts refuse anything larger,
 * which bounds memory in the renderer and the size of what crosses IPC.
 */
export const MAX_OPEN_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The largest backup, in UTF-8 bytes: what is written to disk and what `backup.read` will
 * read back. One cap for both ends, in bytes, because characters do not bound bytes (a
 * Chinese character is three). 256 MiB is far above any real library and leaves room
 * for the copies a backup passes through on the way, under V8's limit of just under
 * 512 Mi characters per string: read back it is at most 256 Mi characters, and in the
 * browser host's JSON request escaping (`"` becomes `\"`) adds only the fraction of it
 * that needs escaping.
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

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

/** Why a backup was refused for its size, the same sentence from either host. */
export function backupTooLargeMessage(limit: number = MAX_BACKUP_BYTES): string {
  return `The backup was not saved: it is larger than ${describeBytes(limit)}, the most PolicyDesk can save as a backup and read back.`;
}
