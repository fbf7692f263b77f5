import { Link, useNavigate } from 'react-router';
import type { ItemKind } from '../../../../shared/domain/entities';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import { DataTable, type GroupOption } from '../../components/data-table/DataTable';
import type { LibraryColumnDef } from '../../components/data-table/features';
import type { TablePrefs } from '../../components/data-table/table-prefs';
import { itemPath } from '../../routes/paths';
import { useTablePrefs } from './useTablePrefs';

interface LibraryTableViewProps<T extends { id: string }> {
  kind: ItemKind;
  rows: readonly T[];
  columns: LibraryColumnDef<T>[];
  groups: readonly GroupOption[];
  defaults: TablePrefs;
}

/** One library view: its heading, a "New" action and the table of its items. */
export function LibraryTableView<T extends { id: string }>({ kind, rows, columns, groups, defaults }: LibraryTableViewProps<T>) {
  const meta = itemKinds[kind];
  const navigate = useNavigate();
  const { prefs, save } = useTablePrefs(meta.collection, defaults);
  return (
    <section className="library-view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">{meta.plural}</h1>
        <Link className="button primary" to={`/${meta.collection}/new`}>
          New {meta.label.toLowerCase()}
        </Link>
      </header>
      {prefs === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <DataTable
          key={meta.collection}
          viewId={meta.collection}
          data={rows}
          columns={columns}
          noun={{ singular: meta.label.toLowerCase(), plural: meta.plural.toLowerCase() }}
          groupOptions={groups}
          initialPrefs={prefs}
          defaultPrefs={defaults}
          onPrefsChange={save}
          onOpen={(item) => void navigate(itemPath(kind, item.id))}
        />
      )}
    </section>
  );
}
