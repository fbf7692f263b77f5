import { useId } from 'react';
import type { AnnotationRecord } from '../../../../shared/domain/records';
import { Markdown } from '../../components/markdown/Markdown';
import { formatNoteDate } from './colours';
import { showAnnotation } from './flash';
import type { Placement } from './placement';
import { TagChips } from './TagChips';

const clip = (quote: string, max = 90) => ([...quote].length > max ? `${[...quote].slice(0, max).join('')}…` : quote);

/**
 * Every note of the page in text order: highlights by where they start, then the notes on the
 * whole policy. Pressing an entry scrolls to its passage (or note) and flashes it.
 */
export function NotesMargin({ placed, notes }: { placed: readonly Placement[]; notes: readonly AnnotationRecord[] }) {
  const headingId = useId();
  return (
    <aside className="notes-margin" aria-labelledby={headingId}>
      <h3 id={headingId}>Notes in text order</h3>
      {placed.length === 0 && notes.length === 0 && (
        <p className="muted">No highlights or notes yet. Select a passage of the text to highlight it.</p>
      )}
      <ol className="margin-list">
        {placed.map(({ annotation }) => (
          <li key={annotation.id} className="margin-entry">
            <button
              type="button"
              className={`margin-quote hl-edge-${annotation.color ?? 'yellow'}`}
              title="Show in the text"
              onClick={() => showAnnotation(annotation.id)}
            >
              “{clip(annotation.selector?.quote.exact ?? '')}”
            </button>
            {annotation.body.trim() !== '' && <Markdown source={annotation.body} className="margin-body" />}
            <TagChips ids={annotation.tagIds} />
          </li>
        ))}
        {notes.map((note) => (
          <li key={note.id} className="margin-entry">
            <button
              type="button"
              className="margin-quote whole-item"
              title="Show the note"
              onClick={() => showAnnotation(note.id)}
            >
              Note on the whole policy · {note.author}, {formatNoteDate(note.createdAt)}
            </button>
            <Markdown source={note.body} className="margin-body" />
            <TagChips ids={note.tagIds} />
          </li>
        ))}
      </ol>
    </aside>
  );
}
