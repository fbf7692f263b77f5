import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { STATUS_RISK_ORDER } from '../../components/StatusBadge';
import { useTableRows } from '../../data/hooks';
import type { PolicyRow, TargetRow } from '../../data/library-rows';
import { buildTimeline, timelineFilterOptions, type TimelineFilters as Filters, type TimelineInput } from './timeline';
import { TimelineFilters } from './TimelineFilters';
import { PolicyLane, TargetLane } from './TimelineLane';
import { TimelineRow } from './TimelineRow';

/** Up to this many items the timeline opens unfolded; past it every year starts folded, so thousands stay fast. */
const OPEN_ALL_UP_TO = 400;
const UNDATED = 'undated';

export function TimelineView() {
  // Everything but the figures: targets carry their stored statuses.
  const policies = useTableRows('policies');
  const plans = useTableRows('plans');
  const targets = useTableRows('targets');
  const organisations = useTableRows('organisations');
  const rows = useMemo(
    () => (policies && plans && targets && organisations ? { policies, plans, targets, organisations } : undefined),
    [policies, plans, targets, organisations],
  );
  if (!rows) return <p className="muted">Loading…</p>;
  return <Timeline rows={rows} />;
}

/** Policies by the year they were issued and targets by their due year, on one axis, filterable by issuer and theme. */
function Timeline({ rows }: { rows: TimelineInput<PolicyRow, TargetRow> }) {
  // Filters live in the URL, so a filtered timeline can be bookmarked, and Back undoes a filter.
  const [params, setParams] = useSearchParams();
  const options = useMemo(() => timelineFilterOptions(rows), [rows]);
  const known = (value: string | null, list: readonly { value: string }[]) =>
    value !== null && list.some((option) => option.value === value) ? value : null;
  const filters: Filters = {
    issuer: known(params.get('issuer'), options.issuers),
    theme: known(params.get('theme'), options.themes),
  };
  const timeline = useMemo(
    () => buildTimeline(rows, { issuer: filters.issuer, theme: filters.theme }, STATUS_RISK_ORDER),
    [rows, filters.issuer, filters.theme],
  );
  const [folds, setFolds] = useState<Record<string, boolean>>({});
  const openByDefault = timeline.policyCount + timeline.targetCount <= OPEN_ALL_UP_TO;
  const isOpen = (key: string) => folds[key] ?? openByDefault;
  const toggle = (key: string) => setFolds({ ...folds, [key]: !isOpen(key) });
  const setAll = (open: boolean) =>
    setFolds(Object.fromEntries([...timeline.years.map((entry) => String(entry.year)), UNDATED].map((key) => [key, open])));

  const setFilters = (next: Filters) => {
    const search = new URLSearchParams();
    if (next.issuer) search.set('issuer', next.issuer);
    if (next.theme) search.set('theme', next.theme);
    setParams(search);
  };

  const filtered = filters.issuer !== null || filters.theme !== null;
  const of = (shown: number, total: number) =>
    filtered ? `${shown.toLocaleString('en')} of ${total.toLocaleString('en')}` : shown.toLocaleString('en');
  const hasUndated = timeline.undatedPolicies.length + timeline.targetsWithoutDueYear.length > 0;

  return (
    <div className="timeline-view">
      <header className="view-header">
        <h1>Timeline</h1>
      </header>
      <div className="timeline-toolbar">
        <TimelineFilters filters={filters} issuers={options.issuers} themes={options.themes} onChange={setFilters} />
        <span className="row-count" role="status" data-testid="timeline-count">
          {of(timeline.policyCount, rows.policies.length)} policies and {of(timeline.targetCount, rows.targets.length)} targets
        </span>
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Unfold all
        </button>
        <button type="button" className="link-button" onClick={() => setAll(false)}>
          Fold all
        </button>
      </div>
      <div className="timeline-axis" aria-hidden="true">
        <span>Year</span>
        <span>Policies issued</span>
        <span>Targets due</span>
      </div>
      {timeline.years.length === 0 && !hasUndated && (
        <p className="empty-state">Nothing on the timeline matches these filters.</p>
      )}
      {timeline.years.map((entry) => (
        <TimelineRow
          key={entry.year}
          id={`year-${entry.year}`}
          label={String(entry.year)}
          open={isOpen(String(entry.year))}
          onToggle={() => toggle(String(entry.year))}
          policyCount={entry.policies.length}
          targetCount={entry.targets.length}
          policyHeading="issued"
          targetHeading="due"
          policies={<PolicyLane policies={entry.policies} />}
          targets={<TargetLane targets={entry.targets} />}
        />
      ))}
      {hasUndated && (
        <TimelineRow
          id="year-undated"
          label="Undated"
          open={isOpen(UNDATED)}
          onToggle={() => toggle(UNDATED)}
          policyCount={timeline.undatedPolicies.length}
          targetCount={timeline.targetsWithoutDueYear.length}
          policyHeading="with no issue date"
          targetHeading="with no due year"
          policies={<PolicyLane policies={timeline.undatedPolicies} yearless />}
          targets={<TargetLane targets={timeline.targetsWithoutDueYear} />}
        />
      )}
    </div>
  );
}
