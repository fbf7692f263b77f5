import type { Column, RowData } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { DateRangeFilterValue, LibraryTableFeatures, RangeFilterValue } from './features';

type AnyColumn<T extends RowData> = Column<LibraryTableFeatures, T, unknown>;

/** The filter control for one column, chosen by the column's `meta.filter`. */
export function ColumnFilter<T extends RowData>({ column }: { column: AnyColumn<T> }) {
  const meta = column.columnDef.meta;
  if (!meta?.filter) return null;
  const label = `Filter ${meta.label}`;
  switch (meta.filter) {
    case 'text':
      return (
        <input
          type="search"
          className="column-filter"
          aria-label={label}
          placeholder="Filter…"
          value={(column.getFilterValue() as string | undefined) ?? ''}
          onChange={(event) => column.setFilterValue(event.target.value)}
        />
      );
    case 'set':
      return <SetFilter column={column} label={label} />;
    case 'year-range':
    case 'number-range':
      return <RangeFilter column={column} label={meta.label} step={meta.filter === 'year-range' ? 1 : 'any'} />;
    case 'date-range':
      return <DateRangeFilter column={column} label={meta.label} />;
  }
}

function SetFilter<T extends RowData>({ column, label }: { column: AnyColumn<T>; label: string }) {
  const chosen = (column.getFilterValue() as string[] | undefined) ?? [];
  const facetRows = column.getFacetedRowModel().flatRows;
  // Counted by hand rather than with faceted unique values, because multi-valued columns
  // (a policy's several issuers) must count each value once per row, not the whole list.
  const options = useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of facetRows) {
      const value = row.getValue(column.id);
      const values = Array.isArray(value) ? value : [value];
      for (const entry of values) {
        const key = String(entry ?? '');
        if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    return [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [facetRows, column.id]);

  const toggle = (value: string) =>
    column.setFilterValue(chosen.includes(value) ? chosen.filter((entry) => entry !== value) : [...chosen, value]);

  return (
    <details className="set-filter">
      <summary aria-label={`${label}: ${chosen.length === 0 ? 'all values' : `${chosen.length} chosen`}`}>
        {chosen.length === 0 ? 'All' : `${chosen.length} chosen`}
      </summary>
      <div className="set-filter-options" role="group" aria-label={label}>
        {options.length === 0 && <p className="muted">No values</p>}
        {options.map(([value, count]) => (
          <label key={value}>
            <input type="checkbox" checked={chosen.includes(value)} onChange={() => toggle(value)} />
            <span>{value}</span> <span className="muted">({count})</span>
          </label>
        ))}
        {chosen.length > 0 && (
          <button type="button" className="link-button" onClick={() => column.setFilterValue(undefined)}>
            Clear
          </button>
        )}
      </div>
    </details>
  );
}

function RangeFilter<T extends RowData>({ column, label, step }: { column: AnyColumn<T>; label: string; step: number | 'any' }) {
  const [min, max] = (column.getFilterValue() as RangeFilterValue | undefined) ?? [null, null];
  const bounds = column.getFacetedMinMaxValues();
  const parse = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text));
  return (
    <span className="range-filter">
      <input
        type="number"
        step={step}
        aria-label={`${label} from`}
        placeholder={bounds ? String(bounds[0]) : 'from'}
        value={min ?? ''}
        onChange={(event) => column.setFilterValue([parse(event.target.value), max] satisfies RangeFilterValue)}
      />
      <input
        type="number"
        step={step}
        aria-label={`${label} to`}
        placeholder={bounds ? String(bounds[1]) : 'to'}
        value={max ?? ''}
        onChange={(event) => column.setFilterValue([min, parse(event.target.value)] satisfies RangeFilterValue)}
      />
    </span>
  );
}

function DateRangeFilter<T extends RowData>({ column, label }: { column: AnyColumn<T>; label: string }) {
  const [from, to] = (column.getFilterValue() as DateRangeFilterValue | undefined) ?? [null, null];
  // A date input gives "" when cleared and YYYY-MM-DD otherwise.
  const day = (text: string) => (text === '' ? null : text);
  return (
    <span className="range-filter date-range-filter">
      <input
        type="date"
        aria-label={`${label} from`}
        value={from ?? ''}
        onChange={(event) => column.setFilterValue([day(event.target.value), to] satisfies DateRangeFilterValue)}
      />
      <input
        type="date"
        aria-label={`${label} to`}
        value={to ?? ''}
        onChange={(event) => column.setFilterValue([from, day(event.target.value)] satisfies DateRangeFilterValue)}
      />
    </span>
  );
}
