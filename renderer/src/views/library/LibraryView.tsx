import type { ItemKind } from '../../../../shared/domain/entities';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import type { GroupOption } from '../../components/data-table/DataTable';
import type { LibraryColumnDef } from '../../components/data-table/features';
import type { TablePrefs } from '../../components/data-table/table-prefs';
import { type LibraryTable, useTableRows } from '../../data/hooks';
import * as columns from './columns';
import { LibraryTableView } from './LibraryTableView';

interface ViewConfig {
  columns: LibraryColumnDef<{ id: string }>[];
  groups: GroupOption[];
  defaults: TablePrefs;
}

// Each kind's rows and columns share a row type; the map loses that link, so it is cast once here.
const VIEWS = {
  policy: { columns: columns.policyColumns, groups: columns.policyGroups, defaults: columns.defaultPrefs.policies },
  plan: { columns: columns.planColumns, groups: columns.planGroups, defaults: columns.defaultPrefs.plans },
  target: { columns: columns.targetColumns, groups: columns.targetGroups, defaults: columns.defaultPrefs.targets },
  observation: {
    columns: columns.observationColumns,
    groups: columns.observationGroups,
    defaults: columns.defaultPrefs.observations,
  },
  organisation: {
    columns: columns.organisationColumns,
    groups: columns.organisationGroups,
    defaults: columns.defaultPrefs.organisations,
  },
} as unknown as Record<ItemKind, ViewConfig>;

/** The library view of one kind of item. */
export function LibraryView({ kind }: { kind: ItemKind }) {
  const rows = useTableRows(itemKinds[kind].collection as LibraryTable);
  if (!rows) return <p className="muted">Loading…</p>;
  const view = VIEWS[kind];
  return <LibraryTableView kind={kind} rows={rows} columns={view.columns} groups={view.groups} defaults={view.defaults} />;
}
