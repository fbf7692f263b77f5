/** Display formatting shared by tables, detail pages and forms. */

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : numberFormat.format(value);
}

const QUALIFIER_PREFIX: Record<string, string> = {
  exact: '',
  approximately: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
};

export function formatValue(value: number | null, unit?: string | null, qualifier = 'exact'): string {
  if (value === null) return '';
  const text = `${QUALIFIER_PREFIX[qualifier] ?? ''}${formatNumber(value)}`;
  return unit ? `${text} ${unit}` : text;
}

export function formatPeriod(start: number | null, end: number | null): string {
  if (start === null && end === null) return '';
  if (start === end) return String(start);
  return `${start ?? '…'}–${end ?? '…'}`;
}

const LABELS: Record<string, string> = {
  'action-plan': 'Action plan',
  'in-force': 'In force',
  'research-institute': 'Research institute',
  'foreign-government': 'Foreign government',
  'more-than': 'More than',
  'at-least': 'At least',
  'less-than': 'Less than',
  rank: 'Rank (1 is best)',
};

/** "action-plan" → "Action plan": the label for a stored enum value. */
export function labelOf(value: string): string {
  return LABELS[value] ?? value.charAt(0).toUpperCase() + value.slice(1).replaceAll('-', ' ');
}
