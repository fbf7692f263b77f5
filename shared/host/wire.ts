import type { HostArgs, HostCall, HostError } from './contract';

/**
 * What actually crosses a process boundary. A host never throws across it: errors thrown
 * through `ipcRenderer.invoke` or `contextBridge` lose every property but a reworded
 * message, so a failure travels as data and the client turns it back into an Error.
 */
export type HostReply<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: HostError };

/**
 * The object the preload script exposes: one function per call, each answering with a
 * `HostReply<HostResult<C>>` rather than a result. The reply is typed `unknown` because
 * the renderer validates it before trusting it. Only `renderer/src/host` sees this
 * object; everything else in the renderer holds a `HostApi`.
 */
export type HostBridge = {
  readonly [C in HostCall]: (args: HostArgs<C>) => Promise<unknown>;
};

/** How a client reaches a host: send one call, receive one (not yet trusted) reply. */
export type HostTransport = <C extends HostCall>(call: C, args: HostArgs<C>) => Promise<unknown>;
