import { describe, expect, it } from 'vitest';
import { HostCallError } from '../../shared/host/host-call-error';
import { errnoCode, fileSystemError } from './fs-errors';

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: something`), { code });
}

describe('fileSystemError', () => {
  it.each([
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
    ['EROFS', 'permission-denied'],
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EEXIST', 'exists'],
    ['ENOENT', 'not-found'],
    ['EISDIR', 'invalid-request'],
    ['EIO', 'failed'],
  ] as const)('maps %s to %s', (code, expected) => {
    const error = fileSystemError(systemError(code), 'write', '/docs/library.json');
    expect(error.code).toBe(expected);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('writes messages a user can act on', () => {
    expect(fileSystemError(systemError('EACCES'), 'write', '/docs/a.json').message).toBe(
      `PolicyDesk is not allowed to save "/docs/a.json". Choose another folder, or check this folder's permissions.`,
    );
    expect(fileSystemError(systemError('ENOSPC'), 'write', '/docs/a.json').message).toBe(
      'There is not enough disk space to save "a.json". Free some space and try again.',
    );
    expect(fileSystemError(systemError('EEXIST'), 'write', '/docs/a.json').message).toBe(
      'A file named "a.json" already exists there.',
    );
    expect(fileSystemError(systemError('EIO'), 'read', '/docs/a.json').message).toBe(
      'PolicyDesk could not open "/docs/a.json" (EIO).',
    );
  });

  it('leaves a HostCallError as it is', () => {
    const original = new HostCallError('not-found', 'gone');
    expect(fileSystemError(original, 'read', '/x')).toBe(original);
  });
});

describe('errnoCode', () => {
  it('reads the code of system errors only', () => {
    expect(errnoCode(systemError('EACCES'))).toBe('EACCES');
    expect(errnoCode(new Error('plain'))).toBeUndefined();
    expect(errnoCode('EACCES')).toBeUndefined();
  });
});
