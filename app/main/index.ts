import { app, BrowserWindow, dialog, session } from 'electron';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../host-services/cli-args';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../host-services/content-security-policy';
import { prepareDataDir, resolveDataDir } from '../host-services/data-dir';
import { createBriefingPrinting } from '../host-services/briefing-print';
import { createSharedHandlers } from '../host-services/host-services';
import { createAppContent } from './app-content';
import { createFileHandlers } from './file-dialogs';
import { registerHostIpc } from './host-ipc';
import { createMainWindow } from './main-window';
import { createElectronPrinter } from './print-window';
import { hardenSession } from './session-hardening';
import { isTrustedSender } from './trusted-sender';
import { hardenEveryWebContents } from './web-contents-hardening';

// Electron main process entry, built to out/main/index.js beside out/preload and out/renderer.
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));

const dataDir = resolveDataDirOrExit();
// Before `ready`, so Chromium puts IndexedDB and everything else it stores in the data folder.
// This is the Electron host's own library; the browser host keeps a separate one in
// browser-profile/ (see data-dir.ts), and backups/ is what both can read.
app.setPath('userData', dataDir);
app.enableSandbox();

// One window per data folder: the lock lives in userData, so separate libraries can run side by side.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const devServerUrl = developmentServerUrl();
  const content = createAppContent({ rendererDir, devServerUrl });
  let mainWindow: BrowserWindow | undefined;
  const printing = createBriefingPrinting(createElectronPrinter());

  hardenEveryWebContents(app);

  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // A print under way holds a copy of the briefing in the temporary folder: stop it and
  // let it remove that copy before the app goes.
  app.on('will-quit', (event) => {
    if (printing.pending() === 0) return;
    event.preventDefault();
    void printing.close().finally(() => app.quit());
  });

  void app.whenReady().then(() => {
    hardenSession(
      session.defaultSession,
      content,
      devServerUrl === undefined ? CONTENT_SECURITY_POLICY : DEV_CONTENT_SECURITY_POLICY,
    );
    const handlers = {
      ...createSharedHandlers('electron', dataDir),
      ...createFileHandlers(() => mainWindow),
      'briefing.print': printing.print,
    };
    registerHostIpc(handlers, (event) =>
      isTrustedSender(event, mainWindow?.isDestroyed() === false ? mainWindow.webContents : undefined, content),
    );

    const openWindow = () => {
      mainWindow = createMainWindow(preloadPath, content);
      mainWindow.on('closed', () => {
        mainWindow = undefined;
      });
    };
    openWindow();
    console.log(`PolicyDesk is running in Electron (data folder: ${dataDir}).`);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}

function resolveDataDirOrExit(): string {
  try {
    return prepareDataDir(
      resolveDataDir({
        argv: process.argv,
        env: process.env,
        platform: process.platform,
        homeDir: homedir(),
        cwd: process.cwd(),
      }),
    );
  } catch (error) {
    const message = error instanceof UsageError ? error.message : String(error);
    dialog.showErrorBox('PolicyDesk cannot start', message);
    app.exit(1);
    throw error;
  }
}

/**
 * `electron-vite dev` serves the renderer over HTTP and names it in ELECTRON_RENDERER_URL.
 * A packaged app never honours it, and only a loopback URL is accepted, so an environment
 * variable can never point the app at a remote page.
 */
function developmentServerUrl(): string | undefined {
  const url = process.env.ELECTRON_RENDERER_URL;
  if (app.isPackaged || url === undefined) return undefined;
  const { protocol, hostname } = new URL(url);
  const loopback = hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
  return protocol === 'http:' && loopback ? url : undefined;
}
