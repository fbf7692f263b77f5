import { Link } from 'react-router';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import { useToasts } from '../../components/Toasts';
import { actions } from '../../data/actions';
import { useTrash } from '../../data/hooks';
import { itemTitle } from '../../data/item-title';
import { itemPath } from '../../routes/paths';

/** Items moved to the trash, newest first, each restorable. */
export function TrashView() {
  const trash = useTrash();
  const toasts = useToasts();
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
                <td>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      void actions.restore(kind, item.id).then(() => toasts.show(`Restored “${itemTitle(kind, item)}”.`));
                    }}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
