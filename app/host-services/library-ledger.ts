import { mkdir, open } from 'node:fs/promises';
import { libraryLedgerSchema, type HostArgs, type HostKind, type LibraryLedger } from '../../shared/host/contract';
import { writeFileAtomic } from './atomic-write';
import { errnoCode, fileSystemError } from './fs-errors';
import { libraryLedgerFileOf } from './paths';

/**
 * The library ledger: what the host last heard about its library (how many items, when
 * it last changed), kept outside the library itself. The library lives in Chromium's
 * IndexedDB, which can vanish without a word (a cleared or replaced profile, storage
 * evicted); the ledger lets the renderer notice a start that finds an empty library
 * where the ledger says there were items. The renderer reports; the host only stores.
 */
export interface LibraryLedgerStore {
  /** Null when there is no ledger, or when the file cannot be understood. */
  read(): Promise<LibraryLedger | null>;
  /** Replaces the ledger; returns what was stored, `updatedAt` stamped now. */
  write(report: HostArgs<'library.ledger.write'>): Promise<LibraryLedger>;
}

export interface LibraryLedgerOptions {
  readonly now?: () => Date;
  /** Which of the host's libraries (see libraryLedgerFileOf). */
  readonly library?: string;
}

/** A ledger is a few dozen bytes; anything much larger is not one, and is not read whole. */
const MAX_LEDGER_BYTES = 64 * 1024;

export function createLibraryLedger(dataDir: string, host: HostKind, options: LibraryLedgerOptions = {}): LibraryLedgerStore {
  const file = libraryLedgerFileOf(dataDir, host, options.library);
  const now = options.now ?? (() => new Date());

  async function read(): Promise<LibraryLedger | null> {
    let text: string;
    try {
      text = await readSmallFile(file);
    } catch (error) {
      // No ledger yet, or something that is not one (a folder in its place): unknown.
      const code = errnoCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || error instanceof NotALedger) return null;
      throw fileSystemError(error, 'read', file);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return null;
    }
    const parsed = libraryLedgerSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  }

  async function write({ itemCount, lastChangeAt }: HostArgs<'library.ledger.write'>): Promise<LibraryLedger> {
    const ledger: LibraryLedger = { itemCount, lastChangeAt, updatedAt: now().toISOString() };
    try {
      await mkdir(dataDir, { recursive: true });
    } catch (error) {
      throw fileSystemError(error, 'write', dataDir);
    }
    // Atomic, so a crash mid-write leaves the previous ledger rather than a damaged one;
    // owner-only, like the library it describes.
    await writeFileAtomic(file, `${JSON.stringify(ledger, null, 2)}\n`, { overwrite: true, mode: 0o600 });
    return ledger;
  }

  return { read, write };
}

class NotALedger extends Error {}

async function readSmallFile(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || stats.size > MAX_LEDGER_BYTES) throw new NotALedger(`"${file}" is not a library ledger`);
    // Bytes that are not UTF-8 become replacement characters, which then fail to parse.
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
