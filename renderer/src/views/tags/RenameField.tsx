import { type KeyboardEvent, useState } from 'react';
import { actions } from '../../data/actions';
import { nameError } from './field-error';

/**
 * A tag's name, edited in place: Enter or leaving the field saves, Escape puts the name back.
 * A name the data layer refuses (empty, too long, taken) stays in the field with the reason.
 */
export function RenameField({ id, name }: { id: string; name: string }) {
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<string | null>(null);
  // Renamed elsewhere (or by this field): follow the stored name without losing focus.
  const [stored, setStored] = useState(name);
  if (stored !== name) {
    setStored(name);
    setDraft(name);
  }

  const commit = async () => {
    if (draft.trim() === name) {
      setDraft(name);
      setError(null);
      return;
    }
    try {
      await actions.updateTag(id, { name: draft });
      setError(null);
    } catch (caught) {
      setError(nameError(caught));
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') void commit();
    if (event.key === 'Escape') {
      setDraft(name);
      setError(null);
    }
  };

  const errorId = `tag-name-error-${id}`;
  return (
    <span className={`rename-field${error ? ' has-error' : ''}`}>
      <input
        type="text"
        aria-label={`Name of the tag ${name}`}
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
      />
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
