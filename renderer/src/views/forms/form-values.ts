import type { FieldSpec } from './field-specs';

/**
 * A form holds what the analyst typed, as text, so nothing they entered is lost when it
 * does not validate. These functions convert between an item and that text.
 */
export type FormValues = Record<string, string | string[]>;

export function getPath(item: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], item);
}

export function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = target;
  for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
  node[last] = value;
}

export function toFormValues(item: unknown, specs: readonly FieldSpec[]): FormValues {
  const values: FormValues = {};
  for (const spec of specs) {
    const value = getPath(item, spec.name);
    if (spec.type === 'links') values[spec.name] = Array.isArray(value) ? value.map(String) : [];
    else if (spec.type === 'list') values[spec.name] = Array.isArray(value) ? value.join(', ') : '';
    else values[spec.name] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

/**
 * Turns the form's text into the item's input. Returns field errors for text that is not
 * a number where a number belongs; everything else is left to the schema.
 */
export function fromFormValues(
  values: FormValues,
  specs: readonly FieldSpec[],
): { input: Record<string, unknown>; errors: Record<string, string> } {
  const input: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const spec of specs) {
    const raw = values[spec.name];
    if (spec.type === 'links') {
      setPath(input, spec.name, Array.isArray(raw) ? raw : []);
      continue;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    switch (spec.type) {
      case 'number':
      case 'year': {
        const number = parseNumber(text);
        if (text !== '' && number === null) {
          errors[spec.name] =
            spec.type === 'year' ? 'Enter a year as digits, for example 2025' : 'Enter a number, for example 2446 or 3.5';
        }
        setPath(input, spec.name, text === '' ? null : number);
        break;
      }
      case 'list':
        setPath(
          input,
          spec.name,
          text === ''
            ? []
            : text
                .split(/[,，、]/u)
                .map((entry) => entry.trim())
                .filter(Boolean),
        );
        break;
      case 'link':
      case 'partial-date':
        setPath(input, spec.name, text === '' ? null : text);
        break;
      default:
        setPath(input, spec.name, typeof raw === 'string' ? raw : '');
    }
  }
  return { input, errors };
}

/**
 * Reads a number as analysts write one: plain digits with an optional decimal part, or
 * thousands grouped with commas ("2,446"). Anything else ("2,5", "0x1A", "1e3") is refused
 * rather than guessed at.
 */
export function parseNumber(text: string): number | null {
  if (!/^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/u.test(text)) return null;
  return Number(text.replaceAll(',', ''));
}
