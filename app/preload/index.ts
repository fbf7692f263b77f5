import { contextBridge, ipcRenderer } from 'electron';
import type { HostArgs, HostCall } from '../../shared/host/contract';
import { HOST_IPC_CHANNEL, PRELOAD_GLOBAL } from '../../shared/host/names';
import type { HostBridge } from '../../shared/host/wire';

/**
 * The renderer's only way out of its sandbox: one frozen object with one function per
 * contract call. `ipcRenderer` itself never crosses the bridge, and the channel is fixed
 * here, so page script cannot reach any other channel. Imports from shared/ are type-only
 * or zod-free: a sandboxed preload can require nothing but `electron`.
 */
function forward<C extends HostCall>(call: C) {
  return async (args: HostArgs<C>): Promise<unknown> => {
    const reply: unknown = await ipcRenderer.invoke(HOST_IPC_CHANNEL, { call, args });
    return reply;
  };
}

const bridge = {
  'app.info': forward('app.info'),
  'backup.write': forward('backup.write'),
  'backup.list': forward('backup.list'),
  'backup.read': forward('backup.read'),
  'library.ledger.read': forward('library.ledger.read'),
  'library.ledger.write': forward('library.ledger.write'),
  'file.save': forward('file.save'),
  'file.open': forward('file.open'),
  'briefing.print': forward('briefing.print'),
} satisfies HostBridge;

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, bridge);
