import type { Assessment } from '../../../../shared/assessment';
import { StatusBadge } from '../../components/StatusBadge';

/** A target's status with the sentence that justifies it, and every departure from the plain method. */
export function TargetProgress({ assessment }: { assessment: Assessment }) {
  return (
    <section className="target-progress" aria-label="Progress">
      <h2>Progress</h2>
      <p className="status-line">
        <StatusBadge status={assessment.status} /> <span data-testid="status-explanation">{assessment.explanation}</span>
      </p>
      {assessment.notes.length > 0 && (
        <ul className="assessment-notes">
          {assessment.notes.map((note) => (
            <li key={note.code}>{note.text}</li>
          ))}
        </ul>
      )}
      <p className="muted method-note">
        {assessment.method === 'cagr'
          ? 'Judged by the UN SDG Progress Chart method: compound annual growth since the baseline, projected to the due year.'
          : assessment.method === 'linear'
            ? 'Judged by the UN SDG Progress Chart method with a straight-line projection, as the method allows when compound growth does not apply.'
            : assessment.method === 'analyst'
              ? "A qualitative target: the status is the analyst's, resting on the linked evidence."
              : assessment.method === 'latest-value'
                ? 'Judged by the latest figure against the target.'
                : ''}
      </p>
    </section>
  );
}
