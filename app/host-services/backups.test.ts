import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostCallError } from '../../shared/host/host-call-error';
import { BACKUP_REASONS } from '../../shared/host/contract';
import { backupTooLargeMessage, MAX_BACKUP_BYTES } from '../../shared/host/limits';
import { backupName, createBackupStore, parseBackupName } from './backups';

function freshDir(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'pd-backups-')), 'backups');
}

/** A clock that moves one second per reading, starting at a fixed moment. */
function ticking(start = Date.parse('2025-03-04T05:06:07.008Z')): () => Date {
  let next = start;
  return () => {
    const moment = new Date(next);
    next += 1000;
    return moment;
  };
}

async function failure(promise: Promise<unknown>): Promise<HostCallError> {
  const reason: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(reason instanceof HostCallError)) throw new Error(`Expected a HostCallError, got ${String(reason)}`);
  return reason;
}

describe('backup names', () => {
  it('encode the moment and the reason without characters any file system forbids', () => {
    const moment = new Date('2025-03-04T05:06:07.008Z');
    expect(backupName(moment)).toBe('policydesk-2025-03-04T05-06-07-008Z-manual.json');
    expect(backupName(moment, 2)).toBe('policydesk-2025-03-04T05-06-07-008Z-2-manual.json');
    expect(backupName(moment, 1, 'before-restore')).toBe('policydesk-2025-03-04T05-06-07-008Z-before-restore.json');
  });

  it('decode back to the moment, sequence and reason', () => {
    expect(parseBackupName('policydesk-2025-03-04T05-06-07-008Z-2-before-import.json')).toEqual({
      createdAt: '2025-03-04T05:06:07.008Z',
      sequence: 2,
      reason: 'before-import',
    });
  });

  it('read names from before reasons existed as manual backups', () => {
    expect(parseBackupName('policydesk-2025-03-04T05-06-07-008Z.json')).toEqual({
      createdAt: '2025-03-04T05:06:07.008Z',
      sequence: 1,
      reason: 'manual',
    });
    expect(parseBackupName('policydesk-2025-03-04T05-06-07-008Z-2.json')).toMatchObject({ sequence: 2, reason: 'manual' });
  });

  it.each(BACKUP_REASONS)('round-trip the reason %s', (reason) => {
    const moment = new Date('2025-03-04T05:06:07.008Z');
    expect(parseBackupName(backupName(moment, 3, reason))).toEqual({ createdAt: moment.toISOString(), sequence: 3, reason });
  });

  it.each([
    '../policydesk-2025-03-04T05-06-07-008Z.json',
    'policydesk-2025-13-45T99-06-07-008Z.json',
    'notes.json',
    '',
    'policydesk-2025-03-04T05-06-07-008Z-weekly.json',
    'policydesk-2025-03-04T05-06-07-008Z-manual-2.json',
    'policydesk-2025-03-04T05-06-07-008Z-before-restore/../x.json',
    'policydesk-2025-03-04T05-06-07-008Z-..json',
  ])('reject %j', (name) => {
    expect(parseBackupName(name)).toBeUndefined();
  });
});

describe('createBackupStore', () => {
  it('writes a snapshot, creating the folder, and reads it back by name', async () => {
    const dir = freshDir();
    const store = createBackupStore(dir, { now: ticking() });
    const entry = await store.write('{"policies":["Ä"]}');
    expect(entry).toEqual({
      name: 'policydesk-2025-03-04T05-06-07-008Z-manual.json',
      bytes: 19,
      createdAt: '2025-03-04T05:06:07.008Z',
      reason: 'manual',
    });
    expect(await store.read(entry.name)).toBe('{"policies":["Ä"]}');
    expect(readdirSync(dir)).toEqual([entry.name]);
  });

  it('lists backups newest first, ignoring other files', async () => {
    const dir = freshDir();
    const store = createBackupStore(dir, { now: ticking() });
    const first = await store.write('1');
    const second = await store.write('2');
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    mkdirSync(path.join(dir, 'policydesk-2020-01-01T00-00-00-000Z.json'));
    expect(await store.list()).toEqual([second, first]);
  });

  it('is empty before the first backup', async () => {
    expect(await createBackupStore(freshDir()).list()).toEqual([]);
  });

  it('keeps two backups made in the same millisecond, newest first', async () => {
    const dir = freshDir();
    const moment = new Date('2025-03-04T05:06:07.008Z');
    const store = createBackupStore(dir, { now: () => moment });
    const first = await store.write('1');
    const second = await store.write('2');
    expect(second.name).toBe('policydesk-2025-03-04T05-06-07-008Z-2-manual.json');
    expect((await store.list()).map((entry) => entry.name)).toEqual([second.name, first.name]);
    expect(await store.read(first.name)).toBe('1');
  });

  it('records why each backup was made, and lists it', async () => {
    const dir = freshDir();
    const store = createBackupStore(dir, { now: ticking() });
    const safety = await store.write('{}', 'before-restore');
    expect(safety).toMatchObject({ name: 'policydesk-2025-03-04T05-06-07-008Z-before-restore.json', reason: 'before-restore' });
    await store.write('{}');
    expect((await store.list()).map((entry) => entry.reason)).toEqual(['manual', 'before-restore']);
  });

  it('lists and reads backups named before reasons existed, as manual ones', async () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'policydesk-2024-01-02T03-04-05-006Z.json'), '{"old":true}');
    const store = createBackupStore(dir);
    expect(await store.list()).toEqual([
      { name: 'policydesk-2024-01-02T03-04-05-006Z.json', bytes: 12, createdAt: '2024-01-02T03:04:05.006Z', reason: 'manual' },
    ]);
    expect(await store.read('policydesk-2024-01-02T03-04-05-006Z.json')).toBe('{"old":true}');
  });

  it('keeps the newest ten of a burst, and the newest backup of each earlier day', async () => {
    const dir = freshDir();
    const day = 24 * 60 * 60 * 1000;
    const today = Date.parse('2025-03-20T12:00:00.000Z');
    // One backup a day for the 20 days before today...
    const daily = [];
    for (let ago = 20; ago >= 1; ago -= 1) {
      daily.push(await createBackupStore(dir, { now: () => new Date(today - ago * day) }).write('{}', 'daily'));
    }
    // ...then a burst of 25, one a second.
    const store = createBackupStore(dir, { now: ticking(today) });
    const burst = [];
    for (let i = 0; i < 25; i += 1) burst.push(await store.write(String(i)));

    const names = (await store.list()).map((entry) => entry.name);
    const expected = [...burst.slice(-10).reverse(), ...daily.slice(-13).reverse()].map((entry) => entry.name);
    expect(names).toEqual(expected);
    expect(readdirSync(dir).sort()).toEqual([...expected].sort());
  });

  it('honours a smaller rotation', async () => {
    const dir = freshDir();
    const store = createBackupStore(dir, { now: ticking(), rotation: { newest: 3, days: 0 } });
    const written = [];
    for (let i = 0; i < 5; i += 1) written.push(await store.write(String(i)));
    expect((await store.list()).map((entry) => entry.name)).toEqual(
      written
        .slice(2)
        .reverse()
        .map((entry) => entry.name),
    );
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('keeps only ten of a burst within one day by default', async () => {
    const store = createBackupStore(freshDir(), { now: ticking() });
    for (let i = 0; i < 12; i += 1) await store.write('{}');
    expect(await store.list()).toHaveLength(10);
  });

  it('never deletes files that are not its backups', async () => {
    const dir = freshDir();
    const store = createBackupStore(dir, { now: ticking(), rotation: { newest: 1, days: 0 } });
    await store.write('{}');
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    writeFileSync(path.join(dir, 'policydesk-2000-01-01T00-00-00-000Z-weekly.json'), '{}');
    await store.write('{}');
    expect(readdirSync(dir)).toContain('notes.txt');
    expect(readdirSync(dir)).toContain('policydesk-2000-01-01T00-00-00-000Z-weekly.json');
  });

  it('refuses content that is not JSON, writing nothing', async () => {
    const dir = freshDir();
    const error = await failure(createBackupStore(dir).write('{"unterminated'));
    expect(error.code).toBe('invalid-request');
    expect(await createBackupStore(dir).list()).toEqual([]);
  });

  it('caps a backup in bytes, not characters, with a sentence that says so', async () => {
    const dir = freshDir();
    const store = createBackupStore(dir, { now: ticking(), maxBytes: 12 });
    // 6 characters, 12 bytes (each Chinese character is three): exactly at the cap.
    const atCap = await store.write('"中文字 "');
    expect(atCap.bytes).toBe(12);

    // 7 characters, 13 bytes: one byte over, though well under 12 characters.
    const error = await failure(store.write('"中文字  "'));
    expect(error).toMatchObject({
      code: 'invalid-request',
      message: 'The backup was not saved: it is larger than 12 bytes, the most PolicyDesk can save as a backup and read back.',
    });
    expect((await store.list()).map((entry) => entry.bytes)).toEqual([12]);
  });

  it('reads back every backup it was allowed to write', async () => {
    const store = createBackupStore(freshDir(), { now: ticking(), maxBytes: 12 });
    const entry = await store.write('"中文字 "');
    expect(await store.read(entry.name)).toBe('"中文字 "');
  });

  it('uses the shared cap by default, however few characters the backup has', async () => {
    // A bilingual library under the contract's character cap but over the byte cap: the
    // case where a write once succeeded that no read could bring back.
    const json = `"${'中'.repeat(Math.floor(MAX_BACKUP_BYTES / 3))}"`;
    expect(json.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(Buffer.byteLength(json)).toBeGreaterThan(MAX_BACKUP_BYTES);
    const dir = freshDir();
    const error = await failure(createBackupStore(dir).write(json));
    expect(error.message).toBe(backupTooLargeMessage());
    expect(error.message).toContain('256 MiB');
    expect(await createBackupStore(dir).list()).toEqual([]);
  });

  it('will not read outside the backups folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pd-backups-'));
    const dir = path.join(root, 'backups');
    writeFileSync(path.join(root, 'policydesk-2025-03-04T05-06-07-008Z.json'), 'secret');
    const store = createBackupStore(dir);
    for (const name of [
      '../policydesk-2025-03-04T05-06-07-008Z.json',
      '../policydesk-2025-03-04T05-06-07-008Z-manual.json',
      '..',
      '/etc/passwd',
      'policydesk-x.json',
    ]) {
      const error = await failure(store.read(name));
      expect(error.code).toBe('not-found');
    }
    expect(readFileSync(path.join(root, 'policydesk-2025-03-04T05-06-07-008Z.json'), 'utf8')).toBe('secret');
  });

  it('says which backup is missing', async () => {
    const error = await failure(createBackupStore(freshDir()).read('policydesk-2025-03-04T05-06-07-008Z.json'));
    expect(error).toMatchObject({
      code: 'not-found',
      message: 'There is no backup named "policydesk-2025-03-04T05-06-07-008Z.json".',
    });
  });
});
