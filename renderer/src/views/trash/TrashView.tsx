import { useState } from 'react';
import { Link } from 'react-router';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { useTrash } from '../../data/hooks';
import type { TrashEntry } from '../../data/hooks';
import { itemTitle } from '../../../../shared/domain/item-title';
import { itemPath } from '../../routes/paths';

/** Items moved to the trash, newest first, each restorable. */
export function TrashView() {
  const trash = useTrash();
  const toasts = useToasts();
  const run = useRunAction();
  const [purging, setPurging] = useState<TrashEntry | null>(null);
  const purge = async (entry: TrashEntry) => {
    setPurging(null);
    const outcome = await run(() => actions.purge(entry.kind, entry.item.id), 'It was not deleted');
    if (outcome.ok) toasts.show(`Deleted “${itemTitle(entry.kind, entry.item)}” for good.`);
  };
  return (
    <section aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Trash</h1>
      </header>
      {trash === undefined && <p className="muted">Loading…</p>}
      {trash?.length === 0 && <p className="empty-state">The trash is empty.</p>}
      {trash && trash.length > 0 && (
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Kind</th>
              <th scope="col">Moved to trash</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {trash.map(({ kind, item }) => (
              <tr key={item.id}>
                <td>
                  <Link to={itemPath(kind, item.id)}>{itemTitle(kind, item)}</Link>
                </td>
                <td>{itemKinds[kind].label}</td>
                <td>{item.deletedAt ? new Date(item.deletedAt).toLocaleString('en-GB') : ''}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      void run(() => actions.restore(kind, item.id), 'Could not restore it').then(
                        (outcome) => outcome.ok && toasts.show(`Restored “${itemTitle(kind, item)}”.`),
                      )
                    }
                  >
                    Restore
                  </button>
                  <button type="button" className="button danger" onClick={() => setPurging({ kind, item })}>
                    Delete for good…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={purging !== null}
        title="Delete for good?"
        confirmLabel="Delete for good"
        onConfirm={() => purging && void purge(purging)}
        onCancel={() => setPurging(null)}
      >
        <p>
          {purging ? `“${itemTitle(purging.kind, purging.item)}” will be removed from the library and cannot be restored.` : ''}
        </p>
      </ConfirmDialog>
    </section>
  );
}
