import { formatChange, formatRank, formatRate, formatRateSize, formatShare, formatValue } from './format';
import type { LinearReason, Projection } from './projection';
import type {
  AnalystJudgement,
  AssessedFigure,
  AssessmentNote,
  NotEnoughDataReason,
  TargetDirection,
  ValueQualifier,
} from './types';
import { ASSESSMENT_STATUS_LABELS } from './types';

/**
 * The words of each result: one plain line, with every number a reader needs to check it.
 * Ranks read as ranks ("needs to climb 35.5% a year", "rank 70"): for a rank, a fall in the
 * number is progress, and saying so in words avoids a bare minus sign that reads as decline.
 */

function show(direction: TargetDirection, value: number): string {
  return direction === 'rank' ? formatRank(value) : formatValue(value);
}

function noun(direction: TargetDirection): string {
  return direction === 'rank' ? 'rank' : 'value';
}

export function trendClause(direction: TargetDirection, projection: Projection, targetValue: number, dueYear: number): string {
  const pace = direction === 'rank' ? rankPace(projection) : valuePace(projection);
  return (
    `${pace}; projected ${dueYear} ${noun(direction)} ${show(direction, projection.projected)} ` +
    `against ${show(direction, targetValue)} (${formatShare(projection.ratio)} of the required progress)`
  );
}

function valuePace({ method, requiredPerYear, achievedPerYear }: Projection): string {
  const change = method === 'cagr' ? formatRate : formatChange;
  return `needs ${change(requiredPerYear)} a year; achieving ${change(achievedPerYear)} a year`;
}

function rankPace({ method, requiredPerYear, achievedPerYear }: Projection): string {
  const size = method === 'cagr' ? formatRateSize : (perYear: number) => `${formatValue(Math.abs(perYear))} places`;
  const needs = `needs to climb ${size(requiredPerYear)} a year`;
  if (achievedPerYear < 0) return `${needs}; climbing ${size(achievedPerYear)} a year`;
  if (achievedPerYear > 0) return `${needs}; falling back ${size(achievedPerYear)} a year`;
  return `${needs}; not moving`;
}

export function metClause(direction: TargetDirection, latest: AssessedFigure, targetValue: number): string {
  return `latest ${noun(direction)} ${show(direction, latest.value)} (${latest.year}) already meets the target ${show(direction, targetValue)}`;
}

export function pastDueClause(
  direction: TargetDirection,
  latest: AssessedFigure,
  targetValue: number,
  dueYear: number,
  met: boolean,
): string {
  const verdict = met ? 'met' : 'fell short of';
  return `due ${dueYear}: ${noun(direction)} ${show(direction, latest.value)} in ${latest.year} ${verdict} the target ${show(direction, targetValue)}`;
}

export function fellBackClause(
  direction: TargetDirection,
  baseline: AssessedFigure,
  latest: AssessedFigure,
  targetValue: number,
): string {
  return (
    `the ${baseline.year} baseline ${show(direction, baseline.value)} already met the target ${show(direction, targetValue)}; ` +
    `the latest ${noun(direction)} ${show(direction, latest.value)} (${latest.year}) no longer does`
  );
}

export interface NotEnoughDataContext {
  direction: TargetDirection;
  targetValue: number | null;
  dueYear: number | null;
  baseline: AssessedFigure | null;
  latest: AssessedFigure | null;
  analyst: AnalystJudgement | null;
}

export function notEnoughDataClause(reason: NotEnoughDataReason, context: NotEnoughDataContext): string {
  const { direction, targetValue, dueYear, baseline, latest, analyst } = context;
  const against = targetValue === null ? '' : ` against the target ${show(direction, targetValue)}`;
  const latestFigure = latest === null ? 'none' : `${show(direction, latest.value)} (${latest.year})`;
  switch (reason) {
    case 'no-target-value':
      return 'no target value to measure against';
    case 'no-figures':
      return baseline?.from === 'target'
        ? `no figures since the ${baseline.year} baseline ${show(direction, baseline.value)}`
        : 'no figures yet';
    case 'one-figure':
      return `only one figure, ${latestFigure}${against}; a trend needs two`;
    case 'no-due-year':
      return `no due year to project to; latest ${noun(direction)} ${latestFigure}${against}`;
    case 'no-figure-by-due-year':
      return `due ${dueYear}: no figure for ${dueYear} or earlier`;
    case 'no-analyst-status':
      return 'qualitative target: no analyst has set its status yet';
    case 'needs-evidence':
      return `qualitative target: the analyst's status "${analystLabel(analyst)}" needs at least one linked evidence item`;
  }
}

export function analystClause(judgement: AnalystJudgement): string {
  const count = judgement.evidenceIds.length;
  return `analyst's status: ${analystLabel(judgement)}, resting on ${count} linked evidence ${count === 1 ? 'item' : 'items'}`;
}

function analystLabel(judgement: AnalystJudgement | null): string {
  return judgement === null ? '' : ASSESSMENT_STATUS_LABELS[judgement.status].toLowerCase();
}

export function linearNote(reason: LinearReason, direction: TargetDirection, figure: number): AssessmentNote {
  const value = show(direction, figure);
  const why =
    reason === 'baseline-not-positive'
      ? `a growth rate from a baseline of ${value} is undefined`
      : reason === 'latest-not-positive'
        ? `a growth rate to a latest figure of ${value} is undefined`
        : `compound growth never reaches a target of ${value}`;
  return { code: 'linear-fallback', text: `straight-line projection, because ${why}` };
}

export function flooredNote(direction: TargetDirection, floor: number): AssessmentNote {
  return {
    code: 'projection-floored',
    text: direction === 'rank' ? `projection stops at rank ${formatRank(floor)}` : `projection stops at ${formatValue(floor)}`,
  };
}

const QUALIFIER_WORDS: Record<Exclude<ValueQualifier, 'exact'>, string> = {
  approximately: 'about',
  'more-than': 'more than',
  'at-least': 'at least',
  'less-than': 'less than',
};

/**
 * The figure is used as stated: it is the best number the source gives. A bound says which
 * way the truth lies, so the note says which way that moves the progress measured: a true
 * latest value above the stated one is more progress on an 'increase' target and less on a
 * 'decrease' or 'rank' target; at the baseline it is the other way round.
 */
export function qualifierNote(
  figure: AssessedFigure,
  role: 'baseline' | 'latest',
  direction: TargetDirection,
): AssessmentNote | null {
  if (figure.qualifier === 'exact') return null;
  const stated = `the source gives the ${figure.year} figure as ${QUALIFIER_WORDS[figure.qualifier]} ${show(direction, figure.value)}`;
  if (figure.qualifier === 'approximately') return { code: 'qualified-figure', text: stated };
  const truthIsHigher = figure.qualifier !== 'less-than';
  const higherIsProgress = (direction === 'increase') === (role === 'latest');
  const more = truthIsHigher === higherIsProgress;
  return { code: 'qualified-figure', text: `${stated}, so progress may be ${more ? 'greater' : 'smaller'}` };
}
