import path from 'node:path';
import { HostCallError } from '../../shared/host/host-call-error';

/** The `code` of a Node system error (`EACCES`, `ENOSPC`, ...), if it is one. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Turns a file-system failure into a sentence the user can act on. The codes are the ones
 * people actually meet: a read-only or protected folder, a full disk, a name taken.
 */
export function fileSystemError(error: unknown, operation: 'read' | 'write', target: string): HostCallError {
  if (error instanceof HostCallError) return error;
  const code = errnoCode(error);
  const name = path.basename(target);
  const options = { cause: error };
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new HostCallError(
        'permission-denied',
        operation === 'write'
          ? `PolicyDesk is not allowed to save "${target}". Choose another folder, or check this folder's permissions.`
          : `PolicyDesk is not allowed to open "${target}". Check the file's permissions.`,
        options,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new HostCallError(
        'disk-full',
        `There is not enough disk space to save "${name}". Free some space and try again.`,
        options,
      );
    case 'EEXIST':
      return new HostCallError('exists', `A file named "${name}" already exists there.`, options);
    case 'ENOENT':
    case 'ENOTDIR':
      return new HostCallError(
        'not-found',
        operation === 'write' ? `The folder for "${target}" does not exist.` : `"${target}" does not exist.`,
        options,
      );
    case 'EISDIR':
      return new HostCallError('invalid-request', `"${target}" is a folder, not a file.`, options);
    default:
      return new HostCallError(
        'failed',
        `PolicyDesk could not ${operation === 'write' ? 'save' : 'open'} "${target}"${code === undefined ? '' : ` (${code})`}.`,
        options,
      );
  }
}
