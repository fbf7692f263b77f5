import type { App } from 'electron';

/**
 * Applies to every web contents the app ever creates, not only the main window, so a
 * window or webview that appears by some other path is just as closed. The app is a
 * single page: it never navigates, opens windows or embeds webviews.
 */
export function hardenEveryWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
