import { type ColumnFiltersState, type ExpandedState, type Row, type RowData, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { ColumnFilter } from './ColumnFilter';
import { ColumnsMenu } from './ColumnsMenu';
import {
  FILTER_FN_OF,
  type LibraryColumnDef,
  type LibraryColumnMeta,
  libraryTableFeatures,
  type LibraryTableFeatures,
} from './features';
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
  onPrefsChange: (prefs: TablePrefs) => void;
  onOpen: (item: T) => void;
  toolbar?: ReactNode;
}

const ROW_HEIGHT = 36;
const DEFAULT_WIDTH = 140;

/**
 * A library table: sort by any column, filter per column and across columns, group, show,
 * hide and reorder columns, move through rows with the keyboard. Rows are virtualised so
 * the view stays smooth with 100,000 items.
 */
export function DataTable<T extends { id: string }>(props: DataTableProps<T>) {
  const { viewId, data, columns, noun, groupOptions, initialPrefs, onPrefsChange, onOpen } = props;
  const [sorting, setSorting] = useState(initialPrefs.sorting);
  const [columnVisibility, setColumnVisibility] = useState(initialPrefs.columnVisibility);
  const [columnOrder, setColumnOrder] = useState(initialPrefs.columnOrder);
  const [grouping, setGrouping] = useState(initialPrefs.grouping);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const [activeIndex, setActiveIndex] = useState(0);

  useEffect(() => {
    onPrefsChange({ sorting, columnVisibility, columnOrder, grouping });
  }, [sorting, columnVisibility, columnOrder, grouping, onPrefsChange]);

  const columnsWithFilters = useMemo(() => columns.map(withFilterFn), [columns]);
  const table = useTable({
    features: libraryTableFeatures,
    columns: columnsWithFilters,
    data: data as T[],
    getRowId: (row) => row.id,
    state: { sorting, columnVisibility, columnOrder, grouping, columnFilters, globalFilter, expanded },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    onColumnOrderChange: setColumnOrder,
    onGroupingChange: setGrouping,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setGlobalFilter,
    onExpandedChange: setExpanded,
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) => (column.columnDef.meta as LibraryColumnMeta | undefined)?.filter === 'text',
    groupedColumnMode: false,
    autoResetExpanded: false,
  });

  const rows = table.getRowModel().rows;
  const shown = table.getFilteredRowModel().rows.length;
  const leafShown =
    grouping.length === 0 ? shown : table.getFilteredRowModel().flatRows.filter((row) => !row.getIsGrouped()).length;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change identity; this component is not compiled with React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 10,
  });

  const current = Math.min(activeIndex, Math.max(rows.length - 1, 0));
  const rowDomId = (index: number) => `${viewId}-row-${index}`;
  const activate = (row: Row<LibraryTableFeatures, T>) => {
    if (row.getIsGrouped()) row.toggleExpanded();
    else onOpen(row.original);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
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
      virtualizer.scrollToIndex(next, { align: 'auto' });
    } else if (event.key === 'Enter' && rows[current]) {
      event.preventDefault();
      activate(rows[current]);
    }
  };

  const visibleColumns = table.getVisibleLeafColumns();
  const widths = visibleColumns.map((column) => column.columnDef.meta?.width ?? DEFAULT_WIDTH);
  // Fixed widths keep header and rows aligned; the last column takes any spare room.
  const template = widths
    .map((width, index) => (index === widths.length - 1 ? `minmax(${width}px, 1fr)` : `${width}px`))
    .join(' ');
  const rowWidth = `max(100%, ${widths.reduce((sum, width) => sum + width, 0)}px)`;

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
        <ColumnsMenu table={table} />
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
        <div className="table-head" role="rowgroup">
          <div
            className="table-row header-row"
            role="row"
            aria-rowindex={1}
            style={{ gridTemplateColumns: template, width: rowWidth }}
          >
            {table.getHeaderGroups()[0]?.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <div
                  key={header.id}
                  role="columnheader"
                  className={header.column.columnDef.meta?.numeric ? 'cell numeric' : 'cell'}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={header.column.getToggleSortingHandler()}
                    title="Sort (shift-click to add to the sort)"
                  >
                    <table.FlexRender header={header} />
                    <span aria-hidden="true" className="sort-mark">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                  <ColumnFilter column={header.column} />
                </div>
              );
            })}
          </div>
        </div>
        <div className="table-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {rows.length === 0 && (
            <p className="empty-state">
              {data.length === 0 ? `No ${noun.plural} yet.` : `No ${noun.plural} match these filters.`}
            </p>
          )}
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const isGroup = row.getIsGrouped();
            return (
              <div
                key={row.id}
                id={rowDomId(item.index)}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={item.index === current}
                aria-expanded={isGroup ? row.getIsExpanded() : undefined}
                className={`table-row${isGroup ? ' group-row' : ''}${item.index === current ? ' active' : ''}`}
                style={{
                  transform: `translateY(${item.start}px)`,
                  gridTemplateColumns: isGroup ? '1fr' : template,
                  width: rowWidth,
                }}
                onClick={() => setActiveIndex(item.index)}
                onDoubleClick={() => activate(row)}
              >
                {isGroup ? (
                  <GroupCell row={row} />
                ) : (
                  row.getVisibleCells().map((cell) => (
                    <div key={cell.id} role="gridcell" className={cell.column.columnDef.meta?.numeric ? 'cell numeric' : 'cell'}>
                      <table.FlexRender cell={cell} />
                    </div>
                  ))
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function GroupCell<T extends RowData>({ row }: { row: Row<LibraryTableFeatures, T> }) {
  const column = row.groupingColumnId ?? '';
  const value = row.groupingValue;
  const label = value === null || value === undefined || value === '' ? '(none)' : String(value);
  return (
    <div role="gridcell" className="cell group-cell">
      <button
        type="button"
        className="group-toggle"
        onClick={() => row.toggleExpanded()}
        aria-label={`${row.getIsExpanded() ? 'Collapse' : 'Expand'} ${label}`}
      >
        {row.getIsExpanded() ? '▾' : '▸'}
      </button>
      <strong>{label}</strong> <span className="muted">({row.getLeafRows().length})</span>
      <span className="visually-hidden">grouped by {column}</span>
    </div>
  );
}

/** Gives each column the filter function its kind of filter control drives. */
function withFilterFn<T extends RowData>(column: LibraryColumnDef<T>): LibraryColumnDef<T> {
  const filter = column.meta?.filter;
  return filter && !column.filterFn ? { ...column, filterFn: FILTER_FN_OF[filter] } : column;
}
