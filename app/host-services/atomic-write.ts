import { randomBytes } from 'node:crypto';
import { link, lstat, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { HostCallError } from '../../shared/host/host-call-error';
import { errnoCode, fileSystemError } from './fs-errors';

export interface AtomicWriteOptions {
  /** When false, an existing file is never replaced and the write fails with `exists`. */
  readonly overwrite: boolean;
  /** The new file's permission bits (before the umask); 0o666 unless given, e.g. 0o600 for owner-only. */
  readonly mode?: number;
}

/**
 * Writes a file so that it is either entirely the new content or untouched: the bytes go
 * to a temporary file in the same folder, are flushed to disk, and only then take the
 * target's name in one atomic step. A failure at any point removes the temporary file.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const temp = temporarySibling(target);
  try {
    // The mode is set as the temporary file is created, so the content is never readable
    // by others at any moment, and the rename carries it over to the target.
    const handle = await open(temp, 'wx', options.mode ?? 0o666);
    try {
      await handle.writeFile(content);
      // Without this a crash soon after the rename can leave an empty file under the new name.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await (options.overwrite ? rename(temp, target) : publishWithoutReplacing(temp, target));
  } catch (error) {
    throw fileSystemError(error, 'write', target);
  } finally {
    // After a successful rename there is nothing left to remove; `force` makes that a no-op.
    await rm(temp, { force: true });
  }
}

/**
 * A hard link fails atomically if the name is taken, which `rename` cannot do. Some file
 * systems (FAT, some network shares) have no hard links; there a check-then-rename is the
 * best available, and the temporary file already proved the folder is writable, so EPERM
 * here means "unsupported", not "forbidden".
 */
async function publishWithoutReplacing(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = errnoCode(error);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    if (await exists(target)) throw new HostCallError('exists', `A file named "${path.basename(target)}" already exists there.`);
    await rename(temp, target);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/** A hidden, unique name beside the target; truncated so it stays within name limits. */
function temporarySibling(target: string): string {
  const base = path.basename(target).slice(0, 100);
  return path.join(path.dirname(target), `.${base}.${randomBytes(6).toString('hex')}.tmp`);
}
