import type { IncomingMessage, ServerResponse } from 'node:http';
import { isHostCall, type HostCall, type HostError } from '../../shared/host/contract';
import { dispatchHostCall, type HostHandlerSet } from '../../shared/host/dispatch';
import { MAX_BACKUP_BYTES, MAX_BRIEFING_HTML_BYTES } from '../../shared/host/limits';
import type { HostReply } from '../../shared/host/wire';
import { BodyTooLargeError, readBody } from './read-body';
import { hasOwnOrigin, isJsonRequest } from './request-guards';
import { sendJson, sendText } from './security-headers';

/** Enough for any call but a backup or a briefing. */
const DEFAULT_BODY_LIMIT = 1024 * 1024;
/**
 * A backup arrives as a JSON string inside the JSON body, where escaping (`"` to `\"`)
 * can at most double its bytes; the backup's own cap is then checked by the store.
 */
const BACKUP_BODY_LIMIT = 2 * MAX_BACKUP_BYTES + 1024;

/**
 * A briefing's HTML arrives the same way, but the document is not JSON: besides quotes
 * and backslashes it may hold control characters, which JSON writes as six bytes
 * (`\u0001`) for one. Six times the HTML's cap fits any document the contract accepts;
 * the contract then refuses one over the cap with a sentence rather than a bare 413.
 */
const BRIEFING_BODY_LIMIT = 6 * MAX_BRIEFING_HTML_BYTES + 64 * 1024;

const BODY_LIMITS: Partial<Readonly<Record<HostCall, number>>> = {
  'backup.write': BACKUP_BODY_LIMIT,
  'briefing.print': BRIEFING_BODY_LIMIT,
};

/** The most bytes of JSON a call's arguments may take. */
export function bodyLimitFor(call: string): number {
  return (isHostCall(call) ? BODY_LIMITS[call] : undefined) ?? DEFAULT_BODY_LIMIT;
}

const STATUS_BY_CODE: Readonly<Record<HostError['code'], number>> = {
  'invalid-request': 400,
  'not-found': 404,
  exists: 409,
  'disk-full': 507,
  // 403 is kept for "not your session"; a file the host may not touch is a server-side failure.
  'permission-denied': 500,
  failed: 500,
};

/** POST /api/<call>: the JSON body is the call's arguments, the JSON answer a HostReply. */
export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  call: string,
  handlers: HostHandlerSet,
): Promise<void> {
  if (req.method !== 'POST') {
    sendText(res, 405, 'The PolicyDesk API only accepts POST.', { Allow: 'POST' });
    return;
  }
  if (!hasOwnOrigin(req)) {
    sendText(res, 403, 'PolicyDesk refused this request: it did not come from the PolicyDesk page.');
    return;
  }
  if (!isJsonRequest(req)) {
    sendText(res, 415, 'PolicyDesk refused this request: the body must be application/json.');
    return;
  }

  let body: Buffer;
  try {
    body = await readBody(req, bodyLimitFor(call));
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    sendText(res, 413, 'PolicyDesk refused this request: the body is too large.', { Connection: 'close' });
    return;
  }

  let args: unknown;
  try {
    args = JSON.parse(body.toString('utf8'));
  } catch {
    sendReply(res, { ok: false, error: { code: 'invalid-request', message: 'The request body is not valid JSON.' } });
    return;
  }

  const reply = await dispatchHostCall(handlers, call, args, {
    onUnexpectedError: (failedCall, error) => console.error(`PolicyDesk: "${failedCall}" failed unexpectedly:`, error),
  });
  sendReply(res, reply);
}

function sendReply(res: ServerResponse, reply: HostReply<unknown>): void {
  sendJson(res, reply.ok ? 200 : STATUS_BY_CODE[reply.error.code], reply);
}
