import type { z } from 'zod';
import { ValidationError } from '../validation-error';
import type { RecordSource } from './write-errors';
import { RecordRejectedError } from './write-errors';

/**
 * Refuses a record: a form gets one message per field (ValidationError); a record from a
 * file gets one message naming the file's table, the record and the field.
 */
export function refuse(fieldErrors: Readonly<Record<string, string>>, source?: RecordSource): never {
  if (!source) throw new ValidationError(fieldErrors);
  const [field, reason] = Object.entries(fieldErrors)[0] ?? ['_', 'it is not valid'];
  throw new RecordRejectedError(source, field, reason);
}

export function refuseZod(error: z.ZodError, source?: RecordSource): never {
  refuse(ValidationError.fromZod(error).fieldErrors, source);
}
