import { Link } from 'react-router';
import type { ObservationRecord } from '../../../../shared/domain/records';
import { itemTitle } from '../../../../shared/domain/item-title';
import type { RelatedSection } from '../../data/related';
import { formatValue } from '../../format';
import { itemPath } from '../../routes/paths';

/** The items an item links to, and that link to it, each a link to its page. */
export function RelatedLists({ sections }: { sections: readonly RelatedSection[] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.heading} className="related" aria-label={section.heading}>
          <h2>
            {section.heading} <span className="muted">({section.items.length})</span>
          </h2>
          {section.kind === 'observation' ? (
            <ObservationTable observations={section.items as ObservationRecord[]} />
          ) : (
            <ul>
              {section.items.map((item) => (
                <li key={item.id}>
                  <Link to={itemPath(section.kind, item.id)}>{itemTitle(section.kind, item)}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function ObservationTable({ observations }: { observations: readonly ObservationRecord[] }) {
  const byYear = [...observations].sort((a, b) => a.year - b.year);
  return (
    <table className="simple-table">
      <thead>
        <tr>
          <th scope="col">Year</th>
          <th scope="col">Value</th>
          <th scope="col">Indicator</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {byYear.map((observation) => (
          <tr key={observation.id}>
            <td className="numeric">{observation.year}</td>
            <td className="numeric">
              <Link to={itemPath('observation', observation.id)}>
                {formatValue(observation.value, observation.unit, observation.qualifier)}
              </Link>
            </td>
            <td>{observation.subject ? `${observation.indicator} (${observation.subject})` : observation.indicator}</td>
            <td>{observation.citation.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
