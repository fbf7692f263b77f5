import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostCallError } from '../../shared/host/host-call-error';
import { writeFileAtomic } from './atomic-write';

// Lets a test make the next write fail halfway through, after some bytes reached the disk.
const faults = vi.hoisted(() => ({ failNextWriteWith: undefined as string | undefined }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  const open: typeof actual.open = async (...args) => {
    const handle = await actual.open(...args);
    const code = faults.failNextWriteWith;
    if (code === undefined) return handle;
    faults.failNextWriteWith = undefined;
    handle.writeFile = async () => {
      await handle.write('{"half": ');
      throw Object.assign(new Error(`${code}: injected`), { code });
    };
    return handle;
  };
  return { ...actual, open };
});

function freshDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'pd-atomic-'));
}

async function failure(promise: Promise<unknown>): Promise<HostCallError> {
  const reason: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(reason instanceof HostCallError)) throw new Error(`Expected a HostCallError, got ${String(reason)}`);
  return reason;
}

afterEach(() => {
  faults.failNextWriteWith = undefined;
});

describe('writeFileAtomic', () => {
  it('writes the content and leaves no temporary file behind', async () => {
    const dir = freshDir();
    await writeFileAtomic(path.join(dir, 'a.json'), '{"a":1}', { overwrite: false });
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('{"a":1}');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('replaces an existing file when allowed to', async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, 'a.json'), 'old');
    await writeFileAtomic(path.join(dir, 'a.json'), 'new', { overwrite: true });
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('refuses to replace an existing file otherwise, keeping it intact', async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, 'a.json'), 'old');
    const error = await failure(writeFileAtomic(path.join(dir, 'a.json'), 'new', { overwrite: false }));
    expect(error.code).toBe('exists');
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('never leaves a half-written file when the disk fills up', async () => {
    const dir = freshDir();
    faults.failNextWriteWith = 'ENOSPC';
    const error = await failure(writeFileAtomic(path.join(dir, 'a.json'), '{"half": 1}', { overwrite: false }));
    expect(error.code).toBe('disk-full');
    expect(error.message).toBe('There is not enough disk space to save "a.json". Free some space and try again.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the previous version when replacing fails midway', async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, 'a.json'), 'old');
    faults.failNextWriteWith = 'EIO';
    expect((await failure(writeFileAtomic(path.join(dir, 'a.json'), 'new', { overwrite: true }))).code).toBe('failed');
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('reports a missing folder as not found', async () => {
    const target = path.join(freshDir(), 'missing', 'a.json');
    expect((await failure(writeFileAtomic(target, 'x', { overwrite: true }))).code).toBe('not-found');
  });

  // Injected, because root (which CI runs as) ignores file permissions.
  it('reports a write the system refuses as permission denied, leaving the old file', async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, 'a.json'), 'old');
    faults.failNextWriteWith = 'EACCES';
    expect((await failure(writeFileAtomic(path.join(dir, 'a.json'), 'new', { overwrite: true }))).code).toBe('permission-denied');
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it.skipIf(process.platform === 'win32')('gives the file the mode asked for, replacing a more open one', async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, 'a.json'), 'old');
    chmodSync(path.join(dir, 'a.json'), 0o644);
    await writeFileAtomic(path.join(dir, 'a.json'), 'new', { overwrite: true, mode: 0o600 });
    expect(statSync(path.join(dir, 'a.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('new');
  });
});
