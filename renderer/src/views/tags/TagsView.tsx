import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { useAllAnnotations, useTags } from '../../data/hooks';
import { MergeBar } from './MergeBar';
import { NewTagForm } from './NewTagForm';
import { TagRow, type TagWithCount } from './TagRow';

/** The tag manager: every tag with its count; create, rename, recolour, merge and delete. */
export function TagsView() {
  const tags = useTags();
  const annotations = useAllAnnotations();
  const [checkedIds, setCheckedIds] = useState<ReadonlySet<string>>(new Set());
  const [deleting, setDeleting] = useState<TagWithCount | null>(null);
  const run = useRunAction();
  const toasts = useToasts();

  const toggle = (id: string) => {
    const next = new Set(checkedIds);
    if (!next.delete(id)) next.add(id);
    setCheckedIds(next);
  };
  // Tags merged or deleted elsewhere drop out of the choice.
  const chosen = tags?.filter((tag) => checkedIds.has(tag.id)) ?? [];

  const remove = async (tag: TagWithCount) => {
    setDeleting(null);
    const outcome = await run(() => actions.deleteTag(tag.id), 'The tag was not deleted');
    if (outcome.ok) toasts.show(`Deleted the tag “${tag.name}”.`);
  };

  return (
    <section className="tags-view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Tags</h1>
      </header>
      <p className="muted">
        Tags are the codes on annotations. Renaming, recolouring, merging or deleting a tag changes every annotation that carries
        it at once.
      </p>
      <NewTagForm />
      {tags === undefined || annotations === undefined ? (
        <p className="muted">Loading…</p>
      ) : tags.length === 0 ? (
        <p className="empty-state">No tags yet. Create one above, or tag an annotation.</p>
      ) : (
        <>
          <MergeBar chosen={chosen} annotations={annotations} onMerged={() => setCheckedIds(new Set())} />
          <table className="simple-table tags-table" aria-label="Tags">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Merge</span>
                </th>
                <th scope="col">Tag</th>
                <th scope="col">Colour</th>
                <th scope="col" className="numeric">
                  Annotations
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tags.map((tag) => (
                <TagRow
                  key={tag.id}
                  tag={tag}
                  checked={checkedIds.has(tag.id)}
                  onCheck={() => toggle(tag.id)}
                  onDelete={() => setDeleting(tag)}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the tag “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete tag"
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>
          {deleting
            ? `It will be taken off ${deleting.count.toLocaleString('en')} ${deleting.count === 1 ? 'annotation' : 'annotations'}. The annotations themselves stay.`
            : ''}
        </p>
      </ConfirmDialog>
    </section>
  );
}
