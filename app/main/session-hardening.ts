import type { Session } from 'electron';
import type { AppContent } from './app-content';

/**
 * The one permission the app holds: Electron's name for Chromium's durable storage, what
 * `navigator.storage.persist()` asks for (Electron's `shell/common/gin_converters/
 * content_converter.cc` maps `blink::PermissionType::DURABLE_STORAGE` to it). Granted, the
 * library's IndexedDB is never evicted to free disk space.
 */
export const PERSISTENT_STORAGE_PERMISSION = 'persistent-storage' satisfies Permission;

/** The permission names Electron's typings list, so a misspelt name fails to compile. */
type Permission = Parameters<NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>>[1];

/** Whether the session grants `permission`: persistent storage, and nothing else. */
export function isGrantedPermission(permission: string): boolean {
  return permission === PERSISTENT_STORAGE_PERMISSION;
}

/**
 * Locks down the session the window uses. The renderer is trusted code, but it displays
 * imported data; if anything ever slipped through, it must find no network, no device, no
 * permission but persistent storage, and no way to fetch files outside the app.
 */
export function hardenSession(session: Session, content: AppContent, contentSecurityPolicy: string): void {
  // Chromium may check a permission or request it; both answers must be the same.
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isGrantedPermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isGrantedPermission(permission));
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
