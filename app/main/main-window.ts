import { BrowserWindow } from 'electron';
import { APP_NAME } from '../host-services/app-identity';
import type { AppContent } from './app-content';

export function createMainWindow(preloadPath: string, content: AppContent): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    // Shown once painted, so the user never sees a blank white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(content.entryUrl);
  return window;
}
