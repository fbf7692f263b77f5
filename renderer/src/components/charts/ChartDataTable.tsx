import type { ChartTableRow } from './target-chart-data';

export interface ChartDataTableProps {
  rows: readonly ChartTableRow[];
  caption: string;
  /** Which of the derived columns the chart draws; an empty column is left out. */
  columns: { required: boolean; projection: boolean; target: boolean };
}

/** The chart's figures as a table: the text alternative to the drawing, and a check on it. */
export function ChartDataTable({ rows, caption, columns }: ChartDataTableProps) {
  return (
    <table className="simple-table target-chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          <th scope="col" className="numeric">
            Observed
          </th>
          {columns.required && (
            <th scope="col" className="numeric">
              Required path
            </th>
          )}
          {columns.projection && (
            <th scope="col" className="numeric">
              Projection
            </th>
          )}
          {columns.target && (
            <th scope="col" className="numeric">
              Target
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            <td className="numeric">{row.figure}</td>
            {columns.required && <td className="numeric">{row.required}</td>}
            {columns.projection && <td className="numeric">{row.projection}</td>}
            {columns.target && <td className="numeric">{row.target}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
