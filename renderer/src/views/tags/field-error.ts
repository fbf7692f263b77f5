import { describeFailure } from '../../data/failures';
import { ValidationError } from '../../data/validation-error';

/** The data layer's message for a tag's name (or the failure), to show next to the field. */
export function nameError(error: unknown): string {
  if (error instanceof ValidationError) return error.fieldErrors.name ?? error.message;
  return describeFailure(error);
}
