import { type ColumnFiltersState, type ExpandedState, type Row, type RowData, useTable } from '@tanstack/react-table';
import { type KeyboardEvent, type ReactNode, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ColumnsMenu } from './ColumnsMenu';
import { columnLayout } from './layout';
import { ROW_HEIGHT, TableBody } from './TableBody';
import { TableHeader } from './TableHeader';
import {
  FILTER_FN_OF,
  type LibraryColumnDef,
  type LibraryColumnMeta,
  libraryTableFeatures,
  type LibraryTableFeatures,
} from './features';
import { createGlobalSearch } from './global-search';
import type { TablePrefs } from './table-prefs';

export interface GroupOption {
  columnId: string;
  label: string;
}

export interface DataTableProps<T extends { id: string }> {
  /** Names the view; used for element ids and remembered preferences. */
  viewId: string;
  data: readonly T[];
  columns: LibraryColumnDef<T>[];
  noun: { singular: string; plural: string };
  groupOptions: readonly GroupOption[];
  initialPrefs: TablePrefs;
  /** What "Reset columns" returns to. */
  defaultPrefs: TablePrefs;
  onPrefsChange: (prefs: TablePrefs) => void;
  onOpen: (item: T) => void;
  toolbar?: ReactNode;
  /** Told the rows the filters let through, in the order shown, whenever they change (an export of what is shown). */
  onShownRowsChange?: (rows: readonly T[]) => void;
}

/**
 * A library table: sort by any column, filter per column and across columns, group, show,
 * hide and reorder columns, move through rows with the keyboard. Rows are virtualised so
 * the view stays smooth with 100,000 items.
 */
export function DataTable<T extends { id: string }>(props: DataTableProps<T>) {
  const { viewId, data, columns, noun, groupOptions, initialPrefs, defaultPrefs, onPrefsChange, onOpen } = props;
  const [sorting, setSorting] = useState(initialPrefs.sorting);
  const [columnVisibility, setColumnVisibility] = useState(initialPrefs.columnVisibility);
  const [columnOrder, setColumnOrder] = useState(initialPrefs.columnOrder);
  const [grouping, setGrouping] = useState(initialPrefs.grouping);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const [activeIndex, setActiveIndex] = useState(0);

  // The inputs show each keystroke at once; the table filters in a deferred render, which a
  // newer keystroke replaces, so typing stays responsive with 100,000 rows.
  const appliedFilters = useDeferredValue(columnFilters);
  const appliedGlobalFilter = useDeferredValue(globalFilter);

  useEffect(() => {
    onPrefsChange({ sorting, columnVisibility, columnOrder, grouping });
  }, [sorting, columnVisibility, columnOrder, grouping, onPrefsChange]);

  // The search keeps each row's lower-cased texts, so it is made anew with the columns.
  const { columnsWithFilters, globalSearch } = useMemo(
    () => ({ columnsWithFilters: columns.map(withFilterFn), globalSearch: createGlobalSearch<LibraryTableFeatures, T>() }),
    [columns],
  );
  const table = useTable({
    features: libraryTableFeatures,
    columns: columnsWithFilters,
    data: data as T[],
    getRowId: (row) => row.id,
    state: {
      sorting,
      columnVisibility,
      columnOrder,
      grouping,
      columnFilters: appliedFilters,
      globalFilter: appliedGlobalFilter,
      expanded,
    },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    onColumnOrderChange: setColumnOrder,
    onGroupingChange: setGrouping,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setGlobalFilter,
    onExpandedChange: setExpanded,
    globalFilterFn: globalSearch,
    getColumnCanGlobalFilter: (column) => (column.columnDef.meta as LibraryColumnMeta | undefined)?.filter === 'text',
    groupedColumnMode: false,
    autoResetExpanded: false,
  });

  const rows = table.getRowModel().rows;
  const filteredModel = table.getFilteredRowModel();
  // The sorted model is memoised, so this changes only when filters, sorting or data do.
  const sortedModel = table.getSortedRowModel();
  const { onShownRowsChange } = props;
  const shownRows = useMemo(
    () => (onShownRowsChange ? sortedModel.flatRows.filter((row) => !row.getIsGrouped()).map((row) => row.original) : []),
    [sortedModel, onShownRowsChange],
  );
  useEffect(() => onShownRowsChange?.(shownRows), [shownRows, onShownRowsChange]);
  const leafShown = useMemo(
    () =>
      grouping.length === 0 ? filteredModel.rows.length : filteredModel.flatRows.filter((row) => !row.getIsGrouped()).length,
    [filteredModel, grouping.length],
  );
  const scrollRef = useRef<HTMLDivElement>(null);

  const current = Math.min(activeIndex, Math.max(rows.length - 1, 0));
  const rowDomId = (index: number) => `${viewId}-row-${index}`;
  const open = useCallback(
    (row: Row<LibraryTableFeatures, T>) => {
      if (row.getIsGrouped()) row.toggleExpanded();
      else onOpen(row.original);
    },
    [onOpen],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed into the header's sort buttons and filters belong to them, not to row navigation.
    if (event.target !== event.currentTarget) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, moves[event.key] ?? current));
      setActiveIndex(next);
    } else if (event.key === 'Enter' && rows[current]) {
      event.preventDefault();
      open(rows[current]);
    }
  };

  const layout = columnLayout(table.getVisibleLeafColumns());

  return (
    <div className="data-table">
      <div className="table-toolbar">
        <input
          type="search"
          className="global-filter"
          aria-label={`Search ${noun.plural}`}
          placeholder={`Search ${noun.plural}…`}
          value={globalFilter}
          onChange={(event) => setGlobalFilter(event.target.value)}
        />
        <label className="group-by">
          Group by{' '}
          <select value={grouping[0] ?? ''} onChange={(event) => setGrouping(event.target.value ? [event.target.value] : [])}>
            <option value="">Nothing</option>
            {groupOptions.map((option) => (
              <option key={option.columnId} value={option.columnId}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <ColumnsMenu
          table={table}
          onReset={() => {
            setColumnOrder(defaultPrefs.columnOrder);
            setColumnVisibility(defaultPrefs.columnVisibility);
          }}
        />
        {(columnFilters.length > 0 || globalFilter !== '') && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setColumnFilters([]);
              setGlobalFilter('');
            }}
          >
            Clear filters
          </button>
        )}
        <span className="row-count" role="status" data-testid="row-count">
          {leafShown === data.length
            ? `${data.length.toLocaleString('en')} ${data.length === 1 ? noun.singular : noun.plural}`
            : `${leafShown.toLocaleString('en')} of ${data.length.toLocaleString('en')} ${noun.plural}`}
        </span>
        {props.toolbar}
      </div>
      <div
        ref={scrollRef}
        className="table-scroll"
        role="grid"
        aria-label={noun.plural}
        aria-rowcount={rows.length + 1}
        aria-activedescendant={rows.length > 0 ? rowDomId(current) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <TableHeader table={table} layout={layout} filters={columnFilters} />
        <TableBody
          table={table}
          rows={rows}
          layout={layout}
          scrollRef={scrollRef}
          activeIndex={current}
          rowDomId={rowDomId}
          emptyMessage={data.length === 0 ? `No ${noun.plural} yet.` : `No ${noun.plural} match these filters.`}
          onActivate={setActiveIndex}
          onOpen={open}
        />
      </div>
    </div>
  );
}

/** Gives each column the filter function its kind of filter control drives. */
function withFilterFn<T extends RowData>(column: LibraryColumnDef<T>): LibraryColumnDef<T> {
  const filter = column.meta?.filter;
  return filter && !column.filterFn ? { ...column, filterFn: FILTER_FN_OF[filter] } : column;
}
