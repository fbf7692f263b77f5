import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ASSESSMENT_STATUS_LABELS, ASSESSMENT_STATUSES, type AssessmentStatus } from '../../../../shared/assessment';
import type { TargetStatusRow } from '../../data/library-rows';
import { dueYearMatches, NO_DUE_YEAR } from './status-matrix';
import { TargetSummary } from './TargetSummary';

/** Long lists are shown a page at a time, so a status held by thousands of targets stays quick to open. */
const PAGE = 100;

const isStatus = (value: string | null): value is AssessmentStatus =>
  value !== null && (ASSESSMENT_STATUSES as readonly string[]).includes(value);

function dueLabel(key: string) {
  return key === NO_DUE_YEAR ? 'with no due year' : `due ${key.replace('-', '–')}`;
}

/** The targets behind one count of the status table, named in the URL (?status=…&due=…). */
export function StatusTargetList({ targets }: { targets: readonly TargetStatusRow[] }) {
  const [params] = useSearchParams();
  const status = params.get('status');
  const due = params.get('due');
  if (!isStatus(status)) return null;
  // Keyed, so opening another count starts a fresh list (first page, focus on its heading).
  return <ChosenTargets key={`${status}/${due ?? ''}`} targets={targets} status={status} due={due} />;
}

function ChosenTargets({
  targets,
  status,
  due,
}: {
  targets: readonly TargetStatusRow[];
  status: AssessmentStatus;
  due: string | null;
}) {
  const [shown, setShown] = useState(PAGE);
  const heading = useRef<HTMLHeadingElement>(null);

  // Moving focus to the list tells keyboard and screen-reader users that the count they chose opened it.
  useEffect(() => heading.current?.focus(), []);

  const chosen = targets
    .filter((target) => target.status === status && (due === null || dueYearMatches(target.dueYear, due)))
    .sort((a, b) => (a.dueYear ?? Infinity) - (b.dueYear ?? Infinity) || a.statement.localeCompare(b.statement));
  const title = `${ASSESSMENT_STATUS_LABELS[status]}${due === null ? '' : `, ${dueLabel(due)}`}`;

  return (
    <section className="dashboard-panel status-list" aria-labelledby="status-list-title">
      <div className="panel-header">
        <h2 id="status-list-title" ref={heading} tabIndex={-1}>
          Targets: {title} ({chosen.length})
        </h2>
        <Link to="/">Close list</Link>
      </div>
      {chosen.length === 0 ? (
        <p className="empty-state">No targets have this status now.</p>
      ) : (
        <ul className="target-list">
          {chosen.slice(0, shown).map((target) => (
            <TargetSummary key={target.id} target={target} />
          ))}
        </ul>
      )}
      {chosen.length > shown && (
        <button type="button" className="button" onClick={() => setShown(chosen.length)}>
          Show all {chosen.length.toLocaleString('en')}
        </button>
      )}
    </section>
  );
}
