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

/**
 * The largest briefing a host prints, in UTF-8 bytes of its HTML. The document carries
 * its fonts and images inline; a full CJK font is about 22 MiB as base64, so 64 MiB
 * leaves room for the briefing itself while bounding what crosses IPC or HTTP.
 */
export const MAX_BRIEFING_HTML_BYTES = 64 * 1024 * 1024;

/**
 * The largest PDF a host hands back. It travels as base64 (a third larger) to the
 * renderer and back again to be saved, so it is bounded like any document.
 */
export const MAX_BRIEFING_PDF_BYTES = 128 * 1024 * 1024;

/** The length of `bytes` bytes written as padded base64. */
export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

export function briefingTooLargeMessage(limit: number = MAX_BRIEFING_HTML_BYTES): string {
  return `The briefing was not printed: it is larger than ${describeBytes(limit)}, the most PolicyDesk prints. Leave out some sections or images and try again.`;
}

export function pdfTooLargeMessage(limit: number = MAX_BRIEFING_PDF_BYTES): string {
  return `The PDF was not made: it would be larger than ${describeBytes(limit)}, the most PolicyDesk produces. Leave out some sections or images and try again.`;
}

/**
 * Backup rotation (see `app/host-services/backup-rotation.ts`): after every backup the
 * host keeps the newest `BACKUPS_KEPT_NEWEST`, and besides them the newest backup of each
 * of the last `BACKUP_DAYS_KEPT` calendar days (UTC, today included), so a burst of
 * backups can push out only other backups of the same day.
 */
export const BACKUPS_KEPT_NEWEST = 10;
export const BACKUP_DAYS_KEPT = 14;
