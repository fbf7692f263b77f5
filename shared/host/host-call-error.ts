import type { HostError } from './contract';

export type HostErrorCode = HostError['code'];

/**
 * A failure meant for the user: a stable `code` the UI can branch on and a message it
 * can show as is. Host services throw it; the host client rethrows it in the renderer.
 */
export class HostCallError extends Error {
  override readonly name = 'HostCallError';

  constructor(
    readonly code: HostErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  toHostError(): HostError {
    return { code: this.code, message: this.message };
  }
}
