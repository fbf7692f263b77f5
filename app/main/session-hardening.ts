import type { Session } from 'electron';
import type { AppContent } from './app-content';

/**
 * Locks down the session the window uses. The renderer is trusted code, but it displays
 * imported data; if anything ever slipped through, it must find no network, no device, no
 * permission and no way to fetch files outside the app.
 */
export function hardenSession(session: Session, content: AppContent, contentSecurityPolicy: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Off, so Chromium never downloads dictionaries: the app makes no network requests at all.
  session.setSpellCheckerEnabled(false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = content.isAllowedRequest(details.url);
    if (!allowed) console.warn(`PolicyDesk blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  // Chromium does not apply this to file:// pages, which is why index.html repeats the
  // policy in a meta tag; it does cover the dev server and anything else with headers.
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}
