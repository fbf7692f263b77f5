import { createHostClient } from '../../../shared/host/client';
import type { HostApi, HostArgs, HostCall } from '../../../shared/host/contract';
import { dispatchHostCall, type HostHandlerSet } from '../../../shared/host/dispatch';
import type { HostReply, HostTransport } from '../../../shared/host/wire';
import { browserFileHandlers } from './browser-files';

export interface BrowserHostClientOptions {
  /** Where the browser host is; the page's own origin in the app. */
  readonly origin: string;
  readonly fetch?: typeof fetch;
  /** Calls answered in the page rather than by the server (the file pickers). */
  readonly local?: HostHandlerSet;
}

/**
 * Talks to the browser host over same-origin HTTP. The session cookie goes along on its
 * own (same-origin credentials); the server also checks Origin and Content-Type, which
 * this request always carries. The file calls are answered in the page itself, through
 * the same dispatcher the hosts use, so their arguments are validated just the same.
 */
export function createBrowserHostClient(options: BrowserHostClientOptions): HostApi {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const local: HostHandlerSet = options.local ?? browserFileHandlers;

  const transport: HostTransport = async <C extends HostCall>(call: C, args: HostArgs<C>) => {
    if (local[call] !== undefined) return dispatchHostCall(local, call, args);
    const response = await send(new URL(`/api/${call}`, options.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    if (response.headers.get('Content-Type')?.startsWith('application/json')) return response.json();
    return refusal(response);
  };

  return createHostClient(transport);
}

/** The server's refusals (no session, wrong origin) are one line of text meant for a person. */
async function refusal(response: Response): Promise<HostReply<never>> {
  const line = (await response.text()).trim();
  return {
    ok: false,
    error: { code: 'failed', message: line === '' ? `PolicyDesk's host refused the request (HTTP ${response.status}).` : line },
  };
}
