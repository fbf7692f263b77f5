import { partialDateSchema, type PartialDate } from './partial-date';
import type { ObservationFields } from './entities';

/**
 * Reading one pasted cell: a year or date, or a value with its qualifier ("about 90",
 * "more than 400", "3.2%"). Refuses what it would have to guess at, with the reason.
 */

type Qualifier = ObservationFields['qualifier'];
export type PasteSeparator = 'tab' | 'comma' | 'semicolon';

/** Tried in order, so "no less than" and ">=" are seen before "less than" and ">". */
const QUALIFIER_PREFIXES: readonly [RegExp, Qualifier | 'at-most'][] = [
  [/^(?:>=|≥|≧|⩾|at least|no less than|not less than|no fewer than|not fewer than|至少|不少于|不低于)\s*/, 'at-least'],
  [/^(?:<=|≤|≦|⩽|at most|up to|no more than|not more than|至多|不超过|不高于)\s*/, 'at-most'],
  [/^(?:>|more than|greater than|over|above|超过|多于|大于|逾)\s*/, 'more-than'],
  [/^(?:<|less than|fewer than|under|below|少于|低于|小于|不到|不足)\s*/, 'less-than'],
  [/^(?:~|≈|about|approximately|approx\.?|around|roughly|circa|ca\.|c\.|约|大约)\s*/, 'approximately'],
];
const QUALIFIER_SUFFIXES: readonly [RegExp, Qualifier | 'at-most'][] = [
  [/\s*左右$/, 'approximately'],
  [/\s*以上$/, 'at-least'],
  [/\s*(?:多|余)$/, 'more-than'],
  [/\s*(?:以下|以内)$/, 'at-most'],
];
const MISSING_MARKERS = new Set(['', '-', '–', '—', '−', '..', '...', 'n/a', 'na', 'n.a.', '#n/a', '无', '暂无']);

/** NFKC turns full-width digits and the Chinese comma and point (１，９８４．５) into ASCII. */
export const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
export const quote = (text: string) => `"${text}"`;

export type YearReading = { year: number; date: PartialDate | null } | { problem: string };

export function readYear(cell: string): YearReading {
  const text = normalise(cell);
  if (text === '') return { problem: 'the year is empty' };
  const parts =
    /^(\d{4}) ?年?$/.exec(text) ??
    /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(text) ??
    /^(\d{4}) ?年 ?(\d{1,2}) ?月(?: ?(\d{1,2}) ?日)?$/.exec(text);
  if (!parts) {
    if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(text)) {
      return { problem: `${quote(cell)} is not a year: write dates year first (YYYY-MM-DD), as day and month could be swapped` };
    }
    return { problem: `${quote(cell)} is not a year` };
  }
  const [, y = '', month, day] = parts;
  const date = month === undefined ? null : [y, month, day].flatMap((part) => (part ? [part.padStart(2, '0')] : [])).join('-');
  if (date !== null && !partialDateSchema.safeParse(date).success)
    return { problem: `${quote(cell)} is not a real calendar date` };
  const year = Number(y);
  if (year < 1900 || year > 2200) return { problem: `${year} is outside the years PolicyDesk records (1900–2200)` };
  return { year, date };
}

export type ValueReading =
  | { value: number; qualifier: Qualifier; percent: boolean }
  | { missing: string }
  /** european: the cell itself is written the European way, which makes "1,984" elsewhere ambiguous. */
  | { problem: string; european?: true };

export interface NumberContext {
  separator: PasteSeparator;
  /** The first row whose value shows a decimal comma, if any. */
  europeanRow: { line: number; text: string } | null;
}

export function readValue(cell: string, context: NumberContext): ValueReading {
  const text = normalise(cell).toLowerCase();
  if (MISSING_MARKERS.has(text)) return { missing: cell === '' ? 'the cell is empty' : `the cell says ${quote(cell)}` };
  if (/^#[a-z0-9/]+[!?]?$/.test(text)) return { problem: `${quote(cell)} is a spreadsheet error, not a value` };
  let rest = text;
  let qualifier: Qualifier | 'at-most' = 'exact';
  for (const [pattern, meaning] of [...QUALIFIER_PREFIXES, ...QUALIFIER_SUFFIXES]) {
    if (!pattern.test(rest)) continue;
    rest = rest.replace(pattern, '');
    qualifier = meaning;
    break;
  }
  if (qualifier === 'at-most') {
    return { problem: `${quote(cell)} means "at most", which PolicyDesk cannot record (only more than, at least or less than)` };
  }
  const percent = /\s*(?:%|percent|per cent)$/.test(rest);
  const [, sign, digits = ''] = /^([-+]?)\s*(.*)$/.exec(rest.replace(/\s*(?:%|percent|per cent)$/, '')) ?? [];
  const european = europeanForm(digits);
  if (european) return { problem: `${quote(cell)} ${european}`, european: true };
  const ambiguity = ambiguousGrouping(digits, context);
  if (ambiguity) return { problem: `${quote(cell)} ${ambiguity}` };
  const grouped = /^\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/.test(digits) && !/,.* |[ ].*,/.test(digits);
  if (!grouped && !/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(digits)) {
    if (/^\d*\.?\d+e[-+]?\d+$/.test(digits))
      return { problem: `${quote(cell)} is in scientific notation: type the number in full` };
    return { problem: `${quote(cell)} is not a number` };
  }
  const magnitude = Number(digits.replace(/[, ]/g, ''));
  return { value: sign === '-' ? -magnitude : magnitude, qualifier, percent };
}

/** A decimal comma or dots grouping thousands: the European way of writing numbers. */
function europeanForm(digits: string): string | null {
  if (/^\d+,(?:\d{1,2}|\d{4,})$/.test(digits) || /^\d{1,3}(?:[. ]\d{3})+,\d+$/.test(digits)) {
    return 'has a decimal comma: retype it with a decimal point and no thousands separators';
  }
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(digits)) return 'groups thousands with dots: retype it without separators';
  return null;
}

/** "1,984" and "1.984" each mean 1.984 in one convention and 1984 in the other. */
function ambiguousGrouping(digits: string, context: NumberContext): string | null {
  const parts = /^(\d{1,3})[.,](\d{3})$/.exec(digits);
  if (!parts) return null;
  const why =
    context.separator === 'semicolon'
      ? 'in a semicolon-separated paste, where a comma is usually the decimal mark'
      : context.europeanRow
        ? `because row ${context.europeanRow.line} (${quote(context.europeanRow.text)}) uses a decimal comma`
        : null;
  if (why === null) return null;
  return `could be ${parts[1]}.${parts[2]} or ${parts[1]}${parts[2]} ${why}: retype it without separators`;
}
