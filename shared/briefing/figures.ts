import { formatRank, formatShare, formatValue } from '../assessment/format';
import type { Assessment, AssessedFigure, AssessmentStatus } from '../assessment/types';
import type { ObservationRecord } from '../domain/records';

/**
 * The words and numbers a briefing prints, in one place, so the preview, the PDF, the HTML
 * and the Markdown say the same thing to the last digit. Always the 'en' locale: a briefing
 * reads the same on every workstation.
 */

/** A recorded figure as the source states it: exact digits (up to 6 decimals), never rounded. */
const recorded = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '',
  approximately: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
};

type Figure = Pick<ObservationRecord, 'value' | 'unit' | 'qualifier'>;

/** "more than 3,300 organizations": the figure as recorded, with its qualifier and unit. */
export function figureText(figure: Figure): string {
  const text = `${QUALIFIER_WORDS[figure.qualifier] ?? ''}${recorded.format(figure.value)}`;
  return figure.unit ? `${text} ${figure.unit}` : text;
}

/** An observation's year, or its date when the source gives one ("2021-06"). */
export function whenText(observation: Pick<ObservationRecord, 'year' | 'date'>): string {
  return observation.date ?? String(observation.year);
}

/** The latest figure the status rests on: "2,446 (2021)", "rank 3 (2024)". */
export function latestText(assessment: Pick<Assessment, 'latest' | 'direction'>): string {
  const latest: AssessedFigure | null = assessment.latest;
  if (latest === null) return '—';
  const number =
    assessment.direction === 'rank'
      ? `rank ${formatRank(latest.value)}`
      : `${QUALIFIER_WORDS[latest.qualifier] ?? ''}${recorded.format(latest.value)}`;
  return `${number} (${latest.year})`;
}

/** The projected value in the due year, rounded as the explanation rounds it. */
export function projectedText(assessment: Pick<Assessment, 'projected' | 'direction' | 'dueYear'>): string {
  if (assessment.projected === null) return '—';
  const number = assessment.direction === 'rank' ? `rank ${formatRank(assessment.projected)}` : formatValue(assessment.projected);
  return assessment.dueYear === null ? number : `${number} (${assessment.dueYear})`;
}

/** R, the share of the required progress: "86%"; a dash when it does not apply. */
export function ratioText(assessment: Pick<Assessment, 'ratio'>): string {
  return assessment.ratio === null ? '—' : formatShare(assessment.ratio);
}

/** The target value as the plan states it: "3,000 positions", "rank 1". */
export function targetValueText(target: { direction: string; targetValue: number | null; unit: string | null }): string {
  if (target.targetValue === null) return '—';
  if (target.direction === 'rank') return `rank ${formatRank(target.targetValue)}`;
  const number = recorded.format(target.targetValue);
  return target.unit ? `${number} ${target.unit}` : number;
}

/** The generation time printed in the footer: "22 Nov 2026, 10:40" in the analyst's time zone. */
export function generatedText(at: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
}

/** A briefing's date (YYYY-MM-DD) as a reader expects it: "22 November 2026". */
export function dayText(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, date!)),
  );
}

/**
 * Each status's symbol, so it reads in greyscale print. The same symbols as the app's
 * StatusBadge (renderer/src/components/StatusBadge.tsx; a test keeps the two equal).
 */
export const STATUS_SYMBOLS = {
  met: '✔',
  'on-track': '▲',
  'needs-acceleration': '◆',
  stagnating: '▼',
  missed: '✖',
  'not-enough-data': '○',
  qualitative: '✎',
} as const satisfies Record<AssessmentStatus, string>;

/** The assessment's one line as a sentence: capitalised, with a full stop. */
export function explanationText(assessment: Pick<Assessment, 'explanation'>): string {
  const text = assessment.explanation.trim();
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/u.test(sentence) ? sentence : `${sentence}.`;
}

/** The assessment's notes its one line does not already say (the chart's caption uses the same rule). */
export function notesBesideExplanation(assessment: Pick<Assessment, 'explanation' | 'notes'>): Assessment['notes'] {
  return assessment.notes.filter((note) => !assessment.explanation.includes(note.text));
}
