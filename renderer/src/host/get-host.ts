import type { HostApi } from '../../../shared/host/contract';
import { PRELOAD_GLOBAL } from '../../../shared/host/names';
import { createBrowserHostClient } from './browser-host-client';
import { createElectronHost, findHostBridge } from './electron-host';

let host: HostApi | undefined;

/**
 * The one way the renderer reaches the machine side. Inside Electron the preload has put
 * its bridge on `window`; anywhere else the page was served by the browser host. Nothing
 * else in the renderer knows or asks which (app.info reports it, for display only).
 */
export function getHost(): HostApi {
  if (host === undefined) {
    const bridge = findHostBridge(Reflect.get(window, PRELOAD_GLOBAL));
    host = bridge === undefined ? createBrowserHostClient({ origin: window.location.origin }) : createElectronHost(bridge);
  }
  return host;
}
