import { Link } from 'react-router';
import { ASSESSMENT_STATUS_LABELS } from '../../../../shared/assessment';
import { StatusBadge } from '../../components/StatusBadge';
import type { TargetStatusRow } from '../../data/library-rows';
import { itemPath } from '../../routes/paths';

/** A qualitative target shows the analyst's judgement, marked as the analyst's, rather than a bare "analyst's status". */
export function TargetStatusBadge({ target }: { target: TargetStatusRow }) {
  const analyst = target.status === 'qualitative' ? target.assessment.analyst : null;
  if (analyst) return <StatusBadge status={analyst.status} label={`${ASSESSMENT_STATUS_LABELS[analyst.status]} (analyst)`} />;
  return <StatusBadge status={target.status} />;
}

/** One target in a dashboard list: its status, statement (linking to its page), due year and why it has that status. */
export function TargetSummary({ target }: { target: TargetStatusRow }) {
  return (
    <li className="target-summary">
      <div className="target-summary-head">
        <TargetStatusBadge target={target} />
        <Link to={itemPath('target', target.id)}>{target.statement}</Link>
        <span className="target-due">{target.dueYear === null ? 'No due year' : `Due ${target.dueYear}`}</span>
      </div>
      <p className="target-explanation">{target.assessment.explanation}</p>
    </li>
  );
}
