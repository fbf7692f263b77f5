/**
 * Names both sides of the Electron boundary must agree on. Kept free of imports so the
 * sandboxed preload can use them without bundling zod.
 */

/** The name of the single object the preload script exposes on `window`. */
export const PRELOAD_GLOBAL = 'policydeskHost';

/** The one IPC channel every host call travels on; the payload names the call. */
export const HOST_IPC_CHANNEL = 'policydesk:host';
