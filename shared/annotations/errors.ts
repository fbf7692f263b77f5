export type AnchoringErrorCode =
  | 'text-not-normalised'
  | 'invalid-offset'
  | 'invalid-range'
  | 'empty-selection'
  | 'blank-selection'
  | 'invalid-selectors'
  | 'invalid-option';

/**
 * Thrown for input that is wrong, never for a passage that cannot be found: a passage that
 * cannot be re-found is a normal outcome (an orphaned result), a malformed selection is a bug
 * or a user action the UI must refuse. The `code` lets the caller tell them apart.
 */
export class AnchoringInputError extends Error {
  override readonly name = 'AnchoringInputError';

  constructor(
    readonly code: AnchoringErrorCode,
    message: string,
  ) {
    super(message);
  }
}
