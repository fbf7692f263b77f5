import { useLibraryRows } from '../../data/hooks';
import {
  defaultPrefs,
  observationColumns,
  observationGroups,
  organisationColumns,
  organisationGroups,
  planColumns,
  planGroups,
  policyColumns,
  policyGroups,
  targetColumns,
  targetGroups,
} from './columns';
import { LibraryTableView } from './LibraryTableView';

/** The five library views, each over the rows of its kind. */
export function PoliciesView() {
  const rows = useLibraryRows();
  if (!rows) return <p className="muted">Loading…</p>;
  return (
    <LibraryTableView
      kind="policy"
      rows={rows.policies}
      columns={policyColumns}
      groups={policyGroups}
      defaults={defaultPrefs.policies!}
    />
  );
}

export function PlansView() {
  const rows = useLibraryRows();
  if (!rows) return <p className="muted">Loading…</p>;
  return (
    <LibraryTableView kind="plan" rows={rows.plans} columns={planColumns} groups={planGroups} defaults={defaultPrefs.plans!} />
  );
}

export function TargetsView() {
  const rows = useLibraryRows();
  if (!rows) return <p className="muted">Loading…</p>;
  return (
    <LibraryTableView
      kind="target"
      rows={rows.targets}
      columns={targetColumns}
      groups={targetGroups}
      defaults={defaultPrefs.targets!}
    />
  );
}

export function ObservationsView() {
  const rows = useLibraryRows();
  if (!rows) return <p className="muted">Loading…</p>;
  return (
    <LibraryTableView
      kind="observation"
      rows={rows.observations}
      columns={observationColumns}
      groups={observationGroups}
      defaults={defaultPrefs.observations!}
    />
  );
}

export function OrganisationsView() {
  const rows = useLibraryRows();
  if (!rows) return <p className="muted">Loading…</p>;
  return (
    <LibraryTableView
      kind="organisation"
      rows={rows.organisations}
      columns={organisationColumns}
      groups={organisationGroups}
      defaults={defaultPrefs.organisations!}
    />
  );
}
