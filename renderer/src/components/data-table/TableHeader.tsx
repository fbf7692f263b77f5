import type { ColumnFiltersState, ReactTable, RowData } from '@tanstack/react-table';
import { ColumnFilter } from './ColumnFilter';
import type { LibraryTableFeatures } from './features';
import type { ColumnLayout } from './layout';

/** Column headings that sort when pressed (shift adds a column to the sort), each with its filter. */
export function TableHeader<T extends RowData, S>({
  table,
  layout,
  filters,
}: {
  table: ReactTable<LibraryTableFeatures, T, S>;
  layout: ColumnLayout;
  /** The filters as typed, which the table may not have applied yet. */
  filters: ColumnFiltersState;
}) {
  return (
    <div className="table-head" role="rowgroup">
      <div
        className="table-row header-row"
        role="row"
        aria-rowindex={1}
        style={{ gridTemplateColumns: layout.template, width: layout.rowWidth }}
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
              <ColumnFilter column={header.column} value={filters.find((filter) => filter.id === header.column.id)?.value} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
