import { useState } from 'react';
import { Link } from 'react-router';
import { unitsAgree } from '../../../../shared/assessment';
import type { ObservationRecord, TargetRecord } from '../../../../shared/domain/records';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { formatValue } from '../../format';
import { editPath, itemPath } from '../../routes/paths';
import { PasteObservations } from './PasteObservations';

/** The target's figures, oldest first, with the ways to add, paste, edit and remove them. */
export function TargetObservations({
  target,
  observations,
}: {
  target: TargetRecord;
  observations: readonly ObservationRecord[];
}) {
  const [pasting, setPasting] = useState(false);
  const run = useRunAction();
  const toasts = useToasts();
  const byYear = [...observations].sort((a, b) => a.year - b.year || (a.date ?? '').localeCompare(b.date ?? ''));
  const prefill = new URLSearchParams({
    targetId: target.id,
    indicator: target.metric,
    ...(target.unit ? { unit: target.unit } : {}),
    returnTo: itemPath('target', target.id),
  });

  const trash = async (observation: ObservationRecord) => {
    const outcome = await run(() => actions.trash('observation', observation.id), 'The figure was not removed');
    if (!outcome.ok) return;
    toasts.show(`Moved the ${observation.year} figure to the trash.`, {
      label: 'Undo',
      run: () => actions.restore('observation', observation.id),
    });
  };

  return (
    <section className="related" aria-label="Observations">
      <h2>
        Observations <span className="muted">({observations.length})</span>
      </h2>
      <div className="section-actions">
        <Link className="button" to={`/observations/new?${prefill.toString()}`}>
          Add observation
        </Link>
        <button type="button" className="button" onClick={() => setPasting(true)} disabled={pasting}>
          Paste rows…
        </button>
      </div>
      {pasting && <PasteObservations target={target} existing={observations} onClose={() => setPasting(false)} />}
      {byYear.length === 0 ? (
        <p className="muted">No figures yet.</p>
      ) : (
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Value</th>
              <th scope="col">Indicator</th>
              <th scope="col">Source</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {byYear.map((observation) => {
              const agrees = unitsAgree(target.unit, observation.unit);
              return (
                <tr key={observation.id}>
                  <td className="numeric">{observation.date ?? observation.year}</td>
                  <td className="numeric">
                    <Link to={itemPath('observation', observation.id)}>
                      {formatValue(observation.value, observation.unit, observation.qualifier)}
                    </Link>
                    {!agrees && (
                      <span className="unit-warning" title={`Not counted: the target is measured in ${target.unit}`}>
                        {' '}
                        ⚠ other unit
                      </span>
                    )}
                  </td>
                  <td>{observation.subject ? `${observation.indicator} (${observation.subject})` : observation.indicator}</td>
                  <td>{observation.citation.source}</td>
                  <td className="row-actions">
                    <Link to={editPath('observation', observation.id)} aria-label={`Edit the ${observation.year} figure`}>
                      Edit
                    </Link>{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Remove the ${observation.year} figure`}
                      onClick={() => void trash(observation)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
