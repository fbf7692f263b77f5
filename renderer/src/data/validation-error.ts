import type { z } from 'zod';

/**
 * A rejected write, with one message per field so a form can show each next to its
 * input. Keys are dotted field paths ("citation.source").
 */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: Readonly<Record<string, string>>) {
    super(Object.values(fieldErrors)[0] ?? 'The item is not valid');
    this.name = 'ValidationError';
  }

  static fromZod(error: z.ZodError): ValidationError {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const key = issue.path.join('.') || '_';
      fieldErrors[key] ??= issue.message;
    }
    return new ValidationError(fieldErrors);
  }
}
