import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AppContent } from './app-content';
import { hardenSession, isGrantedPermission, PERSISTENT_STORAGE_PERMISSION } from './session-hardening';

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
type DeviceHandler = (details: unknown) => boolean;

/** A stand-in for Electron's session that keeps the handlers it is given. */
function hardenedSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: DeviceHandler } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => {
      handlers.request = handler;
    },
    setPermissionCheckHandler: (handler: CheckHandler) => {
      handlers.check = handler;
    },
    setDevicePermissionHandler: (handler: DeviceHandler) => {
      handlers.device = handler;
    },
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  };
  const content: AppContent = { entryUrl: 'file:///app/index.html', isAppUrl: () => true, isAllowedRequest: () => true };
  hardenSession(session as unknown as Session, content, "default-src 'self'");

  const { request, check, device } = handlers;
  if (request === undefined || check === undefined || device === undefined) throw new Error('A permission handler was not set');
  return {
    requested(permission: string): boolean {
      const callback = vi.fn();
      request(null, permission, callback, { requestingUrl: 'file:///app/index.html', isMainFrame: true });
      expect(callback).toHaveBeenCalledOnce();
      return callback.mock.calls[0]?.[0] as boolean;
    },
    checked(permission: string): boolean {
      return check(null, permission, 'file:///', { isMainFrame: true, requestingUrl: 'file:///app/index.html' });
    },
    device,
  };
}

/** Every permission Electron 45 names (its `setPermissionRequestHandler` typing), but persistent storage. */
const DENIED = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
];

describe('the hardened session', () => {
  it('grants persistent storage, Electron’s name for what navigator.storage.persist() asks', () => {
    expect(PERSISTENT_STORAGE_PERMISSION).toBe('persistent-storage');
    const session = hardenedSession();
    expect(session.requested('persistent-storage')).toBe(true);
    expect(session.checked('persistent-storage')).toBe(true);
  });

  it.each(DENIED)('denies %s, when requested and when checked', (permission) => {
    const session = hardenedSession();
    expect(session.requested(permission)).toBe(false);
    expect(session.checked(permission)).toBe(false);
  });

  it('denies names it does not know, however close to the granted one', () => {
    for (const permission of ['durableStorage', 'persistent-storage ', 'Persistent-Storage', 'storage', '']) {
      expect(isGrantedPermission(permission)).toBe(false);
    }
  });

  it('denies every device', () => {
    expect(hardenedSession().device({ deviceType: 'usb', origin: 'file://' })).toBe(false);
  });
});
