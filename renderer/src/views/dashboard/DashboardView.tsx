import { useLibraryRows, useRecentObservationChanges, useStatusChanges } from '../../data/hooks';
import { MostAtRiskList } from './MostAtRiskList';
import { RecentChanges } from './RecentChanges';
import { StatusMatrixTable } from './StatusMatrixTable';
import { StatusTargetList } from './StatusTargetList';

const RECENT = 20;

/** The app's home: how the targets stand, which are most at risk, and what changed lately. */
export function DashboardView() {
  const rows = useLibraryRows();
  const statusChanges = useStatusChanges(RECENT);
  const observationChanges = useRecentObservationChanges(RECENT);
  if (!rows) return <p className="muted">Loading…</p>;
  return (
    <div className="dashboard">
      <header className="view-header">
        <h1>Dashboard</h1>
      </header>
      <StatusMatrixTable targets={rows.targets} />
      <StatusTargetList targets={rows.targets} />
      <div className="dashboard-columns">
        <MostAtRiskList targets={rows.targets} />
        <RecentChanges rows={rows} statusChanges={statusChanges} observationChanges={observationChanges} />
      </div>
    </div>
  );
}
