import { Link } from 'react-router';
import type { ItemKind } from '../../../../shared/domain/entities';
import type { Related } from '../../data/related';
import { formatValue } from '../../format';
import { itemTitle } from '../../data/item-title';
import { itemPath } from '../../routes/paths';

const SECTIONS: Record<ItemKind, { kind: ItemKind; key: keyof Related; heading: string }[]> = {
  policy: [
    { kind: 'organisation', key: 'organisations', heading: 'Issued by' },
    { kind: 'plan', key: 'plans', heading: 'Plans' },
    { kind: 'target', key: 'targets', heading: 'Targets' },
  ],
  plan: [
    { kind: 'policy', key: 'policies', heading: 'Issued as policy' },
    { kind: 'organisation', key: 'organisations', heading: 'Issued by' },
    { kind: 'target', key: 'targets', heading: 'Targets' },
  ],
  target: [
    { kind: 'plan', key: 'plans', heading: 'Plan' },
    { kind: 'policy', key: 'policies', heading: 'Policy' },
    { kind: 'organisation', key: 'organisations', heading: 'Responsible' },
  ],
  observation: [{ kind: 'target', key: 'targets', heading: 'Evidences target' }],
  organisation: [
    { kind: 'policy', key: 'policies', heading: 'Policies issued' },
    { kind: 'plan', key: 'plans', heading: 'Plans issued' },
    { kind: 'target', key: 'targets', heading: 'Targets owned' },
  ],
};

/** The items an item links to, and that link to it, each a link to its page. */
export function RelatedLists({ kind, related }: { kind: ItemKind; related: Related }) {
  return (
    <>
      {SECTIONS[kind].map(({ kind: relatedKind, key, heading }) => {
        const items = related[key];
        if (items.length === 0) return null;
        return (
          <section key={key} className="related" aria-label={heading}>
            <h2>
              {heading} <span className="muted">({items.length})</span>
            </h2>
            <ul>
              {items.map((item) => (
                <li key={item.id}>
                  <Link to={itemPath(relatedKind, item.id)}>{itemTitle(relatedKind, item)}</Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {kind === 'target' && related.observations.length > 0 && <ObservationList related={related} />}
    </>
  );
}

function ObservationList({ related }: { related: Related }) {
  return (
    <section className="related" aria-label="Observations">
      <h2>
        Observations <span className="muted">({related.observations.length})</span>
      </h2>
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
          {related.observations.map((observation) => (
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
    </section>
  );
}
