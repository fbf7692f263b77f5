import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-runtime';

function electronPackage({ pathTxt, binary }: { pathTxt?: string; binary?: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pd-electron-'));
  if (pathTxt !== undefined) writeFileSync(path.join(dir, 'path.txt'), pathTxt);
  if (binary !== undefined) {
    mkdirSync(path.dirname(path.join(dir, 'dist', binary)), { recursive: true });
    writeFileSync(path.join(dir, 'dist', binary), '');
  }
  return dir;
}

describe('findElectronBinary', () => {
  it('finds the binary named by path.txt in dist/', () => {
    const dir = electronPackage({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary(dir, {}, 'linux')).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('finds nothing when the download never happened', () => {
    expect(findElectronBinary(electronPackage({}), {}, 'linux')).toBeUndefined();
    expect(findElectronBinary(electronPackage({ pathTxt: 'electron' }), {}, 'linux')).toBeUndefined();
  });

  it('finds nothing when the electron package is not installed', () => {
    expect(findElectronBinary(undefined, {}, 'linux')).toBeUndefined();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'pd-electron-dist-'));
    writeFileSync(path.join(dist, 'electron'), '');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
    expect(findElectronBinary(electronPackage({}), env, 'linux')).toBe(path.join(dist, 'electron'));
    expect(findElectronBinary(electronPackage({}), env, 'win32')).toBeUndefined();
  });
});
