import { createHostClient } from '../../../shared/host/client';
import { HOST_CALLS, type HostApi, type HostArgs, type HostCall } from '../../../shared/host/contract';
import type { HostBridge } from '../../../shared/host/wire';

/** The preload's bridge, if this page runs inside the Electron app. */
export function findHostBridge(candidate: unknown): HostBridge | undefined {
  return isHostBridge(candidate) ? candidate : undefined;
}

/**
 * Wraps the preload's bridge in the shared client, which validates every reply and turns
 * failures back into `HostCallError`s (the bridge itself carries them as data, since
 * errors thrown across contextBridge lose their code).
 */
export function createElectronHost(bridge: HostBridge): HostApi {
  return createHostClient(<C extends HostCall>(call: C, args: HostArgs<C>) => bridge[call](args));
}

function isHostBridge(candidate: unknown): candidate is HostBridge {
  if (typeof candidate !== 'object' || candidate === null) return false;
  return HOST_CALLS.every((call) => typeof Reflect.get(candidate, call) === 'function');
}
