import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { HostHandlerSet } from '../../shared/host/dispatch';
import { UsageError } from '../host-services/cli-args';
import { errnoCode } from '../host-services/fs-errors';
import { createBriefingPrinting, type PdfPrinter } from '../host-services/briefing-print';
import { createSharedHandlers } from '../host-services/host-services';
import { browserProfileDirOf, launchPageDirOf } from '../host-services/paths';
import { handleApiCall } from './api';
import { findBrowser, openAppWindow, openByHandMessage } from './browser-launcher';
import { createChromiumPrinter } from './chromium-printer';
import { createLaunchGate } from './launch-gate';
import { writeLaunchPage, type LaunchPage } from './launch-page';
import { allowedHosts, hasAllowedHost } from './request-guards';
import { applySecurityHeaders, sendText } from './security-headers';
import { serveStatic } from './static-files';

export const DEFAULT_PORT = 4763;

export interface BrowserHostOptions {
  readonly dataDir: string;
  /** 0 lets the OS choose, which is what tests use. */
  readonly port: number;
  /** Open the system Chromium as an app window on the launch URL. */
  readonly open: boolean;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  /** How the browser is found and started; tests replace it so no real browser opens. */
  readonly launcher?: BrowserLauncher;
  /** How briefings become PDFs: the system Chromium, headless, unless a test replaces it. */
  readonly printer?: PdfPrinter;
}

export interface BrowserLauncher {
  find(): string | undefined;
  open(browser: string, pageUrl: string, profileDir: string, onError: (error: Error) => void): void;
}

const systemLauncher: BrowserLauncher = { find: () => findBrowser(), open: openAppWindow };

export interface BrowserHost {
  /** The server's origin, e.g. http://127.0.0.1:4763/. */
  readonly url: string;
  /** The one-time URL that signs a browser in; it works once. */
  readonly launchUrl: string;
  /** The browser that was started, or undefined if none was found or `open` was false. */
  readonly browser: string | undefined;
  close(): Promise<void>;
}

/**
 * Serves the renderer and the host API on 127.0.0.1 for machines without the Electron
 * runtime. It is reachable by every local process and, through the browser, by every web
 * page, so nothing is served without the session that only the launch URL grants.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const printing = createBriefingPrinting(options.printer ?? createChromiumPrinter());
  const server = createServer();
  // The gate, the allowed Host values and the library's ledger depend on the port, known
  // only once listening. Requests are parsed on a later turn of the event loop, so none can
  // arrive before the handler below is attached.
  const port = await listen(server, options.port);
  const handlers: HostHandlerSet = {
    // Another port is another origin, so another library with a ledger of its own.
    ...createSharedHandlers('browser', options.dataDir, String(port)),
    'briefing.print': printing.print,
  };
  const gate = createLaunchGate(port);
  const hosts = allowedHosts(port);
  const url = `http://127.0.0.1:${port}/`;
  const launchUrl = `${url}?launch=${gate.issueLaunchCode()}`;
  let launchPage: LaunchPage | undefined;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    applySecurityHeaders(res);
    handleRequest(req, res).catch((error: unknown) => {
      console.error('PolicyDesk: a request failed unexpectedly:', error);
      if (!res.headersSent) sendText(res, 500, 'PolicyDesk could not answer this request.');
      else res.destroy();
    });
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hasAllowedHost(req, hosts)) {
      sendText(res, 403, 'PolicyDesk only answers requests addressed to 127.0.0.1 or localhost.');
      return;
    }
    const requestUrl = new URL(req.url ?? '/', `http://${req.headers.host ?? ''}`);

    const launchCode = requestUrl.searchParams.get('launch');
    if (req.method === 'GET' && requestUrl.pathname === '/' && launchCode !== null) {
      const session = gate.redeem(launchCode);
      // The only code is spent: the page that carried it has nothing left to protect.
      if (session !== undefined) void launchPage?.remove();
      // A reload of the launch URL in a window that already signed in is harmless.
      if (session === undefined && !gate.hasValidSession(req.headers.cookie)) {
        sendText(
          res,
          403,
          'This PolicyDesk link has already been used or is not valid. Start PolicyDesk again to get a new one.',
        );
        return;
      }
      const cookie: Record<string, string> =
        session === undefined ? {} : { 'Set-Cookie': `${gate.cookieName}=${session}; Path=/; HttpOnly; SameSite=Strict` };
      if (startedOutsideThisOrigin(req)) {
        sendSignedInPage(res, cookie);
      } else {
        res.writeHead(303, { Location: '/', 'Cache-Control': 'no-store', ...cookie });
        res.end();
      }
      return;
    }

    if (!gate.hasValidSession(req.headers.cookie)) {
      sendText(res, 403, 'PolicyDesk only answers the window it opened. Start PolicyDesk again to open a new one.');
      return;
    }

    if (requestUrl.pathname.startsWith('/api/')) {
      await handleApiCall(req, res, requestUrl.pathname.slice('/api/'.length), handlers);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
      return;
    }
    await serveStatic(req, res, options.rendererDir, requestUrl.pathname);
  }

  const launcher = options.launcher ?? systemLauncher;
  const found = options.open ? launcher.find() : undefined;
  const page = found === undefined ? undefined : await writeLaunchPageOrWarn(options.dataDir, port, launchUrl);
  // Without the page the code cannot reach the browser unseen; the caller prints the URL instead.
  const browser = page === undefined ? undefined : found;
  if (browser !== undefined && page !== undefined) {
    launchPage = page;
    launcher.open(browser, page.url, browserProfileDirOf(options.dataDir), (error) => {
      void page.remove();
      console.error(`PolicyDesk could not start ${browser} (${error.message}).`);
      console.error(openByHandMessage(launchUrl, options.dataDir));
    });
  }

  return {
    url,
    launchUrl,
    browser,
    close: async () => {
      await launchPage?.remove();
      // Stops any Chromium still printing and removes its temporary files.
      await printing.close();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections from the browser would otherwise hold `close` open.
        server.closeAllConnections();
      });
    },
  };
}

/**
 * True when another site (the launch page is a file, an opaque origin) started this
 * navigation. A browser does not send a SameSite=Strict cookie on a redirect chain that
 * began cross-site, so such a window would land on `/` without the session it was just
 * given. A navigation typed, opened by the browser itself or started by this origin
 * (`none`, `same-origin`) can simply be redirected; a client that sends no
 * Sec-Fetch-Site gets the page, which works everywhere.
 */
function startedOutsideThisOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  return site !== 'none' && site !== 'same-origin';
}

/**
 * The answer to a cross-site launch: a page that moves on to `/` by itself. The refresh
 * is a new navigation started by this origin's own page, so the cookie set here goes
 * with it. No script: a meta refresh is not governed by the Content Security Policy.
 */
function sendSignedInPage(res: ServerResponse, cookie: Record<string, string>): void {
  const body = SIGNED_IN_PAGE;
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...cookie,
  });
  res.end(body);
}

const SIGNED_IN_PAGE = [
  '<!doctype html>',
  '<html lang="en">',
  '<head>',
  '<meta charset="utf-8">',
  '<meta http-equiv="refresh" content="0; url=/">',
  '<link rel="icon" href="data:,">',
  '<title>PolicyDesk</title>',
  '</head>',
  '<body><p>Opening PolicyDesk…</p></body>',
  '</html>',
  '',
].join('\n');

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      reject(
        errnoCode(error) === 'EADDRINUSE'
          ? new UsageError(
              `Port ${port} is already in use; PolicyDesk may already be running. Choose another with --port <number>.`,
            )
          : error,
      );
    });
    // Loopback only: the library is nobody else's business.
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('The server has no TCP address.'));
      else resolve(address.port);
    });
  });
}

async function writeLaunchPageOrWarn(dataDir: string, port: number, launchUrl: string): Promise<LaunchPage | undefined> {
  try {
    return await writeLaunchPage(launchPageDirOf(dataDir), `launch-${port}.html`, launchUrl);
  } catch (error) {
    console.error(`PolicyDesk could not write its launch page (${error instanceof Error ? error.message : String(error)}).`);
    return undefined;
  }
}
