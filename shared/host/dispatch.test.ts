import { describe, expect, it, vi } from 'vitest';
import { dispatchHostCall, type HostHandlerSet } from './dispatch';
import { HostCallError } from './host-call-error';
import { backupTooLargeMessage, MAX_BACKUP_BYTES } from './limits';

const entry = {
  name: 'policydesk-2025-01-02T03-04-05-006Z.json',
  bytes: 2,
  createdAt: '2025-01-02T03:04:05.006Z',
  reason: 'manual' as const,
};

function handlers(overrides: HostHandlerSet = {}): HostHandlerSet {
  return {
    'backup.read': async ({ name }) => ({ json: `{"name":${JSON.stringify(name)}}` }),
    'backup.write': async () => entry,
    'file.save': async ({ filters }) => ({ path: `/tmp/${filters.length}` }),
    ...overrides,
  };
}

describe('dispatchHostCall', () => {
  it('runs the named handler with validated arguments and returns its result', async () => {
    const reply = await dispatchHostCall(handlers(), 'backup.read', { name: 'a.json' });
    expect(reply).toEqual({ ok: true, result: { json: '{"name":"a.json"}' } });
  });

  it('applies contract defaults before the handler sees the arguments', async () => {
    const reply = await dispatchHostCall(handlers(), 'file.save', { suggestedName: 'x.json', content: '{}' });
    expect(reply).toEqual({ ok: true, result: { path: '/tmp/0' } });
  });

  it('refuses a name that is not a call, without touching any handler', async () => {
    expect(await dispatchHostCall(handlers(), 'fs.delete', {})).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Unknown call "fs.delete".' },
    });
    expect(await dispatchHostCall(handlers(), 42, {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('does not mistake inherited object properties for calls', async () => {
    const reply = await dispatchHostCall(handlers(), 'constructor', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses a backup with more characters than the byte cap allows, before the handler runs', async () => {
    const write = vi.fn(async () => entry);
    const reply = await dispatchHostCall(handlers({ 'backup.write': write }), 'backup.write', {
      json: 'x'.repeat(MAX_BACKUP_BYTES + 1),
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: `Invalid arguments for "backup.write": json: ${backupTooLargeMessage()}.` },
    });
    expect(write).not.toHaveBeenCalled();
  });

  it('refuses a call this host does not serve', async () => {
    const reply = await dispatchHostCall(handlers(), 'file.open', {});
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: '"file.open" is not available from this host.' },
    });
  });

  it('refuses invalid arguments with a message naming the offending field', async () => {
    const read = vi.fn(handlers()['backup.read']);
    const reply = await dispatchHostCall(handlers({ 'backup.read': read }), 'backup.read', { name: '../secret' });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Invalid arguments for "backup.read": name: A file name, not a path.' },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses arguments that are not an object at all', async () => {
    const reply = await dispatchHostCall(handlers(), 'backup.read', null);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('passes a HostCallError through as the reply error', async () => {
    const reply = await dispatchHostCall(
      handlers({
        'backup.write': async () => {
          throw new HostCallError('disk-full', 'The disk is full.');
        },
      }),
      'backup.write',
      { json: '{}' },
    );
    expect(reply).toEqual({ ok: false, error: { code: 'disk-full', message: 'The disk is full.' } });
  });

  it('hides unexpected errors behind a generic message and reports them', async () => {
    const onUnexpectedError = vi.fn();
    const boom = new Error('EBADF: /home/someone/secret');
    const reply = await dispatchHostCall(
      handlers({
        'backup.write': async () => {
          throw boom;
        },
      }),
      'backup.write',
      { json: '{}' },
      { onUnexpectedError },
    );
    expect(reply).toEqual({
      ok: false,
      error: { code: 'failed', message: 'PolicyDesk could not complete "backup.write". Please try again.' },
    });
    expect(onUnexpectedError).toHaveBeenCalledWith('backup.write', boom);
  });

  it('refuses a handler result that does not match the contract', async () => {
    const onUnexpectedError = vi.fn();
    const broken = { name: 'x', bytes: -1, createdAt: 'now', reason: 'manual' as const };
    const reply = await dispatchHostCall(
      handlers({ 'backup.write': async () => broken }),
      'backup.write',
      { json: '{}' },
      { onUnexpectedError },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(onUnexpectedError).toHaveBeenCalledOnce();
  });
});
