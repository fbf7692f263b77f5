import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from './cli-args';
import { prepareDataDir, resolveDataDir, type DataDirSources } from './data-dir';

const linux: DataDirSources = { argv: [], env: {}, platform: 'linux', homeDir: '/home/ada', cwd: '/work' };

describe('resolveDataDir', () => {
  it('prefers --data-dir, resolved against the working folder', () => {
    const sources = { ...linux, argv: ['--data-dir', 'lib'], env: { POLICYDESK_DATA_DIR: '/env' } };
    expect(resolveDataDir(sources)).toBe('/work/lib');
  });

  it('uses POLICYDESK_DATA_DIR when no argument is given', () => {
    expect(resolveDataDir({ ...linux, env: { POLICYDESK_DATA_DIR: '/srv/policydesk' } })).toBe('/srv/policydesk');
  });

  it('ignores an empty POLICYDESK_DATA_DIR', () => {
    expect(resolveDataDir({ ...linux, env: { POLICYDESK_DATA_DIR: ' ' } })).toBe('/home/ada/.config/PolicyDesk');
  });

  it('defaults to ~/.config/PolicyDesk on Linux, honouring an absolute XDG_CONFIG_HOME', () => {
    expect(resolveDataDir(linux)).toBe('/home/ada/.config/PolicyDesk');
    expect(resolveDataDir({ ...linux, env: { XDG_CONFIG_HOME: '/xdg' } })).toBe('/xdg/PolicyDesk');
    expect(resolveDataDir({ ...linux, env: { XDG_CONFIG_HOME: 'relative' } })).toBe('/home/ada/.config/PolicyDesk');
  });

  it('defaults to ~/Library/Application Support/PolicyDesk on macOS', () => {
    expect(resolveDataDir({ ...linux, platform: 'darwin', homeDir: '/Users/ada' })).toBe(
      '/Users/ada/Library/Application Support/PolicyDesk',
    );
  });

  it('defaults to %APPDATA%\\PolicyDesk on Windows', () => {
    const windows: DataDirSources = { argv: [], env: {}, platform: 'win32', homeDir: 'C:\\Users\\ada', cwd: 'C:\\work' };
    expect(resolveDataDir({ ...windows, env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' } })).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\PolicyDesk',
    );
    expect(resolveDataDir(windows)).toBe('C:\\Users\\ada\\AppData\\Roaming\\PolicyDesk');
    expect(resolveDataDir({ ...windows, argv: ['--data-dir=lib'] })).toBe('C:\\work\\lib');
  });
});

describe('prepareDataDir', () => {
  it('creates the folder and any missing parents', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'pd-data-')), 'a', 'b');
    expect(prepareDataDir(dir)).toBe(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it('explains a folder it cannot create', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pd-data-')), 'occupied');
    writeFileSync(file, 'not a folder');
    expect(() => prepareDataDir(path.join(file, 'lib'))).toThrow(UsageError);
    expect(() => prepareDataDir(path.join(file, 'lib'))).toThrow(/cannot use the data folder .* \(ENOTDIR\)/u);
  });
});
