import { useRecentObservationChanges, useStatusChanges, useTargetStatuses } from '../../data/hooks';
import { MostAtRiskList } from './MostAtRiskList';
import { RecentChanges } from './RecentChanges';
import { StatusMatrixTable } from './StatusMatrixTable';
import { StatusTargetList } from './StatusTargetList';

const RECENT = 20;

/** The app's home: how the targets stand, which are most at risk, and what changed lately. */
export function DashboardView() {
  // The targets and their stored statuses: the dashboard never reads every figure.
  const targets = useTargetStatuses();
  const statusChanges = useStatusChanges(RECENT);
  const observationChanges = useRecentObservationChanges(RECENT);
  if (!targets) return <p className="muted">Loading…</p>;
  return (
    <div className="dashboard">
      <header className="view-header">
        <h1>Dashboard</h1>
      </header>
      <StatusMatrixTable targets={targets} />
      <StatusTargetList targets={targets} />
      <div className="dashboard-columns">
        <MostAtRiskList targets={targets} />
        <RecentChanges targets={targets} statusChanges={statusChanges} observationChanges={observationChanges} />
      </div>
    </div>
  );
}
