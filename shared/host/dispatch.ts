import type { z } from 'zod';
import { isHostCall, type HostCall, type HostHandlers, type HostResult } from './contract';
import { HostCallError, type HostErrorCode } from './host-call-error';
import { schemasByCall } from './schemas-by-call';
import type { HostReply } from './wire';

/**
 * The host side of every call, written once for the Electron main process and the browser
 * host: check the call's name, validate and default its arguments, run the handler, check
 * what it returns, and turn every outcome into a `HostReply`. Nothing thrown escapes.
 */

/** The calls one host serves. A call it leaves out is refused with a clear message. */
export type HostHandlerSet = Partial<HostHandlers>;

export interface DispatchOptions {
  /**
   * Told about failures that are not `HostCallError`s (bugs, unexpected I/O errors); the
   * renderer only ever sees a generic sentence, never a stack or a path it did not send.
   */
  readonly onUnexpectedError?: (call: HostCall, error: unknown) => void;
}

export async function dispatchHostCall(
  handlers: HostHandlerSet,
  call: unknown,
  rawArgs: unknown,
  options: DispatchOptions = {},
): Promise<HostReply<unknown>> {
  if (!isHostCall(call)) {
    return failure('invalid-request', `Unknown call ${describeName(call)}.`);
  }
  return runCall(handlers, call, rawArgs, options);
}

async function runCall<C extends HostCall>(
  handlers: HostHandlerSet,
  call: C,
  rawArgs: unknown,
  options: DispatchOptions,
): Promise<HostReply<HostResult<C>>> {
  const handler: HostHandlers[C] | undefined = handlers[call];
  if (handler === undefined) {
    return failure('invalid-request', `"${call}" is not available from this host.`);
  }

  const args = schemasByCall[call].args.safeParse(rawArgs);
  if (!args.success) {
    return failure('invalid-request', `Invalid arguments for "${call}": ${summarizeIssues(args.error.issues)}.`);
  }

  let result: HostResult<C>;
  try {
    result = await handler(args.data);
  } catch (error) {
    if (error instanceof HostCallError) return { ok: false, error: error.toHostError() };
    options.onUnexpectedError?.(call, error);
    return failure('failed', `PolicyDesk could not complete "${call}". Please try again.`);
  }

  // A handler returning the wrong shape is a bug on this side; refuse it here rather than
  // let the renderer trip over it later.
  const checked = schemasByCall[call].result.safeParse(result);
  if (!checked.success) {
    options.onUnexpectedError?.(call, checked.error);
    return failure('failed', `PolicyDesk could not complete "${call}". Please try again.`);
  }
  return { ok: true, result: checked.data };
}

function failure(code: HostErrorCode, message: string): HostReply<never> {
  return { ok: false, error: { code, message } };
}

const MAX_LISTED_ISSUES = 3;

/** One readable line: "name: A file name, not a path; filters.0.name: Too small". */
export function summarizeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const where = issue.path.map(String).join('.');
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  const more = issues.length - listed.length;
  return more > 0 ? `${listed.join('; ')} (and ${more} more)` : listed.join('; ');
}

function describeName(call: unknown): string {
  if (typeof call !== 'string') return `(a ${call === null ? 'null' : typeof call}, not a name)`;
  return JSON.stringify(call.length > 64 ? `${call.slice(0, 64)}…` : call);
}
