import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BACKUP_REASONS, type BackupReason, type HostResult } from '../../shared/host/contract';
import { HostCallError } from '../../shared/host/host-call-error';
import { backupTooLargeMessage, MAX_BACKUP_BYTES } from '../../shared/host/limits';
import { writeFileAtomic } from './atomic-write';
import { backupsToKeep, DEFAULT_ROTATION, newerFirst, type RotationPolicy } from './backup-rotation';
import { errnoCode, fileSystemError } from './fs-errors';
import { readTextFile } from './read-text-file';

export type BackupEntry = HostResult<'backup.write'>;

export interface BackupStore {
  /** Writes a backup, then deletes the ones the rotation no longer keeps. */
  write(json: string, reason?: BackupReason): Promise<BackupEntry>;
  /** Newest first. */
  list(): Promise<BackupEntry[]>;
  read(name: string): Promise<string>;
}

export interface BackupStoreOptions {
  /** Which backups survive a write (`backupsToKeep`); tests shrink it. */
  readonly rotation?: RotationPolicy;
  readonly now?: () => Date;
  /** The largest backup in UTF-8 bytes, written or read; tests lower it. */
  readonly maxBytes?: number;
}

/** Two writes within one millisecond get a sequence suffix rather than failing. */
const MAX_SAME_MOMENT_WRITES = 100;

/**
 * `policydesk-2025-01-02T03-04-05-006Z-before-restore.json`: the moment, then `-2`, `-3`...
 * when several backups share a millisecond, then why it was made (one of BACKUP_REASONS).
 * Names from before reasons existed (`policydesk-2025-01-02T03-04-05-006Z.json`) have none
 * and read as 'manual'. The name alone identifies, dates, orders and explains a backup,
 * and the pattern is also the path-traversal guard: nothing with a separator or a dot-dot
 * can match it. The reasons are spelled out rather than built from BACKUP_REASONS so the
 * guard reads at a glance; a test checks that the two agree.
 */
const BACKUP_NAME =
  /^policydesk-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d{1,3}))?(?:-(manual|daily|before-restore|before-import|before-reset))?\.json$/u;

export function createBackupStore(dir: string, options: BackupStoreOptions = {}): BackupStore {
  const rotation = options.rotation ?? DEFAULT_ROTATION;
  const now = options.now ?? (() => new Date());
  const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES;

  async function list(): Promise<BackupEntry[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return [];
      throw fileSystemError(error, 'read', dir);
    }
    const parsed = names.flatMap((name) => {
      const identity = parseBackupName(name);
      return identity === undefined ? [] : [{ name, ...identity }];
    });
    parsed.sort(newerFirst);
    const entries = await Promise.all(parsed.map(async ({ name, createdAt, reason }) => describe(name, createdAt, reason)));
    return entries.filter((entry): entry is BackupEntry => entry !== undefined);
  }

  async function describe(name: string, createdAt: string, reason: BackupReason): Promise<BackupEntry | undefined> {
    try {
      const stats = await stat(path.join(dir, name));
      return stats.isFile() ? { name, bytes: stats.size, createdAt, reason } : undefined;
    } catch (error) {
      // Pruned or removed by hand between `readdir` and `stat`: simply no longer listed.
      if (errnoCode(error) === 'ENOENT') return undefined;
      throw fileSystemError(error, 'read', path.join(dir, name));
    }
  }

  async function write(json: string, reason: BackupReason = 'manual'): Promise<BackupEntry> {
    // Counted in bytes, as `read` counts them: a backup that could be written but not read
    // back would fail the user on the day they need it.
    const bytes = Buffer.byteLength(json, 'utf8');
    if (bytes > maxBytes) throw new HostCallError('invalid-request', backupTooLargeMessage(maxBytes));
    assertJson(json);
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      throw fileSystemError(error, 'write', dir);
    }
    const moment = now();
    for (let sequence = 1; sequence <= MAX_SAME_MOMENT_WRITES; sequence += 1) {
      const name = backupName(moment, sequence, reason);
      try {
        await writeFileAtomic(path.join(dir, name), json, { overwrite: false });
      } catch (error) {
        if (error instanceof HostCallError && error.code === 'exists') continue;
        throw error;
      }
      await prune(moment);
      return { name, bytes, createdAt: moment.toISOString(), reason };
    }
    throw new HostCallError('failed', 'Too many backups were made at the same moment. Try again.');
  }

  /**
   * Best effort: a backup that was written is a success even if an old one cannot go.
   * Only names the rotation does not keep are deleted; anything else in the folder
   * (other files, names this version does not know) is never touched.
   */
  async function prune(moment: Date): Promise<void> {
    const entries = await list();
    const keep = backupsToKeep(
      entries.map(({ name, createdAt }) => ({ name, createdAt, sequence: parseBackupName(name)?.sequence ?? 1 })),
      moment,
      rotation,
    );
    const surplus = entries.filter(({ name }) => !keep.has(name));
    await Promise.all(surplus.map(async ({ name }) => rm(path.join(dir, name), { force: true }).catch(() => undefined)));
  }

  async function read(name: string): Promise<string> {
    if (parseBackupName(name) === undefined) throw notFound(name);
    const file = path.join(dir, name);
    // Belt and braces: the pattern already rules out separators.
    if (path.dirname(path.resolve(file)) !== path.resolve(dir)) throw notFound(name);
    try {
      return await readTextFile(file, maxBytes);
    } catch (error) {
      if (error instanceof HostCallError && error.code === 'not-found') throw notFound(name);
      throw error;
    }
  }

  return { write, list, read };
}

export function backupName(moment: Date, sequence = 1, reason: BackupReason = 'manual'): string {
  const stamp = moment.toISOString().replace(/[:.]/gu, '-');
  return `policydesk-${stamp}${sequence > 1 ? `-${sequence}` : ''}-${reason}.json`;
}

export interface BackupIdentity {
  readonly createdAt: string;
  readonly sequence: number;
  readonly reason: BackupReason;
}

/** What a backup's name encodes, or undefined if the name is not a backup's. */
export function parseBackupName(name: string): BackupIdentity | undefined {
  const match = BACKUP_NAME.exec(name);
  if (match === null) return undefined;
  const [, date, hours, minutes, seconds, millis, sequence, reason] = match;
  const createdAt = `${date}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return undefined;
  return {
    createdAt,
    sequence: sequence === undefined ? 1 : Number(sequence),
    reason: BACKUP_REASONS.find((known) => known === reason) ?? 'manual',
  };
}

function assertJson(json: string): void {
  try {
    JSON.parse(json);
  } catch {
    // Caught now, not on the day someone needs to restore it.
    throw new HostCallError('invalid-request', 'The backup was not saved because its content is not valid JSON.');
  }
}

function notFound(name: string): HostCallError {
  return new HostCallError('not-found', `There is no backup named "${name}".`);
}
