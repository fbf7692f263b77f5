import { buildSeries, formatRank, formatValue } from '../../../../shared/assessment';
import type { AssessableObservation, AssessableTarget, AssessedFigure, Assessment } from '../../../../shared/assessment';
import { axisTicks, niceStep, yearTicks } from './chart-scale';

/**
 * The figures a target progress chart draws, worked out from the same series and the same
 * assessment the status rests on, so what the chart shows and what the line of text says agree.
 * Pure: no React, no DOM, so each piece can be checked against a hand calculation.
 */

export interface YearValue {
  year: number;
  value: number;
}

export type PathBasis = 'compound' | 'linear';

/** A path sampled once a year (or more sparsely over a very long span), ends exact. */
export interface ChartPath {
  basis: PathBasis;
  points: readonly YearValue[];
}

export interface ChartAxis {
  domain: readonly [number, number];
  ticks: readonly number[];
}

export interface ChartValueAxis extends ChartAxis {
  /** Ranks are drawn with 1 at the top, so up always means better. */
  reversed: boolean;
  label: string;
  /** Ranks are whole positions: no tick at rank 2.5. */
  wholeNumbers: boolean;
}

export type TargetDirection = AssessableTarget['direction'];
export type MeasurableDirection = Exclude<TargetDirection, 'qualitative'>;

/** One row of the chart's data table: what is plotted at that year. */
export interface ChartTableRow {
  year: number;
  /** The observed figure (with its qualifier), or the plan's stated baseline; '' when none. */
  figure: string;
  required: string;
  projection: string;
  target: string;
}

export interface TargetChartData {
  direction: MeasurableDirection;
  /** The observed figures the assessment read, one a year, in year order. */
  observed: readonly AssessedFigure[];
  /** The figure progress is measured from: the plan's stated baseline or the first figure. */
  baseline: AssessedFigure | null;
  /** The figure the status rests on: the latest, or for a past due year the latest by then. */
  latest: AssessedFigure | null;
  /** The steady path from the baseline that would land on the target in the due year. */
  required: ChartPath | null;
  /** The latest figure carried forward at the pace achieved so far, to the due year. */
  projection: ChartPath | null;
  /** The target value, at its due year when it has one. */
  target: { value: number; year: number | null } | null;
  /** The current year, when it falls inside the years shown. */
  now: number | null;
  x: ChartAxis;
  y: ChartValueAxis;
  rows: readonly ChartTableRow[];
}

export type TargetChartView =
  /** A qualitative target: the analyst's status, nothing to plot. */
  | { kind: 'qualitative' }
  /** A measurable target with no observed figure yet. */
  | { kind: 'no-figures' }
  | { kind: 'chart'; data: TargetChartData };

export interface ChartInput {
  target: AssessableTarget;
  observations: readonly AssessableObservation[];
  assessment: Assessment;
  currentYear: number;
}

export function buildTargetChart({ target, observations, assessment, currentYear }: ChartInput): TargetChartView {
  const direction = target.direction;
  if (direction === 'qualitative') return { kind: 'qualitative' };
  const series = buildSeries(target, observations);
  const observed = series.points.filter((point) => point.from === 'observations');
  if (observed.length === 0) return { kind: 'no-figures' };

  const baseline = assessment.baseline ?? series.points[0] ?? null;
  const latest = assessment.latest ?? observed.at(-1) ?? null;
  const targetValue = target.targetValue;
  const dueYear = target.dueYear;
  const required = requiredPath(direction, assessment, baseline, latest, targetValue, dueYear);
  const projection = projectionPath(assessment, latest, dueYear);
  const targetMark = targetValue === null ? null : { value: targetValue, year: dueYear };

  const years: number[] = observed.map((point) => point.year);
  const values: number[] = observed.map((point) => point.value);
  if (baseline !== null) {
    years.push(baseline.year);
    values.push(baseline.value);
  }
  for (const path of [required, projection]) {
    if (path === null) continue;
    for (const point of path.points) {
      years.push(point.year);
      values.push(point.value);
    }
  }
  if (targetMark !== null) {
    values.push(targetMark.value);
    if (targetMark.year !== null) years.push(targetMark.year);
  }
  const x = yearAxis(years);
  const now = currentYear > x.domain[0] && currentYear < x.domain[1] ? currentYear : null;

  return {
    kind: 'chart',
    data: {
      direction,
      observed,
      baseline,
      latest,
      required,
      projection,
      target: targetMark,
      now,
      x,
      y: valueAxis(direction, target.unit ?? null, values),
      rows: tableRows(direction, observed, baseline, required, projection, targetMark),
    },
  };
}

/** For 'decrease' and 'rank' targets lower is better (the assessment's own rule). */
export function lowerIsBetter(direction: TargetDirection): boolean {
  return direction === 'decrease' || direction === 'rank';
}

/**
 * The required path, on the basis the assessment used (annualChange.basis). Where the
 * assessment drew no trend (already met, past due, only one figure) it has no basis to give,
 * so the assessment's own rule picks one: compound when baseline, latest and target are all
 * above zero, else a straight line. No path when the baseline already met the target: there
 * is no progress to require, and a line back down to the target would read as a goal.
 */
export function requiredPath(
  direction: MeasurableDirection,
  assessment: Pick<Assessment, 'annualChange'>,
  baseline: YearValue | null,
  latest: YearValue | null,
  targetValue: number | null,
  dueYear: number | null,
): ChartPath | null {
  if (baseline === null || targetValue === null || dueYear === null || dueYear <= baseline.year) return null;
  const progressRequired = lowerIsBetter(direction) ? targetValue < baseline.value : targetValue > baseline.value;
  if (!progressRequired) return null;
  const basis = assessment.annualChange?.basis ?? fallbackBasis(baseline.value, latest?.value ?? baseline.value, targetValue);
  const end = { year: dueYear, value: targetValue };
  const span = dueYear - baseline.year;
  const valueAt =
    basis === 'compound'
      ? (year: number) => baseline.value * Math.pow(targetValue / baseline.value, (year - baseline.year) / span)
      : (year: number) => baseline.value + ((targetValue - baseline.value) * (year - baseline.year)) / span;
  return { basis, points: sample(baseline, end, valueAt) };
}

function fallbackBasis(baseline: number, latest: number, target: number): PathBasis {
  return baseline > 0 && latest > 0 && target > 0 ? 'compound' : 'linear';
}

/**
 * The projection from the latest figure to the due year at the achieved pace: the growth rate
 * (compound) or the slope (linear) the assessment measured. Where the assessment stopped the
 * projection at a floor (rank 1, or 0 for a count), the path stops there too, so it ends on
 * the projected value the text quotes.
 */
export function projectionPath(
  assessment: Pick<Assessment, 'annualChange' | 'projected' | 'notes'>,
  latest: YearValue | null,
  dueYear: number | null,
): ChartPath | null {
  const { annualChange, projected } = assessment;
  if (annualChange === null || projected === null || latest === null || dueYear === null) return null;
  // A latest figure from after the due year is itself the projection: nothing to draw.
  if (dueYear <= latest.year) return null;
  const floor = assessment.notes.some((note) => note.code === 'projection-floored') ? projected : null;
  const rate = annualChange.achieved;
  const raw =
    annualChange.basis === 'compound'
      ? (year: number) => latest.value * Math.pow(1 + rate, year - latest.year)
      : (year: number) => latest.value + rate * (year - latest.year);
  const valueAt = floor === null ? raw : (year: number) => Math.max(raw(year), floor);
  return { basis: annualChange.basis, points: sample(latest, { year: dueYear, value: projected }, valueAt) };
}

/** At most this many segments, so a path over a century stays a light SVG. */
const MAX_SEGMENTS = 60;

function sample(start: YearValue, end: YearValue, valueAt: (year: number) => number): YearValue[] {
  const span = end.year - start.year;
  const step = Math.max(1, Math.ceil(span / MAX_SEGMENTS));
  const points: YearValue[] = [{ year: start.year, value: start.value }];
  for (let year = start.year + step; year < end.year; year += step) points.push({ year, value: valueAt(year) });
  // The ends are the figures themselves, not the formula's floating-point reading of them.
  points.push({ year: end.year, value: end.value });
  return points;
}

/** The value of a path at a year within its span (the points are yearly, or the year is an end). */
export function pathValueAt(path: ChartPath | null, year: number): number | null {
  if (path === null) return null;
  return path.points.find((point) => point.year === year)?.value ?? null;
}

function yearAxis(years: readonly number[]): ChartAxis {
  let first = Math.min(...years);
  let last = Math.max(...years);
  if (first === last) {
    first -= 1;
    last += 1;
  }
  return { domain: [first, last], ticks: yearTicks(first, last) };
}

/**
 * A value axis that holds every plotted figure. Ranks run from 1 (the best) at the top. Other
 * quantities start at 0 when they never go below it and 0 is not far off, so the slope is not
 * exaggerated; a series far from 0 gets an axis fitted to it instead.
 */
export function valueAxis(direction: MeasurableDirection, unit: string | null, values: readonly number[]): ChartValueAxis {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (direction === 'rank') {
    const step = Math.max(1, Math.round(niceStep(Math.max(high - 1, 4))));
    const top = Math.max(Math.ceil(high / step) * step, step);
    // Rank 1 stands in for 0 at the top: there is no rank 0.
    const ticks = [1, ...axisTicks(0, top, step).filter((tick) => tick > 1)];
    return { domain: [1, top], ticks, reversed: true, label: 'rank (1 is best)', wholeNumbers: true };
  }
  const label = unit?.trim() || 'value';
  const spread = high - low || Math.abs(high) || 1;
  const fromZero = low >= 0 && low <= spread * 1.5;
  const start = fromZero ? 0 : low - spread * 0.1;
  // No headroom in data units: the axis' padding in px keeps the top marker off the frame.
  const end = high;
  const step = niceStep(end - start);
  const domain: [number, number] = [Math.floor(start / step) * step, Math.ceil(end / step) * step];
  return { domain, ticks: axisTicks(domain[0], domain[1], step), reversed: false, label, wholeNumbers: false };
}

const QUALIFIER_WORDS: Record<string, string> = {
  approximately: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
};

/** A figure as the assessment writes it ("2,446", "rank 70"), with its qualifier ("about 13"). */
export function showFigure(direction: MeasurableDirection, value: number, qualifier = 'exact'): string {
  const number = direction === 'rank' ? formatRank(value) : formatValue(value);
  return `${QUALIFIER_WORDS[qualifier] ?? ''}${number}`;
}

function tableRows(
  direction: MeasurableDirection,
  observed: readonly AssessedFigure[],
  baseline: AssessedFigure | null,
  required: ChartPath | null,
  projection: ChartPath | null,
  target: { value: number; year: number | null } | null,
): ChartTableRow[] {
  const years = new Set(observed.map((point) => point.year));
  if (baseline !== null) years.add(baseline.year);
  if (target?.year != null) years.add(target.year);
  const show = (value: number | null) => (value === null ? '' : showFigure(direction, value));
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const figure = observed.find((point) => point.year === year);
      const stated = baseline?.from === 'target' && baseline.year === year ? baseline : null;
      return {
        year,
        figure:
          figure !== undefined
            ? showFigure(direction, figure.value, figure.qualifier)
            : stated !== null
              ? `${showFigure(direction, stated.value)} (plan's baseline)`
              : '',
        required: show(pathValueAt(required, year)),
        projection: show(pathValueAt(projection, year)),
        target: target !== null && target.year === year ? show(target.value) : '',
      };
    });
}
