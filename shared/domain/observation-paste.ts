import type { Citation } from './citation';
import type { ObservationFields } from './entities';
import type { PartialDate } from './partial-date';
import { normalise, type NumberContext, type PasteSeparator, quote, readValue, readYear } from './observation-paste-cells';

/**
 * Reads a block of rows pasted from a spreadsheet into observations for one target, and says
 * for every line what became of it. It refuses what it would have to guess: an analyst can
 * retype one cell, but cannot spot a number that was silently misread.
 *
 * Rules (each has a test in observation-paste.test.ts):
 * - A line is a row (\n, \r\n or \r). The newline that ends the paste is not a line of its own.
 * - Separator, chosen once for the whole paste: tab if any line has a tab; otherwise semicolon
 *   if every non-blank line has one; otherwise comma. A cell may be quoted ("1,984"), as
 *   spreadsheets do for cells that contain the separator.
 * - Comma-separated rows cannot tell a thousands separator from a cell boundary, so a row is
 *   refused as ambiguous when a cell past the year and value starts with a digit right after a
 *   cell that ends with one ("2019,1,984"), or when it has more cells than there are columns. Quoting
 *   the number, or copying with tabs, resolves it.
 * - Columns: year (or date), value, unit, note. A first line with no year or number and with a
 *   column name (Year, Value, 年份, 数值…) is a header and may reorder them. Without a header the
 *   order is year, value, unit, note: a third column is a unit.
 * - Numbers use a point for decimals and may group thousands with commas or spaces. A decimal
 *   comma ("2,5", "1.234,5"), dots grouping thousands ("1.234.567") and scientific notation are
 *   refused. Once a paste shows a decimal comma, or is semicolon-separated, "1,984" and "1.984"
 *   could each mean 1.984 or 1984, so they are refused too.
 * - Full-width characters (１９８４, ，．％) are read as their ASCII forms (Unicode NFKC).
 * - An empty value cell or a missing-data marker (-, .., n/a) skips the row rather than failing.
 * - Two rows for the same year (and date) are both errors. A row for a year and date already
 *   recorded for the target is only a warning: a second source for the same year is legitimate,
 *   so the analyst decides.
 */

type Qualifier = ObservationFields['qualifier'];
type Role = 'year' | 'value' | 'unit' | 'note';
export type { PasteSeparator };

export type PasteRowStatus = 'ok' | 'error' | 'skipped' | 'warning';

export interface PasteTarget {
  /** The target's unit; null when it has none, in which case the rows' own units are kept. */
  unit: string | null;
  indicator: string;
  subject?: string | null;
}

export interface PasteOptions {
  /** Observations already recorded for the target: a pasted row for the same year and date is a warning. */
  existing?: readonly { year: number; date: string | null }[];
}

export interface PastedObservation {
  year: number;
  date: PartialDate | null;
  value: number;
  qualifier: Qualifier;
  unit: string | null;
  note: string;
}

export interface PasteRow {
  /** 1-based line number in the pasted text; reasons call it the row. */
  line: number;
  raw: string;
  status: PasteRowStatus;
  reason?: string;
  /** Present for 'ok' and 'warning' rows: the rows that can be imported. */
  observation?: PastedObservation;
}

export interface PasteResult {
  rows: PasteRow[];
  ok: number;
  errors: number;
  warnings: number;
  skipped: number;
  separator: PasteSeparator;
}

export interface PasteImportContext extends PasteTarget {
  targetId: string | null;
  citation: Citation;
}

const SEPARATOR_CHAR: Record<PasteSeparator, string> = { tab: '\t', comma: ',', semicolon: ';' };
const DEFAULT_COLUMNS: readonly (Role | null)[] = ['year', 'value', 'unit', 'note'];

const HEADER_NAMES: Record<Role, readonly string[]> = {
  year: ['year', 'years', 'yr', 'date', 'period', 'time', '年', '年份', '年度', '日期', '时间'],
  value: ['value', 'values', 'amount', 'number', 'count', 'figure', 'total', 'data', '数值', '值', '数量', '数据', '数'],
  unit: ['unit', 'units', '单位'],
  note: ['note', 'notes', 'comment', 'comments', 'remark', 'remarks', '备注', '注', '注释', '说明'],
};

const PERCENT_UNITS = new Set(['%', 'percent', 'percentage', 'pct', '百分比']);

interface Cell {
  text: string;
  quoted: boolean;
}

interface Draft {
  line: number;
  raw: string;
  problems: string[];
  skip?: string;
  year?: number;
  date?: PartialDate | null;
  valueText?: string;
  unitText: string;
  note: string;
}

const listOf = (items: readonly (string | number)[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function detectSeparator(lines: readonly string[]): PasteSeparator {
  const filled = lines.filter((line) => line.trim() !== '');
  if (filled.some((line) => line.includes('\t'))) return 'tab';
  if (filled.length > 0 && filled.every((line) => line.includes(';'))) return 'semicolon';
  return 'comma';
}

/** Splits one line, honouring quoted cells ("1,984", "say ""hi"""). Null when a quote is never closed. */
function splitCells(line: string, separator: string): Cell[] | null {
  const cells: Cell[] = [];
  let start = 0;
  for (;;) {
    let at = start;
    while (line[at] === ' ') at++;
    let text = '';
    const quoted = line[at] === '"';
    if (quoted) {
      const closing = /"((?:[^"]|"")*)"/y;
      closing.lastIndex = at;
      const match = closing.exec(line);
      if (!match) return null;
      text = (match[1] ?? '').replace(/""/g, '"');
      at = closing.lastIndex;
    }
    const end = line.indexOf(separator, at);
    text += end === -1 ? line.slice(at) : line.slice(at, end);
    cells.push({ text: text.trim(), quoted });
    if (end === -1) return cells;
    start = end + 1;
  }
}

function unitKey(unit: string): string {
  const key = normalise(unit).toLowerCase().replace(/ /g, '');
  return PERCENT_UNITS.has(key) ? '%' : key;
}

function headerRole(cell: string): Role | null {
  const name = normalise(cell)
    .replace(/\(.*?\)/g, '')
    .replace(/:$/, '')
    .trim()
    .toLowerCase();
  return (Object.keys(HEADER_NAMES) as Role[]).find((role) => HEADER_NAMES[role].includes(name)) ?? null;
}

/** Column roles from a header line, or null when the line is data. */
function readHeader(cells: readonly Cell[]): { roles: (Role | null)[]; ignored: string[] } | null {
  const texts = cells.map((cell) => cell.text);
  const named = texts.map(headerRole);
  const textOnly = texts.every((text) => !/\d/.test(normalise(text))) && texts.filter(Boolean).length >= 2;
  if (!named.some(Boolean) && !textOnly) return null;
  const neutral: NumberContext = { separator: 'tab', europeanRow: null };
  if (texts.some((text) => 'year' in readYear(text) || 'value' in readValue(text, neutral))) return null;
  const roles = named.map((role, i) => (role && named.indexOf(role) === i ? role : null));
  // Unnamed columns stand for year and value in that order, as in "Year  Papers (thousands)".
  for (const role of ['year', 'value'] as const) {
    const free = roles.indexOf(null);
    if (!roles.includes(role) && free !== -1) roles[free] = role;
  }
  if (!roles.includes('year') || !roles.includes('value')) return { roles: [...DEFAULT_COLUMNS], ignored: [] };
  return { roles, ignored: texts.filter((text, i) => roles[i] === null && text !== '') };
}

/** Reads a pasted block into one row per line, each with its status and, if not ok, the reason. */
export function parseObservationPaste(text: string, target: PasteTarget, options: PasteOptions = {}): PasteResult {
  const lines = splitLines(text);
  const separator = detectSeparator(lines);
  const rows: PasteRow[] = [];
  const drafts: Draft[] = [];
  let columns: readonly (Role | null)[] = DEFAULT_COLUMNS;
  let header: string | null = null;
  let dataSeen = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const cells = splitCells(raw, SEPARATOR_CHAR[separator]);
    if (cells === null) {
      dataSeen = true;
      rows.push({ line, raw, status: 'error', reason: `Row ${line}: a quote is opened but never closed` });
      return;
    }
    if (cells.every((cell) => cell.text === '')) {
      rows.push({ line, raw, status: 'skipped', reason: `Row ${line}: blank line` });
      return;
    }
    const key = cells.map((cell) => normalise(cell.text)).join('\t');
    if (header !== null && key === header) {
      rows.push({ line, raw, status: 'skipped', reason: `Row ${line}: the header row again` });
      return;
    }
    const read = dataSeen ? null : readHeader(cells);
    dataSeen = true;
    if (read) {
      columns = read.roles;
      header = key;
      const used = columns.filter((role) => role !== null).join(', ');
      const ignored = read.ignored.length > 0 ? `; ${listOf(read.ignored.map(quote))} ignored` : '';
      rows.push({ line, raw, status: 'skipped', reason: `Row ${line}: header row (columns read as ${used}${ignored})` });
      return;
    }
    drafts.push(draftRow(line, raw, cells, columns, separator));
    rows.push({ line, raw, status: 'error' }); // status and reason are settled once every row has been read
  });

  const showsEuropean = (text: string) => 'european' in readValue(text, { separator, europeanRow: null });
  const european = drafts.find((draft) => draft.valueText !== undefined && showsEuropean(draft.valueText));
  const context: NumberContext = {
    separator,
    europeanRow: european?.valueText ? { line: european.line, text: european.valueText } : null,
  };
  const readings = drafts.map((draft) => finishDraft(draft, target, context, header !== null));
  if (!target.unit?.trim()) flagMixedUnits(drafts, readings);
  flagDuplicates(drafts);

  const existing = new Set((options.existing ?? []).map((item) => `${item.year}|${item.date ?? ''}`));
  drafts.forEach((draft, i) => {
    const row = rows[draft.line - 1];
    const observation = readings[i];
    if (!row) return;
    if (draft.problems.length > 0 || !observation) {
      row.status = draft.problems.length > 0 ? 'error' : 'skipped';
      row.reason = `Row ${draft.line}: ${draft.problems.length > 0 ? draft.problems.join('; ') : draft.skip}`;
    } else if (existing.has(`${observation.year}|${observation.date ?? ''}`)) {
      row.status = 'warning';
      row.reason = `Row ${draft.line}: ${yearLabel(observation)} is already recorded for this target; importing adds a second observation`;
      row.observation = observation;
    } else {
      row.status = 'ok';
      row.observation = observation;
    }
  });

  const count = (status: PasteRowStatus) => rows.filter((row) => row.status === status).length;
  return { rows, ok: count('ok'), errors: count('error'), warnings: count('warning'), skipped: count('skipped'), separator };
}

function draftRow(
  line: number,
  raw: string,
  cells: readonly Cell[],
  columns: readonly (Role | null)[],
  separator: PasteSeparator,
) {
  const draft: Draft = { line, raw, problems: [], unitText: '', note: '' };
  const extra = cells.slice(columns.length).filter((cell) => cell.text !== '');
  const splitNumber = cells.findIndex(
    (cell, i) =>
      columns[i] !== 'year' &&
      columns[i] !== 'value' &&
      /^\d/.test(normalise(cell.text)) &&
      !cell.quoted &&
      /\d$/.test(normalise(cells[i - 1]?.text ?? '')) &&
      !cells[i - 1]?.quoted,
  );
  if (separator === 'comma' && splitNumber !== -1) {
    const joined = `${cells[splitNumber - 1]?.text},${cells[splitNumber]?.text}`;
    draft.problems.push(
      `${quote(joined)} is ambiguous: one number written with a comma, or two cells? Put the number in quotes or copy with tabs`,
    );
    return draft;
  }
  if (extra.length > 0) {
    const hint = separator === 'comma' ? ' (put a cell that contains a comma in quotes)' : '';
    const names = columns.map((role) => role ?? 'ignored').join(', ');
    draft.problems.push(`${cells.length} cells where ${columns.length} columns (${names}) are expected${hint}`);
    return draft;
  }
  cells.forEach((cell, i) => {
    const role = columns[i];
    if (role === 'year') {
      const reading = readYear(cell.text);
      if ('problem' in reading) {
        const single = cells.length === 1 && / /.test(cell.text) ? ' (separate the year and the value with a tab)' : '';
        draft.problems.push(reading.problem + single);
      } else Object.assign(draft, reading);
    } else if (role === 'value') draft.valueText = cell.text;
    else if (role === 'unit') draft.unitText = normalise(cell.text);
    else if (role === 'note') draft.note = cell.text;
  });
  return draft;
}

function finishDraft(draft: Draft, target: PasteTarget, context: NumberContext, hasHeader: boolean): PastedObservation | null {
  if (draft.valueText === undefined) {
    draft.skip = `no value for ${draft.year} (the row has no value cell)`;
    return null;
  }
  const reading = readValue(draft.valueText, context);
  if ('missing' in reading) {
    draft.skip = `no value for ${draft.year} (${reading.missing})`;
    return null;
  }
  if ('problem' in reading) {
    draft.problems.push(reading.problem);
    return null;
  }
  const targetUnit = target.unit?.trim() || null;
  let rowUnit = draft.unitText || null;
  if (reading.percent) {
    if (rowUnit !== null && unitKey(rowUnit) !== '%') {
      draft.problems.push(`${quote(draft.valueText)} is a percentage but the unit cell says ${quote(rowUnit)}`);
      return null;
    }
    rowUnit ??= '%';
  }
  if (rowUnit !== null && targetUnit !== null && unitKey(rowUnit) !== unitKey(targetUnit)) {
    const hint = hasHeader || draft.unitText === '' ? '' : ' (without a header row, the third column is read as the unit)';
    draft.problems.push(`unit ${quote(rowUnit)} differs from the target's unit ${quote(targetUnit)}${hint}`);
    return null;
  }
  if (draft.problems.length > 0 || draft.year === undefined) return null;
  return {
    year: draft.year,
    date: draft.date ?? null,
    value: reading.value,
    qualifier: reading.qualifier,
    unit: targetUnit ?? rowUnit,
    note: draft.note,
  };
}

/** A target with no unit keeps the rows' units, but one paste must not mix them. */
function flagMixedUnits(drafts: readonly Draft[], readings: readonly (PastedObservation | null)[]) {
  const first = readings.findIndex((reading) => reading?.unit);
  const reference = readings[first]?.unit;
  if (!reference) return;
  readings.forEach((reading, i) => {
    if (reading?.unit && unitKey(reading.unit) !== unitKey(reference)) {
      drafts[i]?.problems.push(
        `unit ${quote(reading.unit)} differs from the unit ${quote(reference)} on row ${drafts[first]?.line}`,
      );
    }
  });
}

const yearLabel = (key: { year?: number; date?: string | null }) => (key.date ? key.date : `year ${key.year}`);

/** Every row of a repeated year (and date) is an error: which of them is right is the analyst's call. */
function flagDuplicates(drafts: readonly Draft[]) {
  const byKey = new Map<string, Draft[]>();
  for (const draft of drafts) {
    if (draft.year === undefined || draft.skip) continue;
    const key = `${draft.year}|${draft.date ?? ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), draft]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const times = group.length === 2 ? 'twice' : `${group.length} times`;
    const message = `${yearLabel(group[0] ?? {})} appears ${times} (rows ${listOf(group.map((draft) => draft.line))})`;
    for (const draft of group) draft.problems.push(message);
  }
}

/**
 * The importable rows as observation fields, ready for observationFieldsSchema. Warning rows
 * (already recorded for the target) are included unless includeWarnings is false.
 */
export function observationFieldsFromPaste(
  result: PasteResult,
  context: PasteImportContext,
  options: { includeWarnings?: boolean } = {},
): ObservationFields[] {
  const statuses: PasteRowStatus[] = options.includeWarnings === false ? ['ok'] : ['ok', 'warning'];
  return result.rows.flatMap(({ status, observation }) =>
    observation && statuses.includes(status)
      ? [
          {
            targetId: context.targetId,
            indicator: context.indicator.trim(),
            subject: context.subject?.trim() || null,
            value: observation.value,
            qualifier: observation.qualifier,
            unit: context.unit?.trim() || observation.unit,
            year: observation.year,
            date: observation.date,
            note: observation.note,
            citation: { ...context.citation },
          },
        ]
      : [],
  );
}
