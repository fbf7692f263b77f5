import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { annotationsChangedByMerge } from './merge';
import type { TagWithCount } from './TagRow';

const quoted = (tags: readonly TagWithCount[]) => tags.map((tag) => `“${tag.name}”`).join(', ');
const annotationCount = (count: number) => `${count.toLocaleString('en')} ${count === 1 ? 'annotation' : 'annotations'}`;

/**
 * Merges the checked tags into one of them, after a confirmation that says how many
 * annotations change. The data layer rewrites them all in one transaction.
 */
export function MergeBar({
  chosen,
  annotations,
  onMerged,
}: {
  chosen: readonly TagWithCount[];
  annotations: ReadonlyArray<{ tagIds: readonly string[] }>;
  onMerged: () => void;
}) {
  const [intoId, setIntoId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const run = useRunAction();
  const toasts = useToasts();

  if (chosen.length < 2) {
    return <p className="merge-bar muted">Check two or more tags to merge them into one.</p>;
  }
  const into = chosen.find((tag) => tag.id === intoId) ?? chosen[0]!;
  const from = chosen.filter((tag) => tag.id !== into.id);
  const changed = annotationsChangedByMerge(
    annotations,
    from.map((tag) => tag.id),
  );

  const merge = async () => {
    setConfirming(false);
    const outcome = await run(
      () =>
        actions.mergeTags(
          from.map((tag) => tag.id),
          into.id,
        ),
      'The tags were not merged',
    );
    if (outcome.ok) {
      toasts.show(`Merged ${quoted(from)} into “${into.name}”.`);
      onMerged();
    }
  };

  return (
    <div className="merge-bar" role="group" aria-label="Merge tags">
      <span>{chosen.length} tags checked.</span>
      <label>
        Merge into{' '}
        <select value={into.id} onChange={(event) => setIntoId(event.target.value)}>
          {chosen.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        Merge…
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Merge into “${into.name}”?`}
        confirmLabel="Merge"
        onConfirm={() => void merge()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {annotationCount(changed)} will change: {changed === 1 ? 'it carries' : 'they carry'} “{into.name}” instead of{' '}
          {quoted(from)}.
        </p>
        <p>
          The {from.length === 1 ? 'tag' : 'tags'} {quoted(from)} will be removed.
        </p>
      </ConfirmDialog>
    </div>
  );
}
