import { z } from 'zod';
import { hostErrorSchema, type HostApi, type HostArgs, type HostCall, type HostResult } from './contract';
import { HostCallError } from './host-call-error';
import { schemasByCall } from './schemas-by-call';
import type { HostTransport } from './wire';

/**
 * The renderer's side of every call, whatever carries it (the preload bridge or HTTP):
 * send, then trust nothing that comes back until it matches the contract. A host's
 * failure becomes a `HostCallError`; so does a broken transport or a malformed reply,
 * with a message the user can act on.
 */
export function createHostClient(transport: HostTransport): HostApi {
  async function send<C extends HostCall>(call: C, args: HostArgs<C>): Promise<HostResult<C>> {
    let reply: unknown;
    try {
      reply = await transport(call, args);
    } catch (error) {
      if (error instanceof HostCallError) throw error;
      throw new HostCallError('failed', 'PolicyDesk lost contact with its host. Restart PolicyDesk and try again.', {
        cause: error,
      });
    }
    return unwrapReply(call, reply);
  }

  // Listed one by one so that a call added to the contract fails to compile here until
  // the client knows about it.
  return {
    'app.info': (args) => send('app.info', args),
    'backup.write': (args) => send('backup.write', args),
    'backup.list': (args) => send('backup.list', args),
    'backup.read': (args) => send('backup.read', args),
    'library.ledger.read': (args) => send('library.ledger.read', args),
    'library.ledger.write': (args) => send('library.ledger.write', args),
    'file.save': (args) => send('file.save', args),
    'file.open': (args) => send('file.open', args),
    'briefing.print': (args) => send('briefing.print', args),
  } satisfies HostApi;
}

export function unwrapReply<C extends HostCall>(call: C, reply: unknown): HostResult<C> {
  const parsed = replySchema(call).safeParse(reply);
  if (!parsed.success) {
    throw new HostCallError(
      'failed',
      `PolicyDesk received an unexpected answer to "${call}". Restart PolicyDesk and try again.`,
      {
        cause: parsed.error,
      },
    );
  }
  if (!parsed.data.ok) throw new HostCallError(parsed.data.error.code, parsed.data.error.message);
  return parsed.data.result;
}

function replySchema<C extends HostCall>(call: C) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), result: schemasByCall[call].result }),
    z.object({ ok: z.literal(false), error: hostErrorSchema }),
  ]);
}
