import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { mimeTypeOf } from './mime-types';
import { sendText } from './security-headers';

/**
 * Maps a URL path to a file inside the renderer build, or undefined if it would lead
 * anywhere else. Decoding happens before the check, so `%2e%2e%2f` is caught like `../`.
 */
export function resolveStaticPath(rendererDir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/u, '');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : undefined;
}

export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rendererDir: string,
  urlPath: string,
): Promise<void> {
  const file = resolveStaticPath(rendererDir, urlPath);
  if (file === undefined) {
    sendText(res, 404, 'Not found.');
    return;
  }
  let size: number;
  try {
    const stats = await stat(file);
    if (!stats.isFile()) throw new Error('not a file');
    size = stats.size;
  } catch {
    sendText(res, 404, 'Not found.');
    return;
  }
  res.writeHead(200, {
    'Content-Type': mimeTypeOf(file),
    'Content-Length': size,
    // Revalidate rather than trust a cache: a rebuilt app must never run with stale files.
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
