import { chmod, lstat, mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The launch URL carries a one-time code. Passed on Chromium's command line it would be
 * readable by every local user (/proc/<pid>/cmdline, `ps`), so the launcher instead
 * writes a small page that only this user can read and opens Chromium on that file. The
 * page holds no script: a meta refresh takes the window to the launch URL. The host
 * deletes the file as soon as the code is redeemed, and on close.
 */
export interface LaunchPage {
  /** The file:// URL to give Chromium. */
  readonly url: string;
  readonly file: string;
  /** Deletes the page; safe to call more than once. */
  remove(): Promise<void>;
}

/** Owner-only, so no other local user can list the folder or read the page. */
const PRIVATE_DIR_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;

export async function writeLaunchPage(dir: string, name: string, launchUrl: string): Promise<LaunchPage> {
  await preparePrivateDir(dir);
  const file = path.join(dir, name);
  // A leftover from a run that crashed holds a dead code; replace it rather than trust it.
  await rm(file, { force: true });
  // `wx` refuses to follow a symlink someone planted at this name in the meantime.
  const handle = await open(file, 'wx', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(launchPageHtml(launchUrl));
  } finally {
    await handle.close();
  }
  let removed: Promise<void> | undefined;
  return {
    url: pathToFileURL(file).href,
    file,
    remove: () => (removed ??= rm(file, { force: true }).catch(() => undefined)),
  };
}

/**
 * No script, no styles, nothing fetched: a meta refresh is all it takes, and the page's
 * own policy forbids everything else. `no-referrer` keeps the file's path out of the
 * request to the host.
 */
export function launchPageHtml(launchUrl: string): string {
  const target = escapeAttribute(launchUrl);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:">`,
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    '<link rel="icon" href="data:,">',
    '<title>PolicyDesk</title>',
    '</head>',
    '<body><p>Opening PolicyDesk…</p></body>',
    '</html>',
    '',
  ].join('\n');
}

async function preparePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // An existing folder keeps whatever mode it had, and could be a symlink to elsewhere.
  const stats = await lstat(dir);
  if (!stats.isDirectory()) throw new Error(`${dir} is not a folder.`);
  if (process.platform !== 'win32') {
    if (process.getuid !== undefined && stats.uid !== process.getuid()) {
      throw new Error(`${dir} belongs to another user.`);
    }
    await chmod(dir, PRIVATE_DIR_MODE);
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
