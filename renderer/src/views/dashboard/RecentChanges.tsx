import { Link } from 'react-router';
import type { ChangeRecord, ObservationRecord } from '../../../../shared/domain/records';
import { StatusBadge } from '../../components/StatusBadge';
import { useObservationsById, type useStatusChanges } from '../../data/hooks';
import type { TargetStatusRow } from '../../data/library-rows';
import { itemPath } from '../../routes/paths';
import { describeObservationChange, statusCauseText } from './change-text';

type StatusChange = NonNullable<ReturnType<typeof useStatusChanges>>[number];

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function When({ at }: { at: string }) {
  return (
    <time className="change-when" dateTime={at}>
      {when.format(new Date(at))}
    </time>
  );
}

interface RecentChangesProps {
  targets: readonly TargetStatusRow[];
  statusChanges: readonly StatusChange[] | undefined;
  observationChanges: readonly ChangeRecord[] | undefined;
}

/** New and edited figures, and the status changes they caused, newest first, each linking to its target. */
export function RecentChanges({ targets, statusChanges, observationChanges }: RecentChangesProps) {
  const statement = new Map(targets.map((target) => [target.id, target.statement]));
  // The figures that caused the status changes listed, read by id rather than with every figure.
  const causes = useObservationsById(
    (statusChanges ?? []).filter((change) => change.causeKind === 'observation').map((change) => change.causeId),
  );
  // A figure since trashed is still named from the change that recorded it.
  const observations = new Map<string, ObservationRecord>();
  for (const change of observationChanges ?? []) {
    const record = (change.after ?? change.before) as ObservationRecord | null;
    if (record && !observations.has(record.id)) observations.set(record.id, record);
  }
  for (const observation of causes ?? []) observations.set(observation.id, observation);

  const targetLink = (targetId: string | null, fallback: { id: string }) =>
    targetId === null ? (
      <Link to={itemPath('observation', fallback.id)}>a figure no target owns</Link>
    ) : (
      <Link to={itemPath('target', targetId)}>{statement.get(targetId) ?? 'a target now in the trash'}</Link>
    );

  const figures = (observationChanges ?? []).flatMap((change) => describeObservationChange(change) ?? []);
  return (
    <section className="dashboard-panel" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent changes</h2>
      <h3 id="recent-figures-title">Figures added or edited</h3>
      {observationChanges === undefined ? (
        <p className="muted">Loading…</p>
      ) : figures.length === 0 ? (
        <p className="empty-state">No figures have been added or edited yet.</p>
      ) : (
        <ul className="change-list" aria-labelledby="recent-figures-title">
          {figures.map((entry) => (
            <li key={entry.key}>
              <span className="change-verb">{entry.verb}</span> <strong>{entry.valueText}</strong> ({entry.observation.year}) for{' '}
              {entry.observation.indicator}
              <div className="change-meta">
                {targetLink(entry.targetId, entry.observation)} · <When at={entry.at} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3 id="recent-statuses-title">Status changes</h3>
      {statusChanges === undefined ? (
        <p className="muted">Loading…</p>
      ) : statusChanges.length === 0 ? (
        <p className="empty-state">No target has changed status yet.</p>
      ) : (
        <ul className="change-list" aria-labelledby="recent-statuses-title">
          {statusChanges.map((change) => (
            <li key={change.seq ?? `${change.at}-${change.targetId}`}>
              <StatusBadge status={change.from} /> <span aria-hidden="true">→</span>
              <span className="visually-hidden">to</span> <StatusBadge status={change.to} />{' '}
              {targetLink(change.targetId, { id: change.causeId })}
              <div className="change-meta">
                {statusCauseText(change, observations)} · <When at={change.at} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
