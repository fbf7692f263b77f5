import { describe, expect, it } from 'vitest';
import { HostCallError } from '../../../shared/host/host-call-error';
import type { HostBridge } from '../../../shared/host/wire';
import { createElectronHost, findHostBridge } from './electron-host';

function bridgeAnswering(reply: unknown): HostBridge {
  const answer = async () => reply;
  return {
    'app.info': answer,
    'backup.write': answer,
    'backup.list': answer,
    'backup.read': answer,
    'library.ledger.read': answer,
    'library.ledger.write': answer,
    'file.save': answer,
    'file.open': answer,
    'briefing.print': answer,
  };
}

describe('findHostBridge', () => {
  it('recognises an object with every call of the contract', () => {
    const bridge = bridgeAnswering(null);
    expect(findHostBridge(bridge)).toBe(bridge);
  });

  it('ignores anything else', () => {
    expect(findHostBridge(undefined)).toBeUndefined();
    expect(findHostBridge({ 'app.info': async () => null })).toBeUndefined();
  });
});

describe('createElectronHost', () => {
  it('unwraps the bridge’s replies into results', async () => {
    const host = createElectronHost(bridgeAnswering({ ok: true, result: null }));
    await expect(host['file.save']({ suggestedName: 'a.json', content: '{}' })).resolves.toBeNull();
  });

  it('turns a failure reply back into a HostCallError with its code', async () => {
    const host = createElectronHost(
      bridgeAnswering({
        ok: false,
        error: { code: 'permission-denied', message: 'PolicyDesk is not allowed to save "/a.json".' },
      }),
    );
    const error: unknown = await host['file.save']({ suggestedName: 'a.json', content: '{}' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(HostCallError);
    expect(error).toMatchObject({ code: 'permission-denied', message: 'PolicyDesk is not allowed to save "/a.json".' });
  });
});
