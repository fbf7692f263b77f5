import type { ReactNode } from 'react';
import { ASSESSMENT_STATUS_LABELS, type AssessmentStatus } from '../../../../../shared/assessment';

/**
 * A status as a briefing prints it: the app's symbol drawn as a small vector shape, then the
 * label. Drawn, not typed, because the shipped font lacks three of the symbols (✔ ✖ ✎): as
 * text they would print in whatever font the machine has, or as boxes where it has none.
 * The shapes are the app's symbols (StatusBadge), so a reader of both sees the same marks.
 */
const SHAPES: Record<AssessmentStatus, ReactNode> = {
  met: (
    <path
      d="M2 6.5 5 9.5 10.5 2.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
  'on-track': <path d="M6 1.5 11 10.5H1Z" fill="currentColor" />,
  'needs-acceleration': <path d="M6 1 11 6 6 11 1 6Z" fill="currentColor" />,
  stagnating: <path d="M1 1.5H11L6 10.5Z" fill="currentColor" />,
  missed: <path d="M2.5 2.5 9.5 9.5M9.5 2.5 2.5 9.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />,
  'not-enough-data': <circle cx="6" cy="6" r="4.2" fill="none" stroke="currentColor" strokeWidth="1.5" />,
  qualitative: <path d="M1.5 10.5 2.2 7.8 8 2 10 4 4.2 9.8Z" fill="currentColor" />,
};

export function StatusMark({ status }: { status: AssessmentStatus }) {
  return (
    <span className={`status-badge status-${status}`}>
      <svg className="status-shape" viewBox="0 0 12 12" width="9" height="9" aria-hidden="true" focusable="false">
        {SHAPES[status]}
      </svg>{' '}
      {ASSESSMENT_STATUS_LABELS[status]}
    </span>
  );
}
