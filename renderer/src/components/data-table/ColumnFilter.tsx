import type { Column, RowData } from '@tanstack/react-table';
import { type FocusEvent, useMemo, useState } from 'react';
import type { DateRangeFilterValue, LibraryTableFeatures, RangeFilterValue } from './features';

type AnyColumn<T extends RowData> = Column<LibraryTableFeatures, T, unknown>;

interface FilterProps<T extends RowData> {
  column: AnyColumn<T>;
  /**
   * The filter as typed. The table may still be showing the rows of an earlier value (it
   * filters in a deferred render), so the controls show this one rather than the table's.
   */
  value: unknown;
}

/** The filter control for one column, chosen by the column's `meta.filter`. */
export function ColumnFilter<T extends RowData>({ column, value }: FilterProps<T>) {
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
          value={(value as string | undefined) ?? ''}
          onChange={(event) => column.setFilterValue(event.target.value)}
        />
      );
    case 'set':
      return <SetFilter column={column} label={label} chosen={(value as string[] | undefined) ?? []} />;
    case 'year-range':
    case 'number-range':
      return (
        <RangeFilter
          column={column}
          label={meta.label}
          range={(value as RangeFilterValue | undefined) ?? [null, null]}
          step={meta.filter === 'year-range' ? 1 : 'any'}
        />
      );
    case 'date-range':
      return (
        <DateRangeFilter column={column} label={meta.label} range={(value as DateRangeFilterValue | undefined) ?? [null, null]} />
      );
  }
}

const collator = new Intl.Collator();

/**
 * Each value with the number of rows that have it. Counted by hand rather than with faceted
 * unique values, because multi-valued columns (a policy's several issuers) must count each
 * value once per row, not the whole list.
 */
function countValues(rows: readonly { getValue: (id: string) => unknown }[], columnId: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = row.getValue(columnId);
    const values = Array.isArray(value) ? value : [value];
    for (const entry of values) {
      const key = String(entry ?? '');
      if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => collator.compare(a[0], b[0]));
}

/**
 * The values are counted only while the list is open: a closed list costs nothing when
 * another filter changes. Open, it counts again only when the rows the other filters let
 * through change (the faceted rows are kept while only this column's filter changes).
 */
function SetFilter<T extends RowData>({ column, label, chosen }: { column: AnyColumn<T>; label: string; chosen: string[] }) {
  const [open, setOpen] = useState(false);
  const facetRows = open ? column.getFacetedRowModel().flatRows : undefined;
  const options = useMemo(() => (facetRows ? countValues(facetRows, column.id) : []), [facetRows, column.id]);

  const toggle = (value: string) =>
    column.setFilterValue(chosen.includes(value) ? chosen.filter((entry) => entry !== value) : [...chosen, value]);

  return (
    <details className="set-filter" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={`${label}: ${chosen.length === 0 ? 'all values' : `${chosen.length} chosen`}`}>
        {chosen.length === 0 ? 'All' : `${chosen.length} chosen`}
      </summary>
      <div className="set-filter-options" role="group" aria-label={label}>
        {open && options.length === 0 && <p className="muted">No values</p>}
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

/** The smallest and largest number among the rows' values, as TanStack's faceted min/max. */
function boundsOf(rows: readonly { getValue: (id: string) => unknown }[], columnId: string): [number, number] | undefined {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const value = Number(row.getValue(columnId));
    if (Number.isNaN(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? [min, max] : undefined;
}

/**
 * The placeholders show the column's range. While the filter has the focus it is the range
 * among the rows the other filters let through (worked out then); otherwise it is the range
 * of all the rows, worked out once for the data, so other filters' keystrokes cost nothing here.
 */
function RangeFilter<T extends RowData>({
  column,
  label,
  range,
  step,
}: {
  column: AnyColumn<T>;
  label: string;
  range: RangeFilterValue;
  step: number | 'any';
}) {
  const [min, max] = range;
  const [focused, setFocused] = useState(false);
  const allRows = column.table.getPreFilteredRowModel().flatRows;
  const allBounds = useMemo(() => boundsOf(allRows, column.id), [allRows, column.id]);
  const bounds = focused ? column.getFacetedMinMaxValues() : allBounds;
  const parse = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text));
  return (
    <span
      className="range-filter"
      onFocus={() => setFocused(true)}
      onBlur={(event: FocusEvent<HTMLSpanElement>) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
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

function DateRangeFilter<T extends RowData>({
  column,
  label,
  range,
}: {
  column: AnyColumn<T>;
  label: string;
  range: DateRangeFilterValue;
}) {
  const [from, to] = range;
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
