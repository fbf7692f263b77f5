import { useState } from 'react';
import { STATUS_RISK_ORDER } from '../../components/StatusBadge';
import type { TargetStatusRow } from '../../data/library-rows';
import { mostAtRisk } from './at-risk';
import { TargetSummary } from './TargetSummary';

const FIRST = 10;

/** The targets that will not be reached as things stand, worst first, each one click from its page. */
export function MostAtRiskList({ targets }: { targets: readonly TargetStatusRow[] }) {
  const [all, setAll] = useState(false);
  const ranked = mostAtRisk(targets, STATUS_RISK_ORDER);
  const shown = all ? ranked : ranked.slice(0, FIRST);
  return (
    <section className="dashboard-panel" aria-labelledby="at-risk-title">
      <h2 id="at-risk-title">Most at risk</h2>
      {ranked.length === 0 ? (
        <p className="empty-state">No target is missed, stagnating or in need of acceleration.</p>
      ) : (
        <>
          <p className="muted panel-note">
            {ranked.length.toLocaleString('en')} {ranked.length === 1 ? 'target is' : 'targets are'} missed, stagnating or in need
            of acceleration; the worst status first, then the soonest due, then the least progress.
          </p>
          <ol className="target-list">
            {shown.map((target) => (
              <TargetSummary key={target.id} target={target} />
            ))}
          </ol>
          {ranked.length > FIRST && (
            <button type="button" className="button" onClick={() => setAll(!all)}>
              {all ? `Show the first ${FIRST}` : `Show all ${ranked.length.toLocaleString('en')}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
