import { Link } from 'react-router';
import { ASSESSMENT_STATUS_LABELS } from '../../../../shared/assessment';
import { STATUS_RISK_ORDER, StatusBadge } from '../../components/StatusBadge';
import type { TargetStatusRow } from '../../data/library-rows';
import { statusListPath } from './links';
import { buildStatusMatrix } from './status-matrix';

const targetsWord = (count: number) => `${count.toLocaleString('en')} ${count === 1 ? 'target' : 'targets'}`;

/**
 * Every target counted once, by status (rows) and due year (columns). The grand total is
 * worded like the Targets table's row count ("64 targets") so the two can be compared at a glance.
 */
export function StatusMatrixTable({ targets }: { targets: readonly TargetStatusRow[] }) {
  const matrix = buildStatusMatrix(targets, STATUS_RISK_ORDER);
  return (
    <section className="dashboard-panel" aria-labelledby="by-status-title">
      <h2 id="by-status-title">Targets by status</h2>
      <div className="matrix-scroll">
        <table className="simple-table status-matrix">
          <caption className="visually-hidden">{targetsWord(matrix.total)} by status and due year</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              {matrix.columns.map((column) => (
                <th key={column.key} scope="col" className="numeric">
                  {column.label}
                </th>
              ))}
              <th scope="col" className="numeric">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => {
              const label = ASSESSMENT_STATUS_LABELS[row.status];
              return (
                <tr key={row.status} className={row.total === 0 ? 'empty-row' : undefined}>
                  <th scope="row">
                    <StatusBadge status={row.status} />
                  </th>
                  {row.cells.map((count, index) => {
                    const column = matrix.columns[index]!;
                    return (
                      <td key={column.key} className="numeric">
                        {count === 0 ? (
                          <>
                            <span className="muted" aria-hidden="true">
                              ·
                            </span>
                            <span className="visually-hidden">0</span>
                          </>
                        ) : (
                          <Link
                            to={statusListPath(row.status, column.key)}
                            aria-label={`${count.toLocaleString('en')} ${label}, ${column.key === 'none' ? 'no due year' : `due ${column.label}`}`}
                          >
                            {count.toLocaleString('en')}
                          </Link>
                        )}
                      </td>
                    );
                  })}
                  <td className="numeric row-total">
                    {row.total === 0 ? (
                      <span className="muted">0</span>
                    ) : (
                      <Link to={statusListPath(row.status)} aria-label={`${row.total.toLocaleString('en')} ${label}`}>
                        {row.total.toLocaleString('en')}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All statuses</th>
              {matrix.columnTotals.map((count, index) => (
                <td key={matrix.columns[index]!.key} className="numeric">
                  {count.toLocaleString('en')}
                </td>
              ))}
              <td className="numeric row-total" data-testid="targets-total">
                <Link to="/targets">{targetsWord(matrix.total)}</Link>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted panel-note">
        Each target is counted once. A count opens the list of its targets below; the total opens the Targets table.
      </p>
    </section>
  );
}
