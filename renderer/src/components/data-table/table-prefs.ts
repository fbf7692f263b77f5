import type { ColumnOrderState, ColumnVisibilityState, GroupingState, SortingState } from '@tanstack/react-table';
import { z } from 'zod';

/** What a view remembers between sessions. Filters are left out on purpose: they are per task. */
export interface TablePrefs {
  columnVisibility: ColumnVisibilityState;
  columnOrder: ColumnOrderState;
  sorting: SortingState;
  grouping: GroupingState;
}

export const tablePrefsSchema = z.object({
  columnVisibility: z.record(z.string(), z.boolean()).default({}),
  columnOrder: z.array(z.string()).default([]),
  sorting: z.array(z.object({ id: z.string(), desc: z.boolean() })).default([]),
  grouping: z.array(z.string()).default([]),
});

export const EMPTY_PREFS: TablePrefs = { columnVisibility: {}, columnOrder: [], sorting: [], grouping: [] };
