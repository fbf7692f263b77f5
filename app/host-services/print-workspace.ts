import { chmod, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HostCallError } from '../../shared/host/host-call-error';
import { errnoCode } from './fs-errors';

/**
 * Where one print job keeps its files: a fresh folder only this user can enter, holding
 * the document (readable only by this user) and whatever the printer writes beside it.
 * A briefing may be confidential, and the temporary folder is shared with every local
 * user, so nothing lands there with default permissions or outlives the job.
 */
export interface PrintWorkspace {
  readonly dir: string;
  /** The document to print, and its file:// URL. */
  readonly documentFile: string;
  readonly documentUrl: string;
  /** A path inside the workspace, for files the printer writes (the PDF, a profile). */
  pathFor(name: string): string;
}

export interface PrintWorkspaceOptions {
  /** Where the workspace folder is made; the OS's temporary folder unless a test says otherwise. */
  readonly tempRoot?: string;
}

const PRIVATE_DIR_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;

/**
 * Writes `document` into a new workspace, runs `work` on it, and deletes the workspace
 * whatever happens: success, failure or time-out.
 */
export async function withPrintWorkspace<T>(
  document: string,
  work: (workspace: PrintWorkspace) => Promise<T>,
  options: PrintWorkspaceOptions = {},
): Promise<T> {
  // mkdtemp makes the folder 0700 with a name no one could have planted in advance.
  const dir = await mkdtemp(path.join(options.tempRoot ?? tmpdir(), 'policydesk-print-'));
  try {
    if (process.platform !== 'win32') await chmod(dir, PRIVATE_DIR_MODE);
    const documentFile = path.join(dir, 'briefing.html');
    await writePrivateFile(documentFile, document);
    return await work({
      dir,
      documentFile,
      documentUrl: pathToFileURL(documentFile).href,
      pathFor: (name) => path.join(dir, name),
    });
  } finally {
    await removeWorkspace(dir);
  }
}

async function writePrivateFile(file: string, content: string): Promise<void> {
  try {
    // `wx`: the folder is new, so the name must be free; never follow anything planted there.
    const handle = await open(file, 'wx', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(content, 'utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      throw new HostCallError(
        'disk-full',
        'There is not enough space in the temporary folder to print the briefing. Free some space and try again.',
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * Retried, because a printer that was just stopped may still be letting go of its files
 * (Windows refuses to delete open ones). A folder that cannot be removed is reported,
 * not thrown: it must not hide the job's own outcome.
 */
async function removeWorkspace(dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (error) {
    console.warn(`PolicyDesk could not remove its temporary print folder ${dir}:`, error);
  }
}
