import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { HostHandlers } from '../../shared/host/contract';
import { dispatchHostCall } from '../../shared/host/dispatch';
import { HOST_IPC_CHANNEL } from '../../shared/host/names';
import type { HostReply } from '../../shared/host/wire';

const payloadSchema = z.object({ call: z.string(), args: z.unknown() });

const REFUSED: HostReply<never> = {
  ok: false,
  error: { code: 'invalid-request', message: 'PolicyDesk refused a request that did not come from its own window.' },
};

/**
 * The only IPC the main process listens to: one channel, answered only for the trusted
 * sender, with every payload validated by the shared dispatcher. Replies are data, never
 * exceptions, because `invoke` would reduce a thrown error to a reworded message.
 */
export function registerHostIpc(handlers: HostHandlers, isTrusted: (event: IpcMainInvokeEvent) => boolean): void {
  ipcMain.handle(HOST_IPC_CHANNEL, async (event, payload: unknown): Promise<HostReply<unknown>> => {
    if (!isTrusted(event)) {
      console.warn(`PolicyDesk refused IPC from ${event.senderFrame?.url ?? 'a closed frame'}`);
      return REFUSED;
    }
    const request = payloadSchema.safeParse(payload);
    if (!request.success) {
      return { ok: false, error: { code: 'invalid-request', message: 'The request to PolicyDesk was malformed.' } };
    }
    return dispatchHostCall(handlers, request.data.call, request.data.args, {
      onUnexpectedError: (call, error) => console.error(`PolicyDesk: "${call}" failed unexpectedly:`, error),
    });
  });
}
