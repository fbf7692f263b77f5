import type { ReactTable, Row, RowData } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type MouseEvent, memo, type RefObject, useEffect } from 'react';
import type { LibraryTableFeatures } from './features';
import type { ColumnLayout } from './layout';

export const ROW_HEIGHT = 36;

interface TableBodyProps<T extends RowData, S> {
  table: ReactTable<LibraryTableFeatures, T, S>;
  rows: Row<LibraryTableFeatures, T>[];
  layout: ColumnLayout;
  scrollRef: RefObject<HTMLDivElement | null>;
  activeIndex: number;
  rowDomId: (index: number) => string;
  emptyMessage: string;
  onActivate: (index: number) => void;
  onOpen: (row: Row<LibraryTableFeatures, T>) => void;
}

/**
 * The virtualised rows. The virtualizer lives here, not in the table, so scrolling
 * re-renders only the rows in view, never the header, filters or toolbar.
 */
export function TableBody<T extends RowData, S>(props: TableBodyProps<T, S>) {
  const { table, rows, layout, scrollRef, activeIndex, rowDomId, emptyMessage, onActivate, onOpen } = props;
  // The virtualizer's functions change identity; this component is not compiled with React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  });

  // Keyboard moves change the active row; keep it in view.
  useEffect(() => {
    if (rows.length > 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, rows.length, virtualizer]);

  return (
    <div className="table-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
      {rows.length === 0 && (
        <div role="row" className="empty-state">
          <div role="gridcell">{emptyMessage}</div>
        </div>
      )}
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <TableRow
            key={row.id}
            table={table}
            row={row}
            index={item.index}
            start={item.start}
            domId={rowDomId(item.index)}
            active={item.index === activeIndex}
            expanded={row.getIsExpanded()}
            layout={layout}
            onActivate={onActivate}
            onOpen={onOpen}
          />
        );
      })}
    </div>
  );
}

interface TableRowProps<T extends RowData, S> {
  table: ReactTable<LibraryTableFeatures, T, S>;
  row: Row<LibraryTableFeatures, T>;
  index: number;
  start: number;
  domId: string;
  active: boolean;
  /** Passed so a memoised group row re-renders when it opens or closes. */
  expanded: boolean;
  layout: ColumnLayout;
  onActivate: (index: number) => void;
  onOpen: (row: Row<LibraryTableFeatures, T>) => void;
}

function TableRowInner<T extends RowData, S>({
  table,
  row,
  index,
  start,
  domId,
  active,
  expanded,
  layout,
  onActivate,
  onOpen,
}: TableRowProps<T, S>) {
  const isGroup = row.getIsGrouped();
  return (
    <div
      id={domId}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      aria-expanded={isGroup ? expanded : undefined}
      className={`table-row${isGroup ? ' group-row' : ''}${active ? ' active' : ''}`}
      style={{
        transform: `translateY(${start}px)`,
        gridTemplateColumns: isGroup ? '1fr' : layout.template,
        width: layout.rowWidth,
      }}
      onClick={() => onActivate(index)}
      onDoubleClick={() => onOpen(row)}
    >
      {isGroup ? (
        <GroupCell row={row} />
      ) : (
        row.getVisibleCells().map((cell) => (
          <div
            key={cell.id}
            role="gridcell"
            className={cell.column.columnDef.meta?.numeric ? 'cell numeric' : 'cell'}
            onMouseEnter={showFullTextIfCut}
          >
            <table.FlexRender cell={cell} />
          </div>
        ))
      )}
    </div>
  );
}

/** A row re-renders only when its data, position, activity or the columns change. */
const TableRow = memo(TableRowInner) as typeof TableRowInner;

function GroupCell<T extends RowData>({ row }: { row: Row<LibraryTableFeatures, T> }) {
  const value = row.groupingValue;
  const label = value === null || value === undefined || value === '' ? '(none)' : String(value);
  return (
    <div role="gridcell" className="cell group-cell">
      <button
        type="button"
        className="group-toggle"
        onClick={(event) => {
          event.stopPropagation();
          row.toggleExpanded();
        }}
        aria-label={`${row.getIsExpanded() ? 'Collapse' : 'Expand'} ${label}`}
      >
        {row.getIsExpanded() ? '▾' : '▸'}
      </button>
      <strong>{label}</strong> <span className="muted">({row.getLeafRows().length})</span>
    </div>
  );
}

/** A cut-off cell shows its whole text as a tooltip. */
function showFullTextIfCut(event: MouseEvent<HTMLDivElement>) {
  const cell = event.currentTarget;
  cell.title = cell.scrollWidth > cell.clientWidth ? (cell.textContent ?? '') : '';
}
