import { useState } from 'react';
import type { AnnotationRecord } from '../../../../shared/domain/records';
import { Markdown } from '../../components/markdown/Markdown';
import { AnnotationEditor } from './AnnotationEditor';
import { COLOUR_LABELS, formatNoteDate } from './colours';
import { TagChips } from './TagChips';
import { useAnnotationActions } from './useAnnotationActions';

interface AnnotationCardProps {
  annotation: AnnotationRecord;
  /** Show the highlighted passage above the comment (not in the popover, which sits on it). */
  showQuote?: boolean;
  /** Called once the annotation is deleted, so a popover showing it can close. */
  onRemoved?: () => void;
}

/**
 * One note or highlight: its comment (Markdown, rendered safely), colour, tags, author and
 * date, with Edit and Delete (Delete offers Undo).
 */
export function AnnotationCard({ annotation, showQuote = false, onRemoved }: AnnotationCardProps) {
  const [editing, setEditing] = useState(false);
  const { update, remove } = useAnnotationActions();
  const isHighlight = annotation.kind === 'highlight';
  const what = isHighlight ? 'highlight' : 'note';

  if (editing) {
    return (
      <AnnotationEditor
        label={isHighlight ? 'Edit highlight' : 'Edit note'}
        submitLabel="Save"
        requireBody={!isHighlight}
        autoFocus
        initial={{ body: annotation.body, color: annotation.color, tagIds: [...annotation.tagIds] }}
        onCancel={() => setEditing(false)}
        onSubmit={async (draft) => {
          const outcome = await update(annotation.id, {
            body: draft.body,
            tagIds: draft.tagIds,
            ...(draft.color ? { color: draft.color } : {}),
          });
          if (outcome.ok) setEditing(false);
          return outcome.ok;
        }}
      />
    );
  }

  return (
    <div className="annotation-card" data-annotation-card={annotation.id}>
      {showQuote && annotation.selector && (
        <blockquote className={`annotation-quote hl-edge-${annotation.color ?? 'yellow'}`}>
          {annotation.selector.quote.exact}
        </blockquote>
      )}
      {annotation.body.trim() !== '' ? (
        <Markdown source={annotation.body} className="annotation-body" />
      ) : (
        <p className="muted annotation-body">No comment.</p>
      )}
      <TagChips ids={annotation.tagIds} />
      <p className="annotation-meta">
        {isHighlight && annotation.color && (
          <span className="colour-name">
            <span className={`colour-dot hl-${annotation.color}`} aria-hidden="true" />
            {COLOUR_LABELS[annotation.color]} ·{' '}
          </span>
        )}
        {annotation.author} · <time dateTime={annotation.createdAt}>{formatNoteDate(annotation.createdAt)}</time>
      </p>
      <div className="annotation-actions">
        <button type="button" className="link-button" aria-label={`Edit ${what}`} onClick={() => setEditing(true)}>
          Edit
        </button>
        <button
          type="button"
          className="link-button danger-link"
          aria-label={`Delete ${what}`}
          onClick={() => void remove(annotation).then((removed) => removed && onRemoved?.())}
        >
          Delete
        </button>
      </div>
    </div>
  );
}
