import { ASSESSMENT_STATUS_LABELS } from '../../../../shared/assessment';
import type { AssessedFigure, Assessment, AssessmentNote } from '../../../../shared/assessment';
import { SERIES_STYLES, TARGET_LINE_DASH } from './chart-style';
import type { LegendEntry } from './ChartLegend';
import { showFigure } from './target-chart-data';
import type { MeasurableDirection, TargetChartData } from './target-chart-data';

/** The words around a target progress chart. Pure, so each can be checked in a test. */

export function chartName(statement: string): string {
  return `Progress chart for the target: ${statement}`;
}

/**
 * One sentence: the status, then the assessment's own explanation, so the text alternative
 * says exactly what the status panel says. An analyst's status is already named by the
 * explanation ("analyst's status: on track, …"), so it is not named twice.
 */
export function chartSummary(assessment: Pick<Assessment, 'status' | 'explanation'>): string {
  const explanation = assessment.explanation.trim();
  const sentence =
    assessment.status === 'qualitative'
      ? explanation.charAt(0).toUpperCase() + explanation.slice(1)
      : `${ASSESSMENT_STATUS_LABELS[assessment.status]}: ${explanation}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** The assessment's notes that its one line leaves out (the series' own notes, such as figures left out). */
export function notesBesideSummary(assessment: Pick<Assessment, 'explanation' | 'notes'>): AssessmentNote[] {
  return assessment.notes.filter((note) => !assessment.explanation.includes(note.text));
}

function figureText(direction: MeasurableDirection, value: number, qualifier?: string): string {
  const figure = showFigure(direction, value, qualifier);
  return direction === 'rank' ? `rank ${figure}` : figure;
}

/** The direct label on the latest figure: "2,446 (2021)", "about 13 (2023)", "rank 240 (2024)". */
export function latestLabel(direction: MeasurableDirection, latest: AssessedFigure): string {
  return `${figureText(direction, latest.value, latest.qualifier)} (${latest.year})`;
}

/** The direct label on the target: "Target 3,000 by 2025", "Target rank 1 by 2035", "Target 200, no due year". */
export function targetLabel(direction: MeasurableDirection, target: { value: number; year: number | null }): string {
  const value = figureText(direction, target.value);
  return target.year === null ? `Target ${value}, no due year` : `Target ${value} by ${target.year}`;
}

/** The legend names only what is drawn. */
export function legendEntries(data: TargetChartData): LegendEntry[] {
  const entries: LegendEntry[] = [{ key: 'observed', label: 'Observed', style: SERIES_STYLES.observed }];
  if (data.baseline !== null) {
    const label = data.baseline.from === 'target' ? "Baseline (the plan's figure)" : 'Baseline (first figure)';
    entries.push({ key: 'baseline', label, style: SERIES_STYLES.baseline });
  }
  if (data.required !== null) {
    const basis = data.required.basis === 'compound' ? 'steady growth rate' : 'steady yearly change';
    entries.push({ key: 'required', label: `Required path (${basis})`, style: SERIES_STYLES.required });
  }
  if (data.projection !== null) {
    entries.push({ key: 'projection', label: SERIES_STYLES.projection.label, style: SERIES_STYLES.projection });
  }
  if (data.target !== null) {
    // Without a due year the target is a line across the chart, not a point.
    const style =
      data.target.year === null
        ? { ...SERIES_STYLES.target, dash: TARGET_LINE_DASH, lineWidth: 1.5, marker: null }
        : SERIES_STYLES.target;
    entries.push({ key: 'target', label: data.target.year === null ? 'Target (no due year)' : 'Target', style });
  }
  return entries;
}

/** The table's caption: what the figures count, and the target when the table has no row for it. */
export function tableCaption(data: TargetChartData, unit: string | null): string {
  const counted = unit?.trim() ? ` (${unit.trim()})` : '';
  const what = data.direction === 'rank' ? 'Ranks plotted in the chart (1 is best)' : `Figures plotted in the chart${counted}`;
  const target =
    data.target !== null && data.target.year === null ? `; ${targetLabel(data.direction, data.target).toLowerCase()}` : '';
  return `${what}${target}`;
}
