import {
  type ColumnDef,
  type RowData,
  columnFacetingFeature,
  columnFilteringFeature,
  columnGroupingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  constructFilterFn,
  createExpandedRowModel,
  createFacetedMinMaxValues,
  createFacetedUniqueValues,
  createGroupedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  metaHelper,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import { createIncrementalFilteredRowModel, createOwnFilterFreeFacetedRowModel, createPresortedRowModel } from './row-models';

/** How a column is filtered; the filter control in its header follows from it. */
export type FilterKind = 'text' | 'set' | 'year-range' | 'number-range' | 'date-range';

export interface LibraryColumnMeta {
  /** The column's name in menus and filter labels. */
  label: string;
  filter?: FilterKind;
  /** Numbers align to the end so digits line up. */
  numeric?: boolean;
  /** The column's width in pixels; the last visible column also takes any spare room. */
  width?: number;
}

export type RangeFilterValue = [number | null, number | null];
/** Calendar days as YYYY-MM-DD, either end open. */
export type DateRangeFilterValue = [string | null, string | null];

/** Keeps rows whose value lies in [min, max]; an empty row value never matches a set range. */
const inRange = constructFilterFn({
  filter: (value: unknown, range: RangeFilterValue) => {
    const [min, max] = range;
    if (typeof value !== 'number') return false;
    return (min === null || value >= min) && (max === null || value <= max);
  },
  autoRemove: (range: RangeFilterValue | undefined) => !range || (range[0] === null && range[1] === null),
});

/**
 * Keeps rows whose date falls on or between the chosen days. The value is an ISO date or
 * date-time in the analyst's local time; comparing its first ten characters compares days.
 */
const inDateRange = constructFilterFn({
  filter: (value: unknown, range: DateRangeFilterValue) => {
    const [from, to] = range;
    if (typeof value !== 'string' || value.length < 10) return false;
    const day = value.slice(0, 10);
    return (from === null || day >= from) && (to === null || day <= to);
  },
  autoRemove: (range: DateRangeFilterValue | undefined) => !range || (range[0] === null && range[1] === null),
});

/** Keeps rows whose value, or any of whose values, is among the chosen ones. */
const inSet = constructFilterFn({
  filter: (value: unknown, chosen: string[]) => {
    const values = Array.isArray(value) ? value : [value];
    return values.some((entry) => chosen.includes(String(entry ?? '')));
  },
  autoRemove: (chosen: string[] | undefined) => !chosen || chosen.length === 0,
});

/**
 * The one feature set every library table uses. Substring matching (not word matching) is
 * deliberate: it finds a Chinese word inside a longer run of Chinese characters.
 */
export const libraryTableFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  columnFacetingFeature,
  rowSortingFeature,
  columnGroupingFeature,
  rowExpandingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  filteredRowModel: createIncrementalFilteredRowModel(),
  sortedRowModel: createPresortedRowModel(),
  groupedRowModel: createGroupedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  facetedRowModel: createOwnFilterFreeFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
  facetedMinMaxValues: createFacetedMinMaxValues(),
  filterFns: { includesString: filterFn_includesString, inRange, inDateRange, inSet },
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  columnMeta: metaHelper<LibraryColumnMeta>(),
});

export type LibraryTableFeatures = typeof libraryTableFeatures;

/** The filter function each kind of filter control drives. */
export const FILTER_FN_OF: Record<FilterKind, 'includesString' | 'inRange' | 'inDateRange' | 'inSet'> = {
  text: 'includesString',
  set: 'inSet',
  'year-range': 'inRange',
  'number-range': 'inRange',
  'date-range': 'inDateRange',
};

/**
 * A column of a library table. Columns of one table hold different value types (text,
 * numbers, lists), so the value type is left open here, as TanStack's own examples do.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- heterogeneous accessor values
export type LibraryColumnDef<T extends RowData> = ColumnDef<LibraryTableFeatures, T, any>;
