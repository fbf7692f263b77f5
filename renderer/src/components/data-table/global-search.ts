import { type FilterFn, type RowData, type TableFeatures, filterFn_includesString } from '@tanstack/react-table';
import type { PlainRow } from './row-models';

/**
 * The search across columns: a row matches when the text of any column the table searches
 * contains the search, ignoring case, as with TanStack's includesString. Each row's texts are
 * lower-cased once and kept with the row, so a keystroke only compares strings. Make one per
 * table and set of columns: rows are rebuilt when the data changes, and their texts go with them.
 */
export function createGlobalSearch<TFeatures extends TableFeatures, TData extends RowData>(): FilterFn<TFeatures, TData> {
  /**
   * Per row: its lower-cased texts, and the last search it failed and passed. A row without
   * "sc" has no "sci" either, and a row with "sci" has "sc", so most keystrokes are answered
   * by comparing two short searches.
   */
  interface Kept {
    texts: string[];
    failed?: string;
    passed?: string;
  }
  /** `lowered` shares one lower-cased copy among the many rows with the same text (an indicator, a target). */
  const textsOf = (row: PlainRow, columnIds: readonly string[], lowered?: Map<string, string>) =>
    columnIds.map((id) => {
      const value = row.getValue(id);
      if (value === null || value === undefined) return '';
      const text = String(value);
      let lower = lowered?.get(text);
      if (lower === undefined) {
        lower = text.toLowerCase();
        lowered?.set(text, lower);
      }
      return lower;
    });
  const matches = (entry: Kept, text: string) => {
    if (entry.failed !== undefined && text.includes(entry.failed)) return false;
    if (entry.passed !== undefined && entry.passed.includes(text)) return true;
    const match = entry.texts.some((value) => value.includes(text));
    if (match) entry.passed = text;
    else entry.failed = text;
    return match;
  };

  // Row by row, as TanStack's own row models ask: once per searched column until one says
  // yes. The answer is the row's, so it is kept for the row's other columns.
  const byRow = new WeakMap<PlainRow, Kept>();
  let lastRow: PlainRow | undefined;
  let lastSearch: string | undefined;
  let lastMatch = false;
  const search = (row: PlainRow, _columnId: string, text: string) => {
    if (row !== lastRow || text !== lastSearch) {
      let entry = byRow.get(row);
      if (entry === undefined) {
        const columnIds = row.table
          .getAllLeafColumns()
          .filter((column) => column.getCanGlobalFilter())
          .map((column) => column.id);
        entry = { texts: textsOf(row, columnIds) };
        byRow.set(row, entry);
      }
      lastRow = row;
      lastSearch = text;
      lastMatch = matches(entry, text);
    }
    return lastMatch;
  };

  // All the rows at once, as the library's filtered row model asks: what is kept for them
  // goes with the list of rows, which is new whenever the data is.
  let byList:
    | { rows: readonly PlainRow[]; columnIds: readonly string[]; kept: (Kept | undefined)[]; lowered: Map<string, string> }
    | undefined;
  const testRows = (rows: readonly PlainRow[], text: unknown, columnIds: readonly string[]) => {
    const sameColumns = byList?.columnIds.length === columnIds.length && columnIds.every((id, i) => byList?.columnIds[i] === id);
    if (byList?.rows !== rows || !sameColumns) {
      byList = { rows, columnIds, kept: new Array<Kept | undefined>(rows.length), lowered: new Map() };
    }
    const { kept, lowered } = byList;
    const passes = new Uint8Array(rows.length);
    for (let index = 0; index < rows.length; index += 1) {
      const entry = (kept[index] ??= { texts: textsOf(rows[index] as PlainRow, columnIds, lowered) });
      if (matches(entry, String(text))) passes[index] = 1;
    }
    return passes;
  };

  return Object.assign(search, {
    autoRemove: filterFn_includesString.autoRemove,
    resolveFilterValue: filterFn_includesString.resolveFilterValue,
    testRows,
  }) as unknown as FilterFn<TFeatures, TData>;
}
