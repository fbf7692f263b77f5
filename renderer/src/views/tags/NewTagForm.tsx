import { type FormEvent, useState } from 'react';
import { useToasts } from '../../components/Toasts';
import { actions } from '../../data/actions';
import { ColourSwatches } from './ColourSwatches';
import { nameError } from './field-error';
import { DEFAULT_TAG_COLOUR } from './palette';

/** Creates a tag; the data layer's message for a refused name shows next to the field. */
export function NewTagForm() {
  const [name, setName] = useState('');
  const [color, setColor] = useState<string>(DEFAULT_TAG_COLOUR);
  const [error, setError] = useState<string | null>(null);
  const toasts = useToasts();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const tag = await actions.createTag({ name, color });
      setName('');
      setError(null);
      toasts.show(`Created the tag “${tag.name}”.`);
    } catch (caught) {
      setError(nameError(caught));
    }
  };

  return (
    <form className="new-tag" aria-label="New tag" onSubmit={(event) => void submit(event)}>
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor="new-tag-name">New tag</label>
        <input
          id="new-tag-name"
          value={name}
          aria-invalid={error !== null}
          aria-describedby={error ? 'new-tag-error' : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {error && (
          <span id="new-tag-error" className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <ColourSwatches name="new-tag-colour" label="Colour of the new tag" value={color} onChange={setColor} />
      <button type="submit" className="button primary">
        Create tag
      </button>
    </form>
  );
}
