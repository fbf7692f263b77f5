import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The Electron glue, run against a recording stand-in for the `electron` module: the real
 * runtime is not available everywhere the tests run, and what matters here is what the
 * main process asks of Electron, and in what order.
 */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const calls: string[] = [];
  const appListeners = new Map<string, Listener>();
  const sessionHandlers = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const windows: { options: Record<string, unknown>; loadedUrl: string; webContents: unknown }[] = [];
  /** Where the stand-in save dialog says the user chose to save. */
  const saveDialog = { filePath: '' };
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  class BrowserWindow {
    readonly webContents: { mainFrame: { processId: number; frameToken: string; url: string } };
    constructor(options: Record<string, unknown>) {
      calls.push('new BrowserWindow');
      this.webContents = { mainFrame: { processId: 1, frameToken: 'top', url: '' } };
      windows.push({ options, loadedUrl: '', webContents: this.webContents });
    }
    static getAllWindows = () => windows;
    once() {}
    on() {}
    isDestroyed = () => false;
    isMinimized = () => false;
    loadURL = async (url: string) => {
      const record = windows.at(-1);
      if (record) record.loadedUrl = url;
      this.webContents.mainFrame.url = url;
    };
  }

  const record = (name: string) => (handler: Listener) => {
    calls.push(name);
    sessionHandlers.set(name, handler);
  };

  const module = {
    app: {
      isPackaged: true,
      setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
      whenReady: () => ready.then(() => calls.push('ready')),
      quit: () => calls.push('quit'),
      exit: () => calls.push('exit'),
      getPath: () => tmpdir(),
    },
    BrowserWindow,
    dialog: {
      showErrorBox: () => calls.push('showErrorBox'),
      showSaveDialog: async () => ({ canceled: false, filePath: saveDialog.filePath }),
    },
    ipcMain: { handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: record('setPermissionRequestHandler'),
        setPermissionCheckHandler: record('setPermissionCheckHandler'),
        setDevicePermissionHandler: record('setDevicePermissionHandler'),
        setSpellCheckerEnabled: (enabled: boolean) => calls.push(`setSpellCheckerEnabled ${enabled}`),
        webRequest: { onBeforeRequest: record('onBeforeRequest'), onHeadersReceived: record('onHeadersReceived') },
      },
    },
  };
  return { module, calls, appListeners, sessionHandlers, ipcHandlers, windows, saveDialog, markReady: () => markReady() };
});

vi.mock('electron', () => electron.module);

const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'pd-main-')), 'library');
const originalArgv = process.argv;

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  process.argv = ['electron', 'out/main/index.js', '--data-dir', dataDir];
  await import('./index');
  electron.markReady();
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
});

afterAll(() => {
  process.argv = originalArgv;
  vi.restoreAllMocks();
});

function window() {
  const created = electron.windows[0];
  if (created === undefined) throw new Error('No window was created');
  return created;
}

async function invoke(sender: unknown, senderFrame: unknown, payload: unknown): Promise<unknown> {
  const handler = electron.ipcHandlers.get('policydesk:host');
  if (handler === undefined) throw new Error('No IPC handler was registered');
  return handler({ sender, senderFrame }, payload);
}

describe('the Electron main process', () => {
  it('points userData at the data folder and enables the sandbox before the app is ready', () => {
    const order = electron.calls;
    expect(order.indexOf(`setPath userData ${dataDir}`)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(`setPath userData ${dataDir}`)).toBeLessThan(order.indexOf('ready'));
    expect(order.indexOf('enableSandbox')).toBeLessThan(order.indexOf('ready'));
  });

  it('denies navigation, new windows and webviews to every web contents', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      setWindowOpenHandler: (handler: () => unknown) => {
        openHandler = handler;
      },
      on: (event: string, listener: (event: { preventDefault: () => void }) => void) => listeners.set(event, listener),
    };
    electron.appListeners.get('web-contents-created')?.({}, contents);

    expect(openHandler?.()).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      listeners.get(event)?.({ preventDefault });
      expect(preventDefault).toHaveBeenCalledOnce();
    }
  });

  it('locks the session down before opening the window', () => {
    const order = electron.calls;
    for (const step of [
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'onBeforeRequest',
      'onHeadersReceived',
      'setSpellCheckerEnabled false',
    ]) {
      expect(order.indexOf(step)).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(step)).toBeLessThan(order.indexOf('new BrowserWindow'));
    }
    const check = electron.sessionHandlers.get('setPermissionCheckHandler');
    expect(check?.(null, 'clipboard-read', 'file://', {})).toBe(false);
    const request = electron.sessionHandlers.get('setPermissionRequestHandler');
    const callback = vi.fn();
    request?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('cancels every request that is not the app’s own content', () => {
    const filter = electron.sessionHandlers.get('onBeforeRequest');
    const decide = (url: string) => {
      const callback = vi.fn();
      filter?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://example.com/tracker.js')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide(window().loadedUrl)).toEqual({ cancel: false });
  });

  it('opens a sandboxed, isolated window on the built renderer with the CommonJS preload', () => {
    expect(window().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    });
    const preload = String((window().options.webPreferences as Record<string, unknown>).preload);
    expect(preload.endsWith(`${path.sep}preload${path.sep}index.cjs`)).toBe(true);
    expect(window().loadedUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html$/u);
  });

  it('answers host calls from the window’s own top frame', async () => {
    const contents = window().webContents as { mainFrame: object };
    const reply = await invoke(contents, contents.mainFrame, { call: 'app.info', args: {} });
    expect(reply).toMatchObject({ ok: true, result: { host: 'electron', dataDir, backupsDir: path.join(dataDir, 'backups') } });
  });

  it('validates the payload with the shared dispatcher', async () => {
    const contents = window().webContents as { mainFrame: object };
    expect(await invoke(contents, contents.mainFrame, { call: 'backup.read', args: { name: '../x' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await invoke(contents, contents.mainFrame, 'app.info')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('refuses host calls from anything else', async () => {
    const contents = window().webContents as { mainFrame: { processId: number; frameToken: string; url: string } };
    const iframe = { ...contents.mainFrame, frameToken: 'child' };
    const foreign = { ...contents.mainFrame, url: 'https://example.com/' };
    for (const [sender, frame] of [
      [{ mainFrame: contents.mainFrame }, contents.mainFrame],
      [contents, iframe],
      [contents, foreign],
      [contents, null],
    ]) {
      expect(await invoke(sender, frame, { call: 'app.info', args: {} })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });

  it('saves the bytes of base64 content, and text as UTF-8', async () => {
    const contents = window().webContents as { mainFrame: object };
    const folder = mkdtempSync(path.join(tmpdir(), 'pd-main-save-'));
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a]);

    electron.saveDialog.filePath = path.join(folder, 'briefing.pdf');
    const saved = await invoke(contents, contents.mainFrame, {
      call: 'file.save',
      args: { suggestedName: 'briefing.pdf', content: bytes.toString('base64'), encoding: 'base64' },
    });
    expect(saved).toEqual({ ok: true, result: { path: electron.saveDialog.filePath } });
    expect(readFileSync(electron.saveDialog.filePath)).toEqual(bytes);

    electron.saveDialog.filePath = path.join(folder, 'notes.md');
    await invoke(contents, contents.mainFrame, { call: 'file.save', args: { suggestedName: 'notes.md', content: '简报' } });
    expect(readFileSync(electron.saveDialog.filePath, 'utf8')).toBe('简报');
  });

  it('serves briefing.print, with the contract’s checks in front of it', async () => {
    const contents = window().webContents as { mainFrame: object };
    const reply = await invoke(contents, contents.mainFrame, {
      call: 'briefing.print',
      args: { html: '<p>x</p>', paper: 'A3', title: 'B' },
    });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/^Invalid arguments for "briefing.print": paper/u) },
    });
  });

  it('lets the app quit at once when no briefing is printing', () => {
    const preventDefault = vi.fn();
    electron.appListeners.get('will-quit')?.({ preventDefault });
    expect(electron.appListeners.has('will-quit')).toBe(true);
    expect(preventDefault).not.toHaveBeenCalled();
  });

  it('creates the data folder it was given', () => {
    expect(statSync(dataDir).isDirectory()).toBe(true);
  });
});
