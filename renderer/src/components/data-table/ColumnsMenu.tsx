import type { ReactTable, RowData } from '@tanstack/react-table';
import type { LibraryTableFeatures } from './features';

/** Show, hide and reorder columns. Buttons rather than drag so it works from the keyboard. */
export function ColumnsMenu<T extends RowData, S>({
  table,
  onReset,
}: {
  table: ReactTable<LibraryTableFeatures, T, S>;
  onReset: () => void;
}) {
  const columns = table.getAllLeafColumns();
  const order = columns.map((column) => column.id);
  const move = (id: string, by: -1 | 1) => {
    const from = order.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= order.length) return;
    const next = order.slice();
    next.splice(from, 1);
    next.splice(to, 0, id);
    table.setColumnOrder(next);
  };
  return (
    <details className="menu">
      <summary>Columns</summary>
      <ul className="menu-panel columns-menu" aria-label="Columns">
        {columns.map((column, index) => {
          const label = column.columnDef.meta?.label ?? column.id;
          return (
            <li key={column.id}>
              <label>
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  disabled={!column.getCanHide()}
                  onChange={column.getToggleVisibilityHandler()}
                />
                {label}
              </label>
              <span className="order-buttons">
                <button
                  type="button"
                  aria-label={`Move ${label} earlier`}
                  disabled={index === 0}
                  onClick={() => move(column.id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move ${label} later`}
                  disabled={index === columns.length - 1}
                  onClick={() => move(column.id, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
        <li>
          <button type="button" className="link-button" onClick={onReset}>
            Reset columns
          </button>
        </li>
      </ul>
    </details>
  );
}
