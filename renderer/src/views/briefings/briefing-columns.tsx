import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { BriefingRecord } from '../../../../shared/domain/records';
import type { GroupOption } from '../../components/data-table/DataTable';
import type { LibraryTableFeatures } from '../../components/data-table/features';
import type { TablePrefs } from '../../components/data-table/table-prefs';
import { briefingPath } from './paths';

export interface BriefingRowActions {
  duplicate: (briefing: BriefingRecord) => void;
  trash: (briefing: BriefingRecord) => void;
}

const formatChanged = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const column = createColumnHelper<LibraryTableFeatures, BriefingRecord>();

/** The columns of the briefings table; the last holds each row's actions. */
export function briefingColumns(rowActions: BriefingRowActions) {
  return column.columns([
    column.accessor('title', {
      header: 'Title',
      // A link as well as Enter and double-click: the obvious way in for a mouse user.
      cell: ({ row }) => <Link to={briefingPath(row.original.id)}>{row.original.title}</Link>,
      meta: { label: 'Title', filter: 'text', width: 260 },
    }),
    column.accessor('audience', { header: 'Audience', meta: { label: 'Audience', filter: 'text', width: 160 } }),
    column.accessor('date', { header: 'Date', meta: { label: 'Date', filter: 'text', width: 110 } }),
    column.accessor('marking', { header: 'Marking', meta: { label: 'Marking', filter: 'set', width: 120 } }),
    column.accessor((row) => row.sections.length, {
      id: 'sections',
      header: 'Sections',
      meta: { label: 'Sections', filter: 'number-range', width: 100, numeric: true },
    }),
    column.accessor('updatedAt', {
      header: 'Last changed',
      cell: (info) => formatChanged(info.getValue()),
      meta: { label: 'Last changed', width: 170 },
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      enableHiding: false,
      cell: ({ row }) => (
        // Double-clicking a button must not also open the row.
        <span className="row-actions" onDoubleClick={(event) => event.stopPropagation()}>
          <button type="button" className="button small" onClick={() => rowActions.duplicate(row.original)}>
            Duplicate
          </button>{' '}
          <button type="button" className="button small danger" onClick={() => rowActions.trash(row.original)}>
            Move to trash
          </button>
        </span>
      ),
      meta: { label: 'Actions', width: 190 },
    }),
  ]);
}

export const briefingGroups: GroupOption[] = [
  { columnId: 'audience', label: 'Audience' },
  { columnId: 'marking', label: 'Marking' },
];

export const defaultBriefingPrefs: TablePrefs = {
  columnVisibility: {},
  columnOrder: [],
  sorting: [{ id: 'updatedAt', desc: true }],
  grouping: [],
};
