import { observationChangeText } from '../../../../../shared/briefing/change-text';
import type { ChangesSinceSection } from '../../../../../shared/briefing/document-types';
import { dayText } from '../../../../../shared/briefing/figures';
import { countsText } from '../../../../../shared/briefing/markdown';
import { StatusMark } from './StatusMark';
import { AnnotationView } from './AnnotationView';
import { Refs, SourceNotes } from './Refs';

/** What changed since the date, per target: figures added, edited and removed, statuses, new notes. */
export function ChangesSinceView({ section }: { section: ChangesSinceSection }) {
  return (
    <>
      <p className="briefing-muted">
        Since {dayText(section.since)}: {countsText(section.counts)}.
      </p>
      {section.groups.map((group) => (
        <div key={`${group.kind ?? 'none'}-${group.id ?? ''}`} className="briefing-change-group">
          <h3>{group.link ? <a href={group.link}>{group.title}</a> : group.title}</h3>
          <ul className="briefing-change-list">
            {group.observations.map(({ change, ref }) => {
              const text = observationChangeText(change);
              return (
                <li key={change.observationId}>
                  {text.verb}: <strong>{text.figure}</strong> ({text.when}), {text.indicator}
                  {text.alsoChanged.length > 0 && `; also changed: ${text.alsoChanged.join(', ')}`}
                  <Refs notes={[ref]} />
                </li>
              );
            })}
            {group.statusChanges.map(({ entry, causeText }) => (
              <li key={`${entry.at}-${entry.from}-${entry.to}`}>
                Status: <StatusMark status={entry.from} /> → <StatusMark status={entry.to} />, {causeText} (
                {dayText(entry.at.slice(0, 10))})
              </li>
            ))}
            {group.annotations.map((annotation) => (
              <li key={annotation.record.id} className="briefing-change-note">
                <AnnotationView annotation={annotation} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      <SourceNotes notes={section.sources} />
    </>
  );
}
