import type { AssessmentStatus } from '../../../../shared/assessment';

/** A column of the status × due-year table: one due year, a five-year band, or "no due year". */
export interface DueColumn {
  /** Stable and URL-safe: "2030", "2026-2030" or "none". */
  key: string;
  label: string;
}

export interface StatusMatrixRow {
  status: AssessmentStatus;
  cells: number[];
  total: number;
}

export interface StatusMatrix {
  columns: DueColumn[];
  rows: StatusMatrixRow[];
  columnTotals: number[];
  total: number;
}

export interface CountableTarget {
  status: AssessmentStatus;
  dueYear: number | null;
}

export const NO_DUE_YEAR = 'none';

/** Past this many distinct due years the table would be too wide to read, so years are banded by five. */
export const MAX_YEAR_COLUMNS = 12;

/** The five-year band a year falls in, ending on a year divisible by five (plan periods usually do). */
function bandOf(year: number): { start: number; end: number } {
  const end = Math.ceil(year / 5) * 5;
  return { start: end - 4, end };
}

function columnOf(dueYear: number | null, banded: boolean): DueColumn {
  if (dueYear === null) return { key: NO_DUE_YEAR, label: 'No due year' };
  if (!banded) return { key: String(dueYear), label: String(dueYear) };
  const { start, end } = bandOf(dueYear);
  return { key: `${start}-${end}`, label: `${start}–${end}` };
}

/** Whether a due year belongs to a column key, so a list opened from a cell shows exactly that cell's targets. */
export function dueYearMatches(dueYear: number | null, key: string): boolean {
  if (key === NO_DUE_YEAR) return dueYear === null;
  if (dueYear === null) return false;
  const [start, end = start] = key.split('-').map(Number);
  return dueYear >= (start ?? NaN) && dueYear <= (end ?? NaN);
}

/**
 * Counts targets by status (every status, in the given order, even when none has it) and by
 * due year, with row, column and grand totals. Every target lands in exactly one cell, so the
 * grand total is the number of targets.
 */
export function buildStatusMatrix(
  targets: readonly CountableTarget[],
  order: readonly AssessmentStatus[],
  maxYearColumns = MAX_YEAR_COLUMNS,
): StatusMatrix {
  const years = new Set(targets.flatMap((target) => (target.dueYear === null ? [] : [target.dueYear])));
  const banded = years.size > maxYearColumns;
  const byKey = new Map<string, DueColumn & { sortKey: number }>();
  for (const target of targets) {
    const column = columnOf(target.dueYear, banded);
    // "No due year" sorts last.
    if (!byKey.has(column.key)) byKey.set(column.key, { ...column, sortKey: target.dueYear ?? Infinity });
  }
  const columns = [...byKey.values()].sort((a, b) => a.sortKey - b.sortKey).map(({ key, label }) => ({ key, label }));
  const columnIndex = new Map(columns.map((column, index) => [column.key, index]));

  const cells = new Map<AssessmentStatus, number[]>(order.map((status) => [status, columns.map(() => 0)]));
  for (const target of targets) {
    const row = cells.get(target.status);
    const index = columnIndex.get(columnOf(target.dueYear, banded).key);
    if (row && index !== undefined) row[index] = (row[index] ?? 0) + 1;
  }
  const rows = order.map((status) => {
    const counts = cells.get(status) ?? [];
    return { status, cells: counts, total: counts.reduce((sum, count) => sum + count, 0) };
  });
  const columnTotals = columns.map((_, index) => rows.reduce((sum, row) => sum + (row.cells[index] ?? 0), 0));
  return { columns, rows, columnTotals, total: rows.reduce((sum, row) => sum + row.total, 0) };
}
