import { describe, expect, it } from 'vitest';
import { HostCallError } from '../../../shared/host/host-call-error';
import { createBrowserHostClient } from './browser-host-client';

interface Sent {
  readonly url: string;
  readonly init: RequestInit | undefined;
}

function serverAnswering(response: () => Response, sent: Sent[] = []): typeof fetch {
  return async (input, init) => {
    sent.push({ url: String(input), init });
    return response();
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });

async function failure(promise: Promise<unknown>): Promise<HostCallError> {
  const reason: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(reason instanceof HostCallError)) throw new Error(`Expected a HostCallError, got ${String(reason)}`);
  return reason;
}

const origin = 'http://127.0.0.1:4763';

describe('createBrowserHostClient', () => {
  it('POSTs the call as same-origin JSON and returns the validated result', async () => {
    const sent: Sent[] = [];
    const host = createBrowserHostClient({
      origin,
      local: {},
      fetch: serverAnswering(() => json(200, { ok: true, result: [] }), sent),
    });
    await expect(host['backup.list']({})).resolves.toEqual([]);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('http://127.0.0.1:4763/api/backup.list');
    expect(sent[0]?.init).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      credentials: 'same-origin',
    });
  });

  it('surfaces the host’s error code and message', async () => {
    const host = createBrowserHostClient({
      origin,
      local: {},
      fetch: serverAnswering(() =>
        json(404, { ok: false, error: { code: 'not-found', message: 'There is no backup named "x".' } }),
      ),
    });
    const error = await failure(host['backup.read']({ name: 'x' }));
    expect(error).toMatchObject({ code: 'not-found', message: 'There is no backup named "x".' });
  });

  it('shows the server’s one-line refusal when the session is gone', async () => {
    const refusal = 'PolicyDesk only answers the window it opened. Start PolicyDesk again to open a new one.';
    const host = createBrowserHostClient({
      origin,
      local: {},
      fetch: serverAnswering(() => new Response(`${refusal}\n`, { status: 403, headers: { 'Content-Type': 'text/plain' } })),
    });
    expect(await failure(host['app.info']({}))).toMatchObject({ code: 'failed', message: refusal });
  });

  it('reports a host that cannot be reached', async () => {
    const host = createBrowserHostClient({
      origin,
      local: {},
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect((await failure(host['app.info']({}))).message).toMatch(/lost contact/u);
  });

  it('answers the file calls in the page, with validated and defaulted arguments', async () => {
    const sent: Sent[] = [];
    const host = createBrowserHostClient({
      origin,
      fetch: serverAnswering(() => json(500, {}), sent),
      local: { 'file.open': async ({ filters }) => ({ name: 'a.json', content: String(filters.length) }) },
    });
    await expect(host['file.open']({})).resolves.toEqual({ name: 'a.json', content: '0' });
    expect(sent).toEqual([]);
  });
});
