import { ASSESSMENT_STATUS_LABELS, type AssessmentStatus } from '../../../shared/assessment';

/**
 * Each status has a symbol as well as a colour, so it reads in greyscale print and for
 * readers who do not tell the colours apart.
 */
export const STATUS_SYMBOLS: Record<AssessmentStatus, string> = {
  met: '✔',
  'on-track': '▲',
  'needs-acceleration': '◆',
  stagnating: '▼',
  missed: '✖',
  'not-enough-data': '○',
  qualitative: '✎',
};

/** Most at risk first: the order dashboards and sorted tables use. */
export const STATUS_RISK_ORDER: readonly AssessmentStatus[] = [
  'missed',
  'stagnating',
  'needs-acceleration',
  'not-enough-data',
  'qualitative',
  'on-track',
  'met',
];

export function StatusBadge({ status, label }: { status: AssessmentStatus; label?: string }) {
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true" className="status-symbol">
        {STATUS_SYMBOLS[status]}
      </span>{' '}
      {label ?? ASSESSMENT_STATUS_LABELS[status]}
    </span>
  );
}
