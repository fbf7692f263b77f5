import {
  type RowData,
  type RowModel,
  type Table,
  type TableFeatures,
  createFacetedRowModel,
  createFilteredRowModel,
  createSortedRowModel,
} from '@tanstack/react-table';

/*
 * Row models for the library tables that keep each keystroke's work proportional to what
 * changed: rows sorted once per data and sorting, only the filter that changed re-tested.
 */

/**
 * The few members of TanStack's table, rows and columns that the row models below use. Typed
 * here rather than with the table's own generics, which would refer back to the feature set
 * these row models are part of.
 */
export interface PlainRow {
  id: string;
  index: number;
  subRows: readonly PlainRow[];
  getValue: (columnId: string) => unknown;
  table: { getAllLeafColumns: () => readonly { id: string; getCanGlobalFilter: () => boolean }[] };
  /** Whether the row passes each active filter, by column id (`__global__` for the search). */
  columnFilters?: Record<string, boolean>;
  columnFiltersMeta?: Record<string, unknown>;
}
type PlainFilterFn = ((row: PlainRow, columnId: string, value: unknown, addMeta: (meta: unknown) => void) => boolean) & {
  resolveFilterValue?: (value: unknown) => unknown;
};
interface PlainRowModel {
  rows: PlainRow[];
  flatRows: PlainRow[];
  rowsById: Record<string, PlainRow>;
}
type SortUndefined = false | -1 | 1 | 'first' | 'last';
interface PlainTable {
  options: { data: readonly unknown[] };
  atoms: {
    sorting?: { get: () => readonly { id: string; desc: boolean }[] | undefined };
    columnFilters?: { get: () => readonly { id: string; value: unknown }[] | undefined };
    globalFilter?: { get: () => unknown };
  };
  getCoreRowModel: () => PlainRowModel;
  getPreFilteredRowModel: () => PlainRowModel;
  getGlobalFilterFn: () => PlainFilterFn | undefined;
  getAllLeafColumns: () => readonly { id: string; getCanGlobalFilter: () => boolean }[];
  getPreSortedRowModel: () => PlainRowModel;
  getColumn: (id: string) =>
    | {
        getCanSort: () => boolean;
        getFilterFn: () => PlainFilterFn | undefined;
        getSortFn: () => (rowA: PlainRow, rowB: PlainRow, columnId: string) => number;
        columnDef: { sortUndefined?: SortUndefined; invertSorting?: boolean };
      }
    | undefined;
}

const GLOBAL = '__global__';

/** A filter function that can also test a whole list of rows at once, faster than row by row. */
export type RowsFilterFn = PlainFilterFn & {
  /** 1 for each row that passes, in the order of `rows`; `value` is already resolved. */
  testRows?: (rows: readonly PlainRow[], value: unknown, columnIds: readonly string[]) => Uint8Array;
};

/** Which of `rows` pass one filter: 1 for a row that does, in the order of `rows`. */
function testRows(rows: readonly PlainRow[], id: string, filterFn: RowsFilterFn, value: unknown, columnIds: readonly string[]) {
  const resolved = filterFn.resolveFilterValue?.(value) ?? value;
  if (filterFn.testRows) return filterFn.testRows(rows, resolved, columnIds);
  const passes = new Uint8Array(rows.length);
  let row: PlainRow | undefined;
  const addMeta = (meta: unknown) => {
    if (row) (row.columnFiltersMeta ??= Object.create(null) as Record<string, unknown>)[id] = meta;
  };
  for (let index = 0; index < rows.length; index += 1) {
    row = rows[index] as PlainRow;
    // A search passes a row when any searched column does, as in TanStack.
    for (const columnId of columnIds) {
      if (filterFn(row, columnId, resolved, addMeta)) {
        passes[index] = 1;
        break;
      }
    }
  }
  return passes;
}

/**
 * Filtering that redoes only the filter that changed. TanStack tests every row against every
 * filter on any change; here the result of each filter is kept per row, and a keystroke in one
 * filter tests the rows against that filter alone, then makes one pass to collect the rows
 * that pass them all. The results are also written where TanStack keeps them
 * (`row.columnFilters`), which its faceted row models read. Rows with sub-rows are left to TanStack.
 */
export function createIncrementalFilteredRowModel<TFeatures extends TableFeatures, TData extends RowData>() {
  const createStock = createFilteredRowModel<TFeatures, TData>();
  return (table: Table<TFeatures, TData>): (() => RowModel<TFeatures, TData>) => {
    const stock = createStock(table);
    const plain = table as unknown as PlainTable;
    /** The rows the kept results are for, each filter's function, value and results, and the rows that pass. */
    let tested:
      | {
          pre: PlainRowModel;
          filters: Map<string, { filterFn: PlainFilterFn; value: unknown; columns: string; passes: Uint8Array }>;
          model: PlainRowModel | undefined;
        }
      | undefined;

    return () => {
      const pre = plain.getPreFilteredRowModel();
      if (pre.flatRows.length !== pre.rows.length) {
        tested = undefined;
        return stock();
      }

      // The filters in force, resolved as TanStack resolves them.
      const active = new Map<string, { filterFn: PlainFilterFn; value: unknown; columnIds: readonly string[] }>();
      for (const { id, value } of plain.atoms.columnFilters?.get() ?? []) {
        const filterFn = plain.getColumn(id)?.getFilterFn();
        if (filterFn) active.set(id, { filterFn, value, columnIds: [id] });
      }
      const globalFilter = plain.atoms.globalFilter?.get();
      const globalFilterFn = plain.getGlobalFilterFn();
      if (globalFilter !== undefined && globalFilter !== null && globalFilter !== '' && globalFilterFn) {
        const searched = plain
          .getAllLeafColumns()
          .filter((column) => column.getCanGlobalFilter())
          .map((column) => column.id);
        if (searched.length > 0) active.set(GLOBAL, { filterFn: globalFilterFn, value: globalFilter, columnIds: searched });
      }

      const rows = pre.rows;
      if (tested?.pre !== pre) tested = { pre, filters: new Map(), model: undefined };
      const kept = tested.filters;
      for (const id of kept.keys()) {
        if (active.has(id)) continue;
        for (const row of rows) {
          if (row.columnFilters) delete row.columnFilters[id];
          if (row.columnFiltersMeta) delete row.columnFiltersMeta[id];
        }
        kept.delete(id);
        tested.model = undefined;
      }
      for (const [id, { filterFn, value, columnIds }] of active) {
        const columns = columnIds.join('\n');
        const before = kept.get(id);
        if (before?.filterFn === filterFn && before.value === value && before.columns === columns) continue;
        const passes = testRows(rows, id, filterFn, value, columnIds);
        for (let index = 0; index < rows.length; index += 1) {
          const row = rows[index] as PlainRow;
          (row.columnFilters ??= Object.create(null) as Record<string, boolean>)[id] = passes[index] === 1;
        }
        kept.set(id, { filterFn, value, columns, passes });
        tested.model = undefined;
      }

      if (tested.model === undefined) {
        if (active.size === 0) {
          tested.model = pre;
        } else {
          // The rows that pass every filter: the filters' results combined, then one pass.
          const passesAll = new Uint8Array(rows.length).fill(1);
          for (const id of active.keys()) {
            const passes = kept.get(id)?.passes ?? new Uint8Array(rows.length);
            for (let index = 0; index < rows.length; index += 1) if (passes[index] !== 1) passesAll[index] = 0;
          }
          const shown: PlainRow[] = [];
          for (let index = 0; index < rows.length; index += 1) {
            if (passesAll[index] === 1) shown.push(rows[index] as PlainRow);
          }
          tested.model = withLazyRowsById(shown);
        }
      }
      return tested.model as unknown as RowModel<TFeatures, TData>;
    };
  };
}

/** A flat row model whose id index is built only if something asks for it. */
function withLazyRowsById(rows: PlainRow[]): PlainRowModel {
  let rowsById: Record<string, PlainRow> | undefined;
  return {
    rows,
    flatRows: rows,
    get rowsById() {
      if (rowsById === undefined) {
        rowsById = Object.create(null) as Record<string, PlainRow>;
        for (const row of rows) rowsById[row.id] = row;
      }
      return rowsById;
    },
  };
}

/**
 * Sorting that a filter change does not redo. TanStack sorts the filtered rows, so every
 * keystroke in a filter re-sorted up to 100,000 rows. Here all the rows are sorted once for
 * each sorting and each change of data, and the filtered rows are taken from that order in
 * one pass: filtering a sorted list keeps it sorted, and the comparison (TanStack's own, with
 * the original row index as the tie-break) is a total order, so the result is the same.
 * Grouped rows are left to TanStack's sort.
 */
export function createPresortedRowModel<TFeatures extends TableFeatures, TData extends RowData>() {
  const createStock = createSortedRowModel<TFeatures, TData>();
  return (table: Table<TFeatures, TData>): (() => RowModel<TFeatures, TData>) => {
    const stock = createStock(table);
    const plain = table as unknown as PlainTable;
    /**
     * All the rows in order, where each row (by its index in the data) stands in it, and the
     * last subset put in order; one for each of the last few sortings. A few, because TanStack
     * picks a text column's sort function ("auto") from the first rows the filters let through,
     * so a search can switch between two functions, and each order is then sorted once only.
     */
    let sortedAll: {
      core: PlainRowModel;
      sorts: readonly ResolvedSort[];
      rows: PlainRow[];
      rank: Int32Array;
      last: { pre: PlainRowModel; model: PlainRowModel } | undefined;
    }[] = [];

    return () => {
      const pre = plain.getPreSortedRowModel();
      const core = plain.getCoreRowModel();
      // The sorting in force, resolved as TanStack resolves it.
      const sorts = (plain.atoms.sorting?.get() ?? []).flatMap(({ id, desc }): ResolvedSort[] => {
        const column = plain.getColumn(id);
        if (!column?.getCanSort()) return [];
        const { sortUndefined, invertSorting } = column.columnDef;
        return [{ id, desc, sortUndefined, invertSorting, sortFn: column.getSortFn() }];
      });
      // Groups and sub-rows nest; only a flat list of the table's own rows is taken from the full sort.
      const flat = pre.flatRows.length === pre.rows.length && core.flatRows.length === core.rows.length;
      if (sorts.length === 0 || !flat) return stock();

      sortedAll = sortedAll.filter((entry) => entry.core === core);
      let sorted = sortedAll.find((entry) => sameSorts(entry.sorts, sorts));
      if (sorted === undefined) {
        const rows =
          rememberedOrder(plain.options.data, sorts, core.rows) ?? sortAndRemember(plain.options.data, sorts, core.rows);
        const rank = new Int32Array(core.rows.length);
        rows.forEach((row, position) => (rank[row.index] = position));
        sorted = { core, sorts, rows, rank, last: undefined };
        sortedAll = [sorted, ...sortedAll.slice(0, 3)];
      }
      if (sorted.last?.pre === pre) return sorted.last.model as unknown as RowModel<TFeatures, TData>;
      const rows = pre === core ? sorted.rows : keepOrder(sorted.rows, sorted.rank, pre.rows);
      // Rows that are not the table's own cannot be placed; leave those to TanStack.
      if (rows === undefined) return stock();
      const model: PlainRowModel = {
        rows,
        flatRows: rows,
        // Read only when asked for: a filtered model builds its index lazily.
        get rowsById() {
          return pre.rowsById;
        },
      };
      sorted.last = { pre, model };
      return model as unknown as RowModel<TFeatures, TData>;
    };
  };
}

/**
 * The orders already worked out for a data array, as positions in it, by sorting. A view
 * whose rows are kept between visits (the data layer shares one array per table) shows
 * them in the same order on every visit: taking the remembered order is one pass, where
 * sorting 45,000 rows by text again costs more than the rest of the mount.
 */
const rememberedOrders = new WeakMap<readonly unknown[], { sorts: readonly ResolvedSort[]; order: Int32Array }[]>();

function rememberedOrder(data: readonly unknown[], sorts: readonly ResolvedSort[], rows: readonly PlainRow[]) {
  const entry = rememberedOrders.get(data)?.find((remembered) => sameSorts(remembered.sorts, sorts));
  if (!entry || entry.order.length !== rows.length) return undefined;
  return Array.from(entry.order, (index) => rows[index]!);
}

function sortAndRemember(data: readonly unknown[], sorts: readonly ResolvedSort[], rows: readonly PlainRow[]): PlainRow[] {
  const sorted = rows.slice().sort(presortedComparison(sorts, rows) ?? ((rowA, rowB) => compareRows(sorts, rowA, rowB)));
  const order = Int32Array.from(sorted, (row) => row.index);
  // The last few orders only, as for one table (see createPresortedRowModel).
  rememberedOrders.set(data, [{ sorts, order }, ...(rememberedOrders.get(data) ?? []).slice(0, 3)]);
  return sorted;
}

interface ResolvedSort {
  id: string;
  desc: boolean;
  sortUndefined: SortUndefined | undefined;
  invertSorting: boolean | undefined;
  sortFn: (rowA: PlainRow, rowB: PlainRow, columnId: string) => number;
}

function sameSorts(a: readonly ResolvedSort[], b: readonly ResolvedSort[]): boolean {
  return (
    a.length === b.length &&
    a.every((sort, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        sort.id === other.id &&
        sort.desc === other.desc &&
        sort.sortFn === other.sortFn &&
        sort.sortUndefined === other.sortUndefined &&
        sort.invertSorting === other.invertSorting
      );
    })
  );
}

/** A sort function as TanStack builds them: a value resolver and a comparison of resolved values. */
type ConstructedSortFn = ResolvedSort['sortFn'] & {
  resolveDataValue?: (value: unknown) => unknown;
  sort?: (valueA: unknown, valueB: unknown, rowA: PlainRow, rowB: PlainRow, columnId: string) => number;
};

/**
 * compareRows with each row's value resolved once (lower-cased, for a text sort) rather than
 * on every comparison, when every sort function is one TanStack built; otherwise undefined.
 * `rows` are the table's own rows, each at its index.
 */
function presortedComparison(sorts: readonly ResolvedSort[], rows: readonly PlainRow[]) {
  const resolved = sorts.map((sort) => {
    const { resolveDataValue, sort: compare } = sort.sortFn as ConstructedSortFn;
    if (!compare) return undefined;
    const values = rows.map((row) => (resolveDataValue ? resolveDataValue(row.getValue(sort.id)) : row.getValue(sort.id)));
    return { ...sort, compare, values };
  });
  if (resolved.some((sort) => sort === undefined)) return undefined;
  const byId = new Map((resolved as NonNullable<(typeof resolved)[number]>[]).map((sort) => [sort.id, sort]));
  return (rowA: PlainRow, rowB: PlainRow) =>
    compareRows(sorts, rowA, rowB, (sort) => {
      const { compare, values } = byId.get(sort.id)!;
      return compare(values[rowA.index], values[rowB.index], rowA, rowB, sort.id);
    });
}

/**
 * TanStack's comparison of two rows, with the rows' order in the data as the tie-break.
 * `compareValues` compares the two rows by one sort (by default, its sort function).
 */
function compareRows(
  sorts: readonly ResolvedSort[],
  rowA: PlainRow,
  rowB: PlainRow,
  compareValues: (sort: ResolvedSort) => number = (sort) => sort.sortFn(rowA, rowB, sort.id),
): number {
  for (const sort of sorts) {
    let order = 0;
    if (sort.sortUndefined) {
      const aUndefined = rowA.getValue(sort.id) === undefined;
      const bUndefined = rowB.getValue(sort.id) === undefined;
      if (aUndefined && bUndefined) continue;
      if (aUndefined || bUndefined) {
        if (sort.sortUndefined === 'first') return aUndefined ? -1 : 1;
        if (sort.sortUndefined === 'last') return aUndefined ? 1 : -1;
        order = aUndefined ? sort.sortUndefined : -sort.sortUndefined;
      }
    }
    if (order === 0) order = compareValues(sort);
    if (order !== 0) {
      if (sort.desc) order *= -1;
      if (sort.invertSorting) order *= -1;
      return order;
    }
  }
  return rowA.index - rowB.index;
}

/** The rows of `subset` in the order of `all`, in one pass; undefined if one is not in `all`. */
function keepOrder(all: readonly PlainRow[], rank: Int32Array, subset: readonly PlainRow[]): PlainRow[] | undefined {
  const kept = new Uint8Array(all.length);
  for (const row of subset) {
    const position = rank[row.index];
    if (position === undefined || all[position] !== row) return undefined;
    kept[position] = 1;
  }
  const rows: PlainRow[] = [];
  for (let position = 0; position < all.length; position += 1) {
    if (kept[position] === 1) rows.push(all[position] as PlainRow);
  }
  return rows;
}

/**
 * A column's faceted rows are the rows every other filter lets through. TanStack rebuilds
 * them whenever any filter changes, including the column's own; these stay the same while
 * only the column's own filter changes, so typing in a range filter does not recount it.
 */
export function createOwnFilterFreeFacetedRowModel<TFeatures extends TableFeatures, TData extends RowData>() {
  const createStock = createFacetedRowModel<TFeatures, TData>();
  return (table: Table<TFeatures, TData>, columnId: string): (() => RowModel<TFeatures, TData>) => {
    const stock = createStock(table, columnId);
    const plain = table as unknown as PlainTable;
    /** What the rows were worked out from: the rows, and every filter but this column's, with its function. */
    let last: { pre: PlainRowModel; filters: unknown[]; model: RowModel<TFeatures, TData> } | undefined;
    return () => {
      const pre = plain.getPreFilteredRowModel();
      const filters: unknown[] = [plain.atoms.globalFilter?.get(), plain.getGlobalFilterFn()];
      for (const { id, value } of plain.atoms.columnFilters?.get() ?? []) {
        if (id !== columnId) filters.push(id, value, plain.getColumn(id)?.getFilterFn());
      }
      const same =
        last?.pre === pre &&
        last.filters.length === filters.length &&
        filters.every((entry, index) => entry === last?.filters[index]);
      if (same && last) return last.model;
      const model = stock();
      last = { pre, filters, model };
      return model;
    };
  };
}
