import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { GroupOption } from '../../components/data-table/DataTable';
import type { LibraryTableFeatures } from '../../components/data-table/features';
import type { TablePrefs } from '../../components/data-table/table-prefs';
import { TagChip } from '../tags/TagChip';
import { annotationPath } from './paths';
import { CheckCell } from './selection';
import type { WorkspaceRow } from './workspace-rows';

/**
 * The workspace's columns. Quote, comment and item are free text (and searched by the global
 * filter); tags, kind, author and passage are sets; the date filters by a range of days.
 */
const column = createColumnHelper<LibraryTableFeatures, WorkspaceRow>();

export const workspaceColumns = column.columns([
  column.display({
    id: 'check',
    header: () => <span title="Check rows to export only those">Export</span>,
    cell: ({ row }) => (
      <CheckCell id={row.original.id} label={row.original.quote || row.original.comment || row.original.itemTitle} />
    ),
    enableSorting: false,
    enableHiding: false,
    meta: { label: 'Check for export', width: 64 },
  }),
  column.accessor('quote', {
    header: 'Quote',
    cell: ({ row }) => (row.original.quote ? `“${row.original.quote}”` : <span className="muted">Note on the item</span>),
    meta: { label: 'Quote', filter: 'text', width: 240 },
  }),
  column.accessor('comment', { header: 'Comment', meta: { label: 'Comment', filter: 'text', width: 240 } }),
  column.accessor('tagNames', {
    header: 'Tags',
    cell: ({ row }) => (
      <span className="tag-labels">
        {row.original.tags.map((tag) => (
          <TagChip key={tag.id} name={tag.name} color={tag.color} />
        ))}
      </span>
    ),
    getGroupingValue: (row) => row.tagNames[0] ?? '(no tag)',
    sortFn: (a, b) => a.original.tagNames.join(', ').localeCompare(b.original.tagNames.join(', ')),
    meta: { label: 'Tags', filter: 'set', width: 210 },
  }),
  column.accessor('itemTitle', {
    header: 'Item',
    cell: ({ row }) => {
      const { annotation, itemTitle, itemKindLabel } = row.original;
      return (
        <Link to={annotationPath(annotation.itemKind, annotation.itemId, annotation.id)} title="Open the passage">
          <span className="kind-tag">{itemKindLabel}</span> {itemTitle}
        </Link>
      );
    },
    meta: { label: 'Item', filter: 'text', width: 260 },
  }),
  column.accessor('itemKindLabel', { header: 'Item kind', meta: { label: 'Item kind', filter: 'set', width: 110 } }),
  column.accessor('author', { header: 'Author', meta: { label: 'Author', filter: 'set', width: 120 } }),
  column.accessor('created', { header: 'Created', meta: { label: 'Created', filter: 'date-range', width: 150 } }),
  column.accessor('passage', { header: 'Passage', meta: { label: 'Passage', filter: 'set', width: 110 } }),
]);

export const workspaceGroups: GroupOption[] = [
  { columnId: 'itemTitle', label: 'Item' },
  { columnId: 'itemKindLabel', label: 'Item kind' },
  { columnId: 'tagNames', label: 'First tag' },
  { columnId: 'author', label: 'Author' },
];

export const workspaceDefaults: TablePrefs = {
  columnVisibility: {},
  columnOrder: [],
  sorting: [{ id: 'created', desc: true }],
  grouping: [],
};
