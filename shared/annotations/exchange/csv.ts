import { itemKinds } from '../../domain/item-kinds';
import { annotationAppUrl } from './app-url';
import type { ExportEntry } from './export-entry';

/**
 * Annotations as CSV for a spreadsheet: RFC 4180 (CRLF between records, a field quoted when it
 * holds a quote, comma or line break, quotes doubled) with a UTF-8 byte order mark, without
 * which Excel reads UTF-8 as the local code page and Chinese turns to mojibake. Written by hand:
 * writing CSV is these few lines; a parser library would only earn its place for reading CSV.
 */

export const UTF8_BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * a leading apostrophe keeps it text (OWASP's advice for CSV injection). A quoted passage or a
 * Markdown list in a comment is data, never a formula.
 */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRecord(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

export const CSV_COLUMNS = [
  'Annotation id',
  'Kind',
  'Quote',
  'Comment',
  'Tags',
  'Item kind',
  'Item id',
  'Item title',
  'Source',
  'Section',
  'Page',
  'Author',
  'Created',
  'Modified',
  'Passage',
  'Colour',
  'Link',
] as const;

function entryValues({ annotation, item, tagNames }: ExportEntry): string[] {
  return [
    annotation.id,
    annotation.kind,
    annotation.selector?.quote.exact ?? '',
    annotation.body,
    tagNames.join('; '),
    itemKinds[annotation.itemKind].label,
    annotation.itemId,
    item?.title ?? '',
    item?.citation.source ?? '',
    item?.citation.section ?? '',
    item && item.citation.page !== null ? String(item.citation.page) : '',
    annotation.author,
    annotation.createdAt,
    annotation.updatedAt,
    annotation.anchor ?? '',
    annotation.color ?? '',
    annotationAppUrl(annotation.itemKind, annotation.itemId, annotation.id),
  ];
}

export function annotationsToCsv(entries: readonly ExportEntry[]): string {
  const records = [csvRecord(CSV_COLUMNS), ...entries.map((entry) => csvRecord(entryValues(entry)))];
  return `${UTF8_BOM}${records.join('\r\n')}\r\n`;
}
