import type { Column, RowData } from '@tanstack/react-table';
import type { LibraryTableFeatures } from './features';

const DEFAULT_WIDTH = 140;
/** A range filter needs room for two numbers side by side. */
const RANGE_FILTER_WIDTH = 116;
/** Two date inputs need more. */
const DATE_RANGE_FILTER_WIDTH = 236;

/** The grid geometry shared by the header and every row, so they always line up. */
export interface ColumnLayout {
  template: string;
  rowWidth: string;
}

export function columnLayout<T extends RowData>(columns: readonly Column<LibraryTableFeatures, T, unknown>[]): ColumnLayout {
  const widths = columns.map((column) => {
    const meta = column.columnDef.meta;
    const width = meta?.width ?? DEFAULT_WIDTH;
    if (meta?.filter === 'date-range') return Math.max(width, DATE_RANGE_FILTER_WIDTH);
    return meta?.filter === 'year-range' || meta?.filter === 'number-range' ? Math.max(width, RANGE_FILTER_WIDTH) : width;
  });
  // Fixed widths keep header and rows aligned; the last column takes any spare room.
  const template = widths
    .map((width, index) => (index === widths.length - 1 ? `minmax(${width}px, 1fr)` : `${width}px`))
    .join(' ');
  return { template, rowWidth: `max(100%, ${widths.reduce((sum, width) => sum + width, 0)}px)` };
}
