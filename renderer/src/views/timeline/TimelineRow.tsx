import type { ReactNode } from 'react';

interface TimelineRowProps {
  /** Unique on the page, for element ids. */
  id: string;
  label: string;
  open: boolean;
  onToggle: () => void;
  policyCount: number;
  targetCount: number;
  policyHeading: string;
  targetHeading: string;
  policies: ReactNode;
  targets: ReactNode;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * One year of the timeline: the year, then two lanes (policies issued, targets due). A
 * folded year shows only its counts, and renders none of its entries.
 */
export function TimelineRow(props: TimelineRowProps) {
  const { id, label, open, onToggle, policyCount, targetCount } = props;
  return (
    <section className={`timeline-row${open ? ' open' : ''}`} aria-labelledby={`${id}-label`}>
      <h2 className="timeline-year">
        <button type="button" id={`${id}-label`} aria-expanded={open} aria-controls={`${id}-lanes`} onClick={onToggle}>
          <span aria-hidden="true" className="fold-mark">
            {open ? '▾' : '▸'}
          </span>
          {label}
        </button>
      </h2>
      <div className="timeline-lanes" id={`${id}-lanes`}>
        <div className="timeline-lane lane-policies">
          <h3>
            {count(policyCount, 'policy', 'policies')} {props.policyHeading}
          </h3>
          {open && policyCount > 0 && props.policies}
        </div>
        <div className="timeline-lane lane-targets">
          <h3>
            {count(targetCount, 'target', 'targets')} {props.targetHeading}
          </h3>
          {open && targetCount > 0 && props.targets}
        </div>
      </div>
    </section>
  );
}
