import { useState } from 'react';
import { Link } from 'react-router';
import { TargetStatusBadge } from '../dashboard/TargetSummary';
import type { PolicyRow, TargetRow } from '../../data/library-rows';
import { itemPath } from '../../routes/paths';

/** A lane shows this many entries until asked for all, so one crowded year cannot stall the view. */
const FIRST = 100;

function ShowMore({ total, shown, onShowAll }: { total: number; shown: number; onShowAll: () => void }) {
  if (total <= shown) return null;
  return (
    <button type="button" className="link-button lane-more" onClick={onShowAll}>
      Show all {total.toLocaleString('en')}
    </button>
  );
}

export function PolicyLane({ policies, yearless }: { policies: readonly PolicyRow[]; yearless?: boolean }) {
  const [shown, setShown] = useState(FIRST);
  return (
    <>
      <ul className="lane-list">
        {policies.slice(0, shown).map((policy) => (
          <li key={policy.id}>
            <Link to={itemPath('policy', policy.id)}>{policy.title}</Link>
            <span className="lane-meta">
              {/* The year is the row's own; only a finer date or the issuers add anything. */}
              {[
                yearless || policy.issued === null || policy.issued.length > 4 ? policy.issued : null,
                policy.issuerNames.join(', '),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <ShowMore total={policies.length} shown={shown} onShowAll={() => setShown(policies.length)} />
    </>
  );
}

export function TargetLane({ targets }: { targets: readonly TargetRow[] }) {
  const [shown, setShown] = useState(FIRST);
  return (
    <>
      <ul className="lane-list">
        {targets.slice(0, shown).map((target) => (
          <li key={target.id}>
            <TargetStatusBadge target={target} /> <Link to={itemPath('target', target.id)}>{target.statement}</Link>
          </li>
        ))}
      </ul>
      <ShowMore total={targets.length} shown={shown} onShowAll={() => setShown(targets.length)} />
    </>
  );
}
