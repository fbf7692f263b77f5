import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/**
 * Collects a request body, refusing it as soon as it exceeds `limit` bytes. The rest of
 * an oversized body is read and dropped rather than left unread: closing a socket with
 * unread data resets the connection, and the client would never see the 413.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLargeError());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.off('end', onEnd);
      req.resume();
      reject(new BodyTooLargeError());
    };
    const onEnd = () => resolve(Buffer.concat(chunks, total));
    req.on('data', onData);
    req.on('end', onEnd);
    req.once('error', reject);
  });
}
