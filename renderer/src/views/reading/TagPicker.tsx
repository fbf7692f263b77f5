import { useId, useState } from 'react';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { useTags } from '../../data/hooks';
import { TagChips } from './TagChips';

/**
 * Tags (the analyst's codes) on one annotation: the chosen ones as removable chips, and a box
 * that offers the existing tags as you type and creates a new tag for a name not yet used.
 */
export function TagPicker({ value, onChange }: { value: readonly string[]; onChange: (ids: string[]) => void }) {
  const tags = useTags();
  const run = useRunAction();
  const [draft, setDraft] = useState('');
  const listId = useId();
  const inputId = useId();

  const add = async () => {
    const name = draft.trim();
    if (name === '') return;
    // Names are unique regardless of case, so typing an existing name picks that tag.
    const existing = tags?.find((tag) => tag.name.toLowerCase() === name.toLowerCase());
    const id = existing?.id ?? (await createTag(name));
    if (id === undefined) return;
    if (!value.includes(id)) onChange([...value, id]);
    setDraft('');
  };
  const createTag = async (name: string) => {
    const outcome = await run(() => actions.createTag({ name }), 'Could not create the tag');
    return outcome.ok ? outcome.value.id : undefined;
  };

  return (
    <div className="tag-picker">
      <TagChips ids={value} onRemove={(id) => onChange(value.filter((other) => other !== id))} />
      <div className="tag-picker-add">
        <label htmlFor={inputId}>Add a tag</label>
        <input
          id={inputId}
          list={listId}
          value={draft}
          autoComplete="off"
          placeholder="Existing or new tag"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            // Enter adds the tag; it must not submit the note half-tagged.
            event.preventDefault();
            event.stopPropagation();
            void add();
          }}
        />
        <datalist id={listId}>
          {tags
            ?.filter((tag) => !value.includes(tag.id))
            .map((tag) => (
              <option key={tag.id} value={tag.name} />
            ))}
        </datalist>
        <button type="button" className="button" onClick={() => void add()} disabled={draft.trim() === ''}>
          Add tag
        </button>
      </div>
    </div>
  );
}
