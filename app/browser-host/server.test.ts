import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupEntrySchema } from '../../shared/host/contract';
import { CONTENT_SECURITY_POLICY } from '../host-services/content-security-policy';
import { startBrowserHost, type BrowserHost } from './server';

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

interface Request {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** node:http rather than fetch, which would not let a test forge Host or omit Origin. */
function send(port: number, { method = 'GET', path: urlPath, headers = {}, body }: Request): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

let host: BrowserHost;
let port: number;
let dataDir: string;

beforeEach(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pd-browser-host-'));
  const rendererDir = path.join(root, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>PolicyDesk</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(path.join(root, 'secret.txt'), 'top secret');
  dataDir = path.join(root, 'data');
  host = await startBrowserHost({ dataDir, port: 0, open: false, rendererDir });
  port = Number(new URL(host.url).port);
});

afterEach(async () => {
  await host.close();
});

function hostHeader(): Record<string, string> {
  return { Host: `127.0.0.1:${port}` };
}

/** What a browser sends when it opens a URL the user typed or it was started with. */
const TYPED = { 'Sec-Fetch-Site': 'none' };

/** Trades the launch code for the session cookie, as a window opened on the launch URL does. */
async function signIn(): Promise<string> {
  const answer = await send(port, { path: launchPath(), headers: { ...hostHeader(), ...TYPED } });
  expect(answer.status).toBe(303);
  expect(answer.headers.location).toBe('/');
  const setCookie = answer.headers['set-cookie']?.[0] ?? '';
  expect(setCookie).toMatch(/; HttpOnly/u);
  expect(setCookie).toMatch(/; SameSite=Strict/u);
  return setCookie.split(';')[0] ?? '';
}

function launchPath(launchUrl = host.launchUrl): string {
  const url = new URL(launchUrl);
  return url.pathname + url.search;
}

async function callApi(cookie: string, call: string, args: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(port, {
    method: 'POST',
    path: `/api/${call}`,
    headers: {
      ...hostHeader(),
      Cookie: cookie,
      Origin: `http://127.0.0.1:${port}`,
      'Content-Type': 'application/json',
      ...headers,
    },
    body: JSON.stringify(args),
  });
}

describe('the browser host', () => {
  it('listens on loopback and hands out a one-time launch URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
    expect(host.launchUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?launch=[\w-]{43}$/u);
  });

  it('serves the renderer to a signed-in window with the security headers', async () => {
    const cookie = await signIn();
    const page = await send(port, { path: '/', headers: { ...hostHeader(), Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>PolicyDesk</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');

    const script = await send(port, { path: '/assets/app.js', headers: { ...hostHeader(), Cookie: cookie } });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('accepts localhost as well as 127.0.0.1', async () => {
    const cookie = await signIn();
    const page = await send(port, { path: '/', headers: { Host: `localhost:${port}`, Cookie: cookie } });
    expect(page.status).toBe(200);
  });

  // PORT stands for the server's port, known only once it listens.
  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1:1', '127.0.0.1.nip.io:PORT', '127.0.0.1:PORT.evil.example'])(
    'refuses a request addressed to Host %s, even with a valid session',
    async (badHost) => {
      const cookie = await signIn();
      const answer = await send(port, { path: '/', headers: { Host: badHost.replace('PORT', String(port)), Cookie: cookie } });
      expect(answer.status).toBe(403);
      expect(answer.body).toBe('PolicyDesk only answers requests addressed to 127.0.0.1 or localhost.\n');
    },
  );

  it('refuses to trade the launch code for a session when the Host is wrong', async () => {
    const answer = await send(port, { path: launchPath(), headers: { Host: `evil.example:${port}` } });
    expect(answer.status).toBe(403);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it('refuses pages and calls without the session cookie', async () => {
    for (const request of [{ path: '/' }, { path: '/assets/app.js' }, { method: 'POST', path: '/api/app.info', body: '{}' }]) {
      const answer = await send(port, {
        ...request,
        headers: { ...hostHeader(), Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json' },
      });
      expect(answer.status).toBe(403);
      expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(answer.body).toMatch(/^PolicyDesk only answers the window it opened\./u);
    }
  });

  it('refuses a forged session cookie', async () => {
    const cookie = await signIn();
    const forged = `${cookie.slice(0, -4)}AAAA`;
    expect((await send(port, { path: '/', headers: { ...hostHeader(), Cookie: forged } })).status).toBe(403);
    expect((await send(port, { path: '/', headers: { ...hostHeader(), Cookie: `${cookie}x` } })).status).toBe(403);
  });

  it('refuses a launch code that is wrong', async () => {
    const answer = await send(port, { path: '/?launch=not-the-code', headers: hostHeader() });
    expect(answer.status).toBe(403);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a launch code used a second time', async () => {
    await signIn();
    const again = await send(port, { path: launchPath(), headers: hostHeader() });
    expect(again.status).toBe(403);
    expect(again.body).toMatch(/already been used/u);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('lets a signed-in window reload its launch URL', async () => {
    const cookie = await signIn();
    const reload = await send(port, { path: launchPath(), headers: { ...hostHeader(), ...TYPED, Cookie: cookie } });
    expect(reload.status).toBe(303);
    expect(reload.headers['set-cookie']).toBeUndefined();
  });

  // The launch page is a file, so its refresh to the launch URL is a cross-site navigation,
  // and a browser drops SameSite=Strict cookies on a redirect chain that began cross-site.
  it.each(['cross-site', undefined])(
    'answers a launch started from elsewhere (Sec-Fetch-Site %s) with a page that moves on by itself',
    async (site) => {
      const answer = await send(port, {
        path: launchPath(),
        headers: { ...hostHeader(), ...(site === undefined ? {} : { 'Sec-Fetch-Site': site }) },
      });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.body).toContain('<meta http-equiv="refresh" content="0; url=/">');
      expect(answer.body).not.toMatch(/<script/iu);
      const cookie = answer.headers['set-cookie']?.[0] ?? '';
      expect(cookie).toMatch(/; HttpOnly; SameSite=Strict$/u);
      const page = await send(port, { path: '/', headers: { ...hostHeader(), Cookie: cookie.split(';')[0] ?? '' } });
      expect(page.status).toBe(200);
    },
  );

  it('refuses API calls without the page’s own Origin', async () => {
    const cookie = await signIn();
    const missing = await send(port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { ...hostHeader(), Cookie: cookie, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(403);
    const foreign = await callApi(cookie, 'app.info', {}, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatch(/did not come from the PolicyDesk page/u);
  });

  it('refuses API calls that are not JSON or not POST', async () => {
    const cookie = await signIn();
    expect((await callApi(cookie, 'app.info', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
    const get = await send(port, { path: '/api/app.info', headers: { ...hostHeader(), Cookie: cookie } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });

  it('refuses an unknown call with a message', async () => {
    const cookie = await signIn();
    const answer = await callApi(cookie, 'fs.delete', {});
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Unknown call "fs.delete".' },
    });
  });

  it('refuses invalid arguments with a message', async () => {
    const cookie = await signIn();
    const answer = await callApi(cookie, 'backup.read', { name: '../../etc/passwd' });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Invalid arguments for "backup.read": name: A file name, not a path.' },
    });
  });

  it('refuses a body that is not JSON', async () => {
    const cookie = await signIn();
    const answer = await send(port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { ...hostHeader(), Cookie: cookie, Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json' },
      body: '{',
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { message: 'The request body is not valid JSON.' } });
  });

  it('refuses an oversized body, whether or not its length is declared', async () => {
    const cookie = await signIn();
    const declared = await callApi(cookie, 'backup.list', { padding: 'x'.repeat(2 * 1024 * 1024) });
    expect(declared.status).toBe(413);

    const streamed = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/backup.list',
          headers: { ...hostHeader(), Cookie: cookie, Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 32; i += 1) req.write('x'.repeat(64 * 1024));
      req.end();
    });
    expect(streamed).toBe(413);
  });

  it('leaves the file dialogs to the browser', async () => {
    const cookie = await signIn();
    const answer = await callApi(cookie, 'file.open', {});
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'invalid-request' } });
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/%E0%A4%A'])(
    'does not serve %s',
    async (traversal) => {
      const cookie = await signIn();
      const answer = await send(port, { path: traversal, headers: { ...hostHeader(), Cookie: cookie } });
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain('top secret');
    },
  );

  it('writes, lists and reads backups end to end', async () => {
    const cookie = await signIn();
    const info = await callApi(cookie, 'app.info', {});
    expect(info.status).toBe(200);
    expect(info.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(info.body)).toMatchObject({
      ok: true,
      result: { host: 'browser', dataDir, backupsDir: path.join(dataDir, 'backups') },
    });

    const written = await callApi(cookie, 'backup.write', { json: '{"policies":[]}' });
    expect(written.status).toBe(200);
    const entry = backupEntrySchema.parse(JSON.parse(written.body).result);
    expect(entry).toMatchObject({ name: expect.stringMatching(/^policydesk-.+\.json$/u), bytes: 15 });

    const listed = await callApi(cookie, 'backup.list', {});
    expect(JSON.parse(listed.body)).toEqual({ ok: true, result: [entry] });

    const read = await callApi(cookie, 'backup.read', { name: entry.name });
    expect(JSON.parse(read.body)).toEqual({ ok: true, result: { json: '{"policies":[]}' } });

    const missing = await callApi(cookie, 'backup.read', { name: 'policydesk-2000-01-01T00-00-00-000Z.json' });
    expect(missing.status).toBe(404);
  });
});

describe('the launch page', () => {
  let root: string;
  let launched: { browser: string; pageUrl: string; profileDir: string }[];

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'pd-launch-'));
    mkdirSync(path.join(root, 'renderer'));
    writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>PolicyDesk</title>');
    launched = [];
  });

  async function startOpening(): Promise<BrowserHost> {
    return startBrowserHost({
      dataDir: path.join(root, 'data'),
      port: 0,
      open: true,
      rendererDir: path.join(root, 'renderer'),
      launcher: {
        find: () => '/usr/bin/chromium',
        open: (browser, pageUrl, profileDir) => launched.push({ browser, pageUrl, profileDir }),
      },
    });
  }

  it('gives the browser a private file, never the launch code itself', async () => {
    const opening = await startOpening();
    try {
      expect(opening.browser).toBe('/usr/bin/chromium');
      expect(launched).toHaveLength(1);
      const [{ pageUrl, profileDir } = { pageUrl: '', profileDir: '' }] = launched;
      expect(profileDir).toBe(path.join(root, 'data', 'browser-profile'));
      expect(pageUrl).toMatch(/^file:\/\//u);
      expect(pageUrl).not.toContain(new URL(opening.launchUrl).searchParams.get('launch'));

      const file = fileURLToPath(pageUrl);
      expect(path.dirname(file)).toBe(path.join(root, 'data', 'browser-launch'));
      if (process.platform !== 'win32') {
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      }
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${opening.launchUrl}">`);
      expect(html).not.toMatch(/<script/iu);
    } finally {
      await opening.close();
    }
  });

  it('is deleted as soon as its code is redeemed', async () => {
    const opening = await startOpening();
    try {
      const file = fileURLToPath(launched[0]?.pageUrl ?? '');
      const openingPort = Number(new URL(opening.url).port);
      const refused = await send(openingPort, {
        path: '/?launch=not-the-code',
        headers: { Host: `127.0.0.1:${openingPort}` },
      });
      expect(refused.status).toBe(403);
      expect(existsSync(file)).toBe(true);

      const answer = await send(openingPort, {
        path: launchPath(opening.launchUrl),
        headers: { Host: `127.0.0.1:${openingPort}`, 'Sec-Fetch-Site': 'cross-site' },
      });
      expect(answer.status).toBe(200);
      await expect.poll(() => existsSync(file)).toBe(false);
    } finally {
      await opening.close();
    }
  });

  it('is deleted on close if it was never used', async () => {
    const opening = await startOpening();
    const file = fileURLToPath(launched[0]?.pageUrl ?? '');
    expect(existsSync(file)).toBe(true);
    await opening.close();
    expect(existsSync(file)).toBe(false);
  });

  it('is not written when no browser is opened', async () => {
    const quiet = await startBrowserHost({
      dataDir: path.join(root, 'data'),
      port: 0,
      open: false,
      rendererDir: path.join(root, 'renderer'),
      launcher: { find: () => '/usr/bin/chromium', open: () => launched.push({ browser: '', pageUrl: '', profileDir: '' }) },
    });
    await quiet.close();
    expect(quiet.browser).toBeUndefined();
    expect(launched).toEqual([]);
    expect(existsSync(path.join(root, 'data', 'browser-launch'))).toBe(false);
  });
});
