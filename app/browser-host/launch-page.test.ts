import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchPageHtml, writeLaunchPage } from './launch-page';

const LAUNCH_URL = 'http://127.0.0.1:4763/?launch=abc_DEF-123';
const posixOnly = process.platform === 'win32' ? it.skip : it;

function freshDir(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'pd-launch-page-')), 'browser-launch');
}

function modeOf(file: string): number {
  return statSync(file).mode & 0o777;
}

describe('launchPageHtml', () => {
  it('moves on to the launch URL with a meta refresh and nothing that runs or loads', () => {
    const html = launchPageHtml(LAUNCH_URL);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${LAUNCH_URL}">`);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:">`);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    expect(html).not.toMatch(/<script|<style|<form|\son\w+=/iu);
  });

  it('escapes what it puts in the attribute', () => {
    expect(launchPageHtml('http://127.0.0.1:1/?a="><script>&b')).toContain(
      'url=http://127.0.0.1:1/?a=&quot;&gt;&lt;script&gt;&amp;b">',
    );
  });
});

describe('writeLaunchPage', () => {
  posixOnly('writes an owner-only file in an owner-only folder and hands back its file URL', async () => {
    const dir = freshDir();
    const page = await writeLaunchPage(dir, 'launch-4763.html', LAUNCH_URL);
    expect(page.file).toBe(path.join(dir, 'launch-4763.html'));
    expect(fileURLToPath(page.url)).toBe(page.file);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(page.file)).toBe(0o600);
    expect(readFileSync(page.file, 'utf8')).toBe(launchPageHtml(LAUNCH_URL));
  });

  posixOnly('tightens a folder that already exists with looser permissions', async () => {
    const dir = freshDir();
    mkdirSync(dir, { mode: 0o755 });
    await writeLaunchPage(dir, 'launch-1.html', LAUNCH_URL);
    expect(modeOf(dir)).toBe(0o700);
  });

  posixOnly('replaces a page left behind by an earlier run', async () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'launch-1.html'), 'stale', { mode: 0o644 });
    const page = await writeLaunchPage(dir, 'launch-1.html', LAUNCH_URL);
    expect(readFileSync(page.file, 'utf8')).toContain(LAUNCH_URL);
    expect(modeOf(page.file)).toBe(0o600);
  });

  posixOnly('refuses a folder that is a symlink to somewhere else', async () => {
    const dir = freshDir();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pd-elsewhere-'));
    symlinkSync(elsewhere, dir);
    await expect(writeLaunchPage(dir, 'launch-1.html', LAUNCH_URL)).rejects.toThrow(/is not a folder/u);
  });

  it('removes the page, and removing twice is harmless', async () => {
    const page = await writeLaunchPage(freshDir(), 'launch-1.html', LAUNCH_URL);
    await page.remove();
    await page.remove();
    expect(() => statSync(page.file)).toThrow();
  });
});
