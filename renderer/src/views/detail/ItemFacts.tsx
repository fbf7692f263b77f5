import type { ReactNode } from 'react';
import type { ItemKind } from '../../../../shared/domain/entities';
import type { StoredItem } from '../../../../shared/domain/records';
import { formatNumber, formatPeriod, formatValue, labelOf } from '../../format';

type Fact = [label: string, value: ReactNode];

function factsOf(kind: ItemKind, item: StoredItem<ItemKind>): Fact[] {
  switch (kind) {
    case 'policy': {
      const p = item as StoredItem<'policy'>;
      return [
        ['Kind', labelOf(p.kind)],
        ['Document number', p.docNumber && <span lang="zh">{p.docNumber}</span>],
        ['Issued', p.issued],
        ['In force', formatPeriod(p.periodStart, p.periodEnd)],
        ['Status', labelOf(p.status)],
        ['Themes', p.themes.join(', ')],
      ];
    }
    case 'plan': {
      const p = item as StoredItem<'plan'>;
      return [['Period', formatPeriod(p.periodStart, p.periodEnd)]];
    }
    case 'target': {
      const t = item as StoredItem<'target'>;
      return [
        ['Metric', t.metric],
        ['Direction', labelOf(t.direction)],
        ['Baseline', t.baselineValue === null ? null : `${formatValue(t.baselineValue, t.unit)} (${t.baselineYear})`],
        ['Target', formatValue(t.targetValue, t.unit)],
        ['Due', t.dueYear === null ? null : String(t.dueYear)],
        ['Themes', t.themes.join(', ')],
      ];
    }
    case 'observation': {
      const o = item as StoredItem<'observation'>;
      return [
        ['Indicator', o.indicator],
        ['Subject', o.subject],
        ['Value', formatValue(o.value, o.unit, o.qualifier)],
        ['Year', String(o.year)],
        ['Date', o.date],
        ['Note', o.note],
      ];
    }
    case 'organisation': {
      const o = item as StoredItem<'organisation'>;
      return [
        ['Short name', o.abbreviation],
        ['Kind', labelOf(o.kind)],
        ['Country', o.country],
      ];
    }
  }
}

/** The item's own fields as a definition list; empty fields are left out, not shown as blanks. */
export function ItemFacts({ kind, item }: { kind: ItemKind; item: StoredItem<ItemKind> }) {
  const facts = factsOf(kind, item).filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (facts.length === 0) return null;
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{typeof value === 'number' ? formatNumber(value) : value}</dd>
        </div>
      ))}
    </dl>
  );
}
