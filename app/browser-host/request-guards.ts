import type { IncomingMessage } from 'node:http';

/**
 * Checks every request must pass before the session cookie is even looked at.
 *
 * The Host check defeats DNS rebinding: a hostile site that points its own name at
 * 127.0.0.1 still sends its own name as Host. The Origin and Content-Type checks on POST
 * mean only this page's own scripts can call the API: a cross-site form cannot send JSON,
 * and a cross-site fetch cannot forge Origin.
 */

export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hasAllowedHost(req: IncomingMessage, hosts: ReadonlySet<string>): boolean {
  return req.headers.host !== undefined && hosts.has(req.headers.host);
}

/** The Origin must be this server as the browser reached it (Host is already checked). */
export function hasOwnOrigin(req: IncomingMessage): boolean {
  return req.headers.origin !== undefined && req.headers.origin === `http://${req.headers.host ?? ''}`;
}

export function isJsonRequest(req: IncomingMessage): boolean {
  const mediaType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}
