import type { StatusTableSection } from '../../../../../shared/briefing/document-types';
import { latestText, projectedText, ratioText } from '../../../../../shared/briefing/figures';
import { appLink } from '../../../../../shared/briefing/links';
import { StatusMark } from './StatusMark';
import { MissingNote, Refs, SourceNotes } from './Refs';

/** Targets at a glance: one row per target, every figure with its numbered source. */
export function StatusTableView({ section }: { section: StatusTableSection }) {
  return (
    <>
      <MissingNote count={section.missing.length} what="target" />
      {section.rows.length === 0 ? (
        <p className="briefing-empty">No target matches: {section.selectionText.toLowerCase()}.</p>
      ) : (
        <table className="briefing-table">
          <caption>{section.selectionText}.</caption>
          <thead>
            <tr>
              <th scope="col">Target</th>
              <th scope="col" className="numeric">
                Due
              </th>
              <th scope="col">Status</th>
              <th scope="col" className="numeric">
                Latest
              </th>
              <th scope="col" className="numeric">
                Projected
              </th>
              <th scope="col" className="numeric">
                <abbr title="Share of the required progress projected by the due year">R</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {section.rows.map(({ target, status, targetRef, latestRef }) => (
              <tr key={target.id}>
                <th scope="row">
                  <a href={appLink('target', target.id)}>{target.statement}</a>
                  <Refs notes={[targetRef]} />
                </th>
                <td className="numeric">{target.dueYear ?? '—'}</td>
                <td>
                  <StatusMark status={status} />
                </td>
                <td className="numeric">
                  {latestText(target.assessment)}
                  <Refs notes={[latestRef]} />
                </td>
                <td className="numeric">{projectedText(target.assessment)}</td>
                <td className="numeric">{ratioText(target.assessment)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SourceNotes notes={section.sources} />
    </>
  );
}
