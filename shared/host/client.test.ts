import { describe, expect, it } from 'vitest';
import { createHostClient } from './client';
import { HostCallError } from './host-call-error';
import type { HostTransport } from './wire';

function clientAnswering(reply: unknown, sent: unknown[] = []) {
  const transport: HostTransport = async (call, args) => {
    sent.push({ call, args });
    return reply;
  };
  return createHostClient(transport);
}

async function rejection(promise: Promise<unknown>): Promise<HostCallError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof HostCallError)) throw new Error(`Expected a HostCallError, got ${String(error)}`);
  return error;
}

describe('createHostClient', () => {
  it('sends the call with its arguments and returns the validated result', async () => {
    const sent: unknown[] = [];
    const host = clientAnswering({ ok: true, result: { json: '{}' } }, sent);
    await expect(host['backup.read']({ name: 'a.json' })).resolves.toEqual({ json: '{}' });
    expect(sent).toEqual([{ call: 'backup.read', args: { name: 'a.json' } }]);
  });

  it('rethrows a host failure as a HostCallError with its code and message', async () => {
    const host = clientAnswering({ ok: false, error: { code: 'not-found', message: 'No backup named a.json.' } });
    const error = await rejection(host['backup.read']({ name: 'a.json' }));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('No backup named a.json.');
  });

  it('refuses a result that does not match the contract', async () => {
    const host = clientAnswering({ ok: true, result: { json: 42 } });
    const error = await rejection(host['backup.read']({ name: 'a.json' }));
    expect(error.code).toBe('failed');
    expect(error.message).toContain('unexpected answer to "backup.read"');
  });

  it('refuses an error code outside the contract', async () => {
    const host = clientAnswering({ ok: false, error: { code: 'teapot', message: 'no' } });
    expect((await rejection(host['app.info']({}))).code).toBe('failed');
  });

  it('turns a broken transport into a HostCallError the user can act on', async () => {
    const host = createHostClient(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await rejection(host['backup.list']({}));
    expect(error.code).toBe('failed');
    expect(error.message).toMatch(/lost contact/u);
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});
