import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * What counts as the app's own content. Everything the Electron side allows (navigation,
 * IPC senders, network requests) is decided against this one definition. No electron
 * import, so it is unit-tested in plain Node.
 */
export interface AppContent {
  /** What the main window loads. */
  readonly entryUrl: string;
  /** A page or resource of the app itself: the built renderer, or the dev server in development. */
  isAppUrl(url: string): boolean;
  /** Any request the renderer may make: its own content plus in-memory and DevTools URLs. */
  isAllowedRequest(url: string): boolean;
}

/** Never fetched over a network or from disk outside the app, so always allowed. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

export function createAppContent(options: { rendererDir: string; devServerUrl?: string | undefined }): AppContent {
  const rendererRoot = path.resolve(options.rendererDir);
  const devOrigin = options.devServerUrl === undefined ? undefined : new URL(options.devServerUrl).origin;
  const devSocketOrigin = devOrigin?.replace(/^http/u, 'ws');

  function isAppUrl(url: string): boolean {
    const parsed = parse(url);
    if (parsed === undefined) return false;
    if (devOrigin !== undefined) return parsed.origin === devOrigin;
    return parsed.protocol === 'file:' && isInsideRenderer(parsed);
  }

  function isInsideRenderer(url: URL): boolean {
    let file: string;
    try {
      // Throws for file URLs naming another host (file://server/share), which are not ours.
      file = fileURLToPath(url);
    } catch {
      return false;
    }
    return path.resolve(file).startsWith(rendererRoot + path.sep);
  }

  return {
    entryUrl: options.devServerUrl ?? pathToFileURL(path.join(rendererRoot, 'index.html')).href,
    isAppUrl,
    isAllowedRequest(url) {
      const parsed = parse(url);
      if (parsed === undefined) return false;
      if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
      // Vite's hot-reload socket, in development only.
      if (devSocketOrigin !== undefined && parsed.origin === devSocketOrigin) return true;
      return isAppUrl(url);
    },
  };
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
