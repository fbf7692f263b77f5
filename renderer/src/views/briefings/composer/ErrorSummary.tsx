import type { Ref } from 'react';
import type { BriefingSection } from '../../../../../shared/briefing/model';
import { detailId } from './BriefingDetails';
import { errorPlace, type FieldErrors } from './draft';
import { sectionDomId } from './SectionCard';

/** The id suffix of each section field's control, so a summary entry can move focus to it. */
const CONTROL_OF: Record<string, string> = {
  heading: 'heading',
  markdown: 'markdown',
  'selection.targetIds': 'targets',
  'selection.dueYear': 'due',
  'selection.planId': 'plan',
  targetIds: 'targets',
  latestObservations: 'latest',
  items: 'items',
  since: 'since',
};

function controlFor(key: string, sections: readonly BriefingSection[]): HTMLElement | null {
  const match = /^sections\.(\d+)\.(.+)$/u.exec(key);
  const section = match ? sections[Number(match[1])] : undefined;
  if (!match || !section) return document.getElementById(detailId(key));
  const domId = sectionDomId(section.id);
  return document.getElementById(`${domId}-${CONTROL_OF[match[2]!] ?? ''}`) ?? document.getElementById(domId);
}

interface ErrorSummaryProps {
  errors: FieldErrors;
  failure: string | null;
  sections: readonly BriefingSection[];
  ref: Ref<HTMLDivElement>;
}

/** Why nothing was saved: every field to fix, each a button that goes to it. */
export function ErrorSummary({ errors, failure, sections, ref }: ErrorSummaryProps) {
  const list = Object.entries(errors);
  if (list.length === 0 && !failure) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      {failure ? (
        <p>{failure}</p>
      ) : (
        <>
          <p>Nothing was saved. Please correct {list.length === 1 ? 'this field' : `these ${list.length} fields`}:</p>
          <ul>
            {list.map(([key, message]) => (
              <li key={key}>
                {/* A button, not a #fragment link: with hash routing a fragment would leave the page. */}
                <button type="button" className="link-button" onClick={() => controlFor(key, sections)?.focus()}>
                  {errorPlace(key, sections)}
                </button>
                : {message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
