import { type FormEvent, useId, useState } from 'react';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../../../shared/domain/annotation';
import { COLOUR_LABELS } from './colours';
import { TagPicker } from './TagPicker';

export interface AnnotationDraft {
  body: string;
  color: HighlightColour | null;
  tagIds: string[];
}

interface AnnotationEditorProps {
  initial: AnnotationDraft;
  /** What the form is for, read out as its name ("New highlight", "Edit note"). */
  label: string;
  submitLabel: string;
  /** A note on the whole item needs words; a highlight may stand without a comment. */
  requireBody: boolean;
  /** Resolves true when saved, so the form can close; false keeps what was typed. */
  onSubmit: (draft: AnnotationDraft) => Promise<boolean>;
  onCancel: () => void;
  autoFocus?: boolean;
}

/** The comment (Markdown), colour (highlights only) and tags of an annotation. */
export function AnnotationEditor({
  initial,
  label,
  submitLabel,
  requireBody,
  onSubmit,
  onCancel,
  autoFocus,
}: AnnotationEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const commentId = useId();
  const helpId = useId();

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (requireBody && draft.body.trim() === '') {
      setError('Write the note');
      return;
    }
    setBusy(true);
    const saved = await onSubmit(draft);
    setBusy(false);
    if (!saved) setError('Not saved; see the message at the foot of the window');
  };

  return (
    <form
      className="annotation-editor"
      aria-label={label}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <div className="field">
        <label htmlFor={commentId}>Comment</label>
        <textarea
          id={commentId}
          rows={4}
          value={draft.body}
          aria-describedby={helpId}
          aria-invalid={error !== null}
          autoFocus={autoFocus}
          onChange={(event) => {
            setError(null);
            setDraft({ ...draft, body: event.target.value });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
          }}
        />
        <span id={helpId} className="help">
          Markdown: **bold**, *italic*, - lists, &gt; quotes, `code`. Ctrl+Enter saves.
        </span>
        {error && <span className="field-error">{error}</span>}
      </div>
      {draft.color !== null && (
        <fieldset className="colour-choice">
          <legend>Colour</legend>
          {HIGHLIGHT_COLOURS.map((colour) => (
            <label key={colour} className={`colour-option hl-${colour}`}>
              <input
                type="radio"
                name={`${commentId}-colour`}
                value={colour}
                checked={draft.color === colour}
                onChange={() => setDraft({ ...draft, color: colour })}
              />
              {COLOUR_LABELS[colour]}
            </label>
          ))}
        </fieldset>
      )}
      <TagPicker value={draft.tagIds} onChange={(tagIds) => setDraft({ ...draft, tagIds })} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
