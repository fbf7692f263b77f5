import { useMemo, useState } from 'react';
import type { ItemKind } from '../../../../shared/domain/entities';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { useAuthorName, useItemAnnotations } from '../../data/hooks';
import { useShowLinkedAnnotation } from './annotation-link';
import { AnnotationCard } from './AnnotationCard';
import { AnnotationEditor } from './AnnotationEditor';

/** The analyst's notes on a whole item (any kind), oldest first, with add, edit and delete. */
export function ItemNotes({ kind, id }: { kind: ItemKind; id: string }) {
  const annotations = useItemAnnotations(kind, id);
  const author = useAuthorName() ?? 'Analyst';
  const run = useRunAction();
  const [adding, setAdding] = useState(false);
  const notes = useMemo(
    () => annotations?.filter((a) => a.kind === 'note').sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [annotations],
  );
  const noteIds = useMemo(() => notes?.map((note) => note.id), [notes]);
  useShowLinkedAnnotation(noteIds);

  return (
    <section className="item-notes" aria-label="Notes">
      <h2>Notes {notes && notes.length > 0 && <span className="muted">({notes.length})</span>}</h2>
      {notes?.length === 0 && !adding && <p className="muted">No notes on this {itemKinds[kind].label.toLowerCase()} yet.</p>}
      {notes && notes.length > 0 && (
        <ul className="note-list">
          {notes.map((note) => (
            <li key={note.id} data-note-id={note.id}>
              <AnnotationCard annotation={note} />
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <AnnotationEditor
          label="New note"
          submitLabel="Add note"
          requireBody
          autoFocus
          initial={{ body: '', color: null, tagIds: [] }}
          onCancel={() => setAdding(false)}
          onSubmit={async (draft) => {
            const outcome = await run(
              () => actions.createNote({ itemKind: kind, itemId: id, body: draft.body, tagIds: draft.tagIds, author }),
              'Could not add the note',
            );
            if (outcome.ok) setAdding(false);
            return outcome.ok;
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add a note
        </button>
      )}
    </section>
  );
}
