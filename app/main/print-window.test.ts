import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HostCallError } from '../../shared/host/host-call-error';
import { createBriefingPrinting } from '../host-services/briefing-print';
import { PRINT_CONTENT_SECURITY_POLICY } from '../host-services/print-document';

/**
 * The Electron printer against a recording stand-in for `electron`, as in
 * main-process.test.ts: what matters is what it asks of Electron, and that the window
 * goes away whatever happens.
 */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const MINIMAL_PDF = '%PDF-1.4\n1 0 obj\n<</Type /Page>>\nendobj\n2 0 obj\n<</Type /Page>>\nendobj\n%%EOF\n';
  const state = {
    partitions: [] as string[],
    sessionHandlers: new Map<string, Listener>(),
    windows: [] as {
      options: Record<string, unknown>;
      loaded: string[];
      printed: unknown[];
      destroyed: boolean;
      documentSeen: string;
    }[],
    /** What the next window does when asked to load or print. */
    behaviour: { load: 'ok' as 'ok' | 'fail' | 'hang', print: 'ok' as 'ok' | 'fail' | 'hang' },
  };
  const hang = () => new Promise<never>(() => undefined);

  class BrowserWindow {
    private readonly record: (typeof state.windows)[number];
    readonly webContents: { printToPDF: (options: unknown) => Promise<Buffer> };
    constructor(options: Record<string, unknown>) {
      const record = { options, loaded: [] as string[], printed: [] as unknown[], destroyed: false, documentSeen: '' };
      this.record = record;
      state.windows.push(record);
      this.webContents = {
        printToPDF: async (printOptions: unknown) => {
          record.printed.push(printOptions);
          if (state.behaviour.print === 'hang') return hang();
          if (state.behaviour.print === 'fail') throw new Error('Printing failed');
          return Buffer.from(MINIMAL_PDF, 'latin1');
        },
      };
    }
    loadURL = async (url: string) => {
      this.record.loaded.push(url);
      // The stand-in reads the file as Chromium would, while it still exists.
      const { readFileSync: read } = await import('node:fs');
      const { fileURLToPath: toPath } = await import('node:url');
      this.record.documentSeen = read(toPath(url), 'utf8');
      if (state.behaviour.load === 'hang') return hang();
      if (state.behaviour.load === 'fail') throw new Error('ERR_FAILED (-2) loading');
    };
    isDestroyed = () => this.record.destroyed;
    destroy = () => {
      this.record.destroyed = true;
    };
  }

  const record = (name: string) => (handler: Listener) => state.sessionHandlers.set(name, handler);
  const printSession = {
    setPermissionRequestHandler: record('setPermissionRequestHandler'),
    setPermissionCheckHandler: record('setPermissionCheckHandler'),
    setDevicePermissionHandler: record('setDevicePermissionHandler'),
    setSpellCheckerEnabled: () => undefined,
    webRequest: { onBeforeRequest: record('onBeforeRequest'), onHeadersReceived: record('onHeadersReceived') },
  };
  const module = {
    BrowserWindow,
    session: {
      fromPartition: (partition: string) => {
        state.partitions.push(partition);
        return printSession;
      },
    },
  };
  return { module, state, printSession, MINIMAL_PDF };
});

vi.mock('electron', () => electron.module);

const { createElectronPrinter, printContent, PRINT_PARTITION } = await import('./print-window');

const briefing = { html: '<!doctype html><html lang="zh"><p>简报</p></html>', paper: 'Letter', title: 'Briefing' } as const;

function printing(timeoutMs = 5000) {
  return createBriefingPrinting(createElectronPrinter(), {
    timeoutMs,
    tempRoot: mkdtempSync(path.join(tmpdir(), 'pd-electron-print-')),
  });
}

function handler(timeoutMs = 5000) {
  return printing(timeoutMs).print;
}

function lastWindow() {
  const window = electron.state.windows.at(-1);
  if (window === undefined) throw new Error('No window was opened');
  return window;
}

async function failure(promise: Promise<unknown>): Promise<HostCallError> {
  const reason: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(reason instanceof HostCallError)) throw new Error(`Expected a HostCallError, got ${String(reason)}`);
  return reason;
}

beforeEach(() => {
  electron.state.behaviour = { load: 'ok', print: 'ok' };
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the Electron printer', () => {
  it('prints in a hidden, sandboxed window without preload or script, on its own session', async () => {
    const result = await handler()(briefing);
    expect(result).toEqual({ pdfBase64: Buffer.from(electron.MINIMAL_PDF, 'latin1').toString('base64'), pages: 2 });

    const window = lastWindow();
    expect(window.options.show).toBe(false);
    const preferences = window.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({
      session: electron.printSession,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
    });
    expect(preferences).not.toHaveProperty('preload');
    expect(electron.state.partitions).toEqual([PRINT_PARTITION]);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('asks Chromium for the paper, the CSS page size, backgrounds, tags and an outline, and no header or footer', async () => {
    await handler()(briefing);
    expect(lastWindow().printed).toEqual([
      {
        pageSize: 'Letter',
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        displayHeaderFooter: false,
      },
    ]);
  });

  it('loads the prepared document from an owner-only temporary file, deleted afterwards', async () => {
    await handler()(briefing);
    const window = lastWindow();
    const file = fileURLToPath(window.loaded[0] ?? '');
    expect(path.basename(file)).toBe('briefing.html');
    expect(window.documentSeen).toContain(`content="${PRINT_CONTENT_SECURITY_POLICY}"`);
    expect(window.documentSeen).toContain('<p>简报</p>');
    expect(existsSync(path.dirname(file))).toBe(false);
    expect(window.destroyed).toBe(true);
  });

  it('destroys the window and removes the file when loading fails', async () => {
    electron.state.behaviour.load = 'fail';
    await expect(handler()(briefing)).rejects.toThrow('ERR_FAILED');
    const window = lastWindow();
    expect(window.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(window.loaded[0] ?? ''))).toBe(false);
  });

  it('destroys the window when printing fails', async () => {
    electron.state.behaviour.print = 'fail';
    await expect(handler()(briefing)).rejects.toThrow('Printing failed');
    expect(lastWindow().destroyed).toBe(true);
  });

  it.each(['load', 'print'] as const)('gives up with a clear error when the %s never finishes', async (step) => {
    electron.state.behaviour[step] = 'hang';
    const error = await failure(handler(200)(briefing));
    expect(error.message).toBe(
      'PolicyDesk stopped printing the briefing after 0.2 seconds: it took too long. Try again, or leave out some sections.',
    );
    const window = lastWindow();
    expect(window.destroyed).toBe(true);
    expect(existsSync(path.dirname(fileURLToPath(window.loaded[0] ?? '')))).toBe(false);
  });

  it('destroys the window and removes the file when the app closes during a print', async () => {
    electron.state.behaviour.print = 'hang';
    const jobs = printing();
    const opened = electron.state.windows.length;
    const printed = failure(jobs.print(briefing));
    await vi.waitFor(() => expect(electron.state.windows[opened]?.printed).toHaveLength(1));
    expect(jobs.pending()).toBe(1);
    await jobs.close();
    expect((await printed).message).toBe('PolicyDesk is closing, so the briefing was not printed.');
    const window = electron.state.windows[opened];
    expect(window?.destroyed).toBe(true);
    expect(existsSync(path.dirname(fileURLToPath(window?.loaded[0] ?? '')))).toBe(false);
    expect(jobs.pending()).toBe(0);
    expect((await failure(jobs.print(briefing))).message).toBe('PolicyDesk is closing, so the briefing was not printed.');
  });

  it('lets the print session load only the document being printed and data: URLs', async () => {
    electron.state.behaviour.load = 'hang';
    const opened = electron.state.windows.length;
    const printing = handler(300)(briefing).catch(() => undefined);
    await vi.waitFor(() => expect(electron.state.windows[opened]?.loaded).toHaveLength(1));
    const filter = electron.state.sessionHandlers.get('onBeforeRequest');
    const decide = (url: string) => {
      const callback = vi.fn();
      filter?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    const document = lastWindow().loaded[0] ?? '';
    expect(decide(document)).toEqual({ cancel: false });
    expect(decide('data:font/woff2;base64,AAAA')).toEqual({ cancel: false });
    for (const url of ['https://example.com/x.png', 'http://127.0.0.1:4763/api/app.info', 'file:///etc/passwd']) {
      expect(decide(url)).toEqual({ cancel: true });
    }
    await printing;
    expect(decide(document)).toEqual({ cancel: true });

    const check = electron.state.sessionHandlers.get('setPermissionCheckHandler');
    expect(check?.(null, 'media', 'file://', {})).toBe(false);
  });
});

describe('printContent', () => {
  it('recognises a document by its path, however its URL is spelled', () => {
    const file = path.join(tmpdir(), 'policydesk-print-abc', 'briefing.html');
    const content = printContent(new Set([path.resolve(file)]));
    expect(content.isAllowedRequest(pathToFileURL(file).href)).toBe(true);
    expect(content.isAllowedRequest(`${pathToFileURL(path.dirname(file)).href}/./briefing.html`)).toBe(true);
    expect(content.isAllowedRequest(`${pathToFileURL(file).href.replace('file://', 'file://server')}`)).toBe(false);
    expect(content.isAllowedRequest('not a url')).toBe(false);
  });
});
