import { formatValue } from './format';
import type { AssessableObservation, AssessableTarget, AssessedFigure, AssessmentNote, ValueQualifier } from './types';

/**
 * Turns a target's observations into the series the method reads: one figure a year, in
 * year order, starting at the baseline.
 *
 * Baseline: the target's own baselineValue/baselineYear when the plan states them (that is
 * the figure the plan measures itself against), else the earliest observation. With a
 * stated baseline, observations from the baseline year or earlier are left out: progress is
 * measured from the plan's own figure, and an observation in the baseline year is either
 * the same figure or a competing one the plan did not choose.
 */
export interface Series {
  /** One figure a year, ascending; [0] is the baseline. Empty when there is nothing to measure. */
  points: readonly AssessedFigure[];
  notes: readonly AssessmentNote[];
  /**
   * How the same-year rule reduced a year's figures, by year. Kept apart from `notes` because
   * it matters to a reader only for the years the method goes on to use.
   */
  sameYear: ReadonlyMap<number, AssessmentNote>;
}

/**
 * Same-year rule: the latest-dated figure of the year stands for the year. Figures within a
 * year are usually successive counts of the same stock or a revision of an earlier figure
 * ("at least 13" in April 2023, then 13 in May 2023), so the later one supersedes the
 * earlier; a mean would blend a stale count with a current one into a number no source
 * reported. An undated figure ranks below a dated one of the same year, since only the dated
 * one can be placed in the year. Figures that tie on the latest date have no order to go by,
 * so they are averaged (and the note says so), which does not depend on storage order.
 */
export function buildSeries(target: AssessableTarget, observations: readonly AssessableObservation[]): Series {
  const notes: AssessmentNote[] = [];
  const stated = statedBaseline(target);
  const usable = keepTargetUnit(target.unit ?? null, observations, notes);
  // Either branch makes a fresh array, so sorting it in place leaves the caller's records alone.
  const sorted = stated === null ? usable.slice() : usable.filter((observation) => observation.year > stated.year);
  if (stated !== null && sorted.length < usable.length) {
    const count = usable.length - sorted.length;
    notes.push({
      code: 'before-baseline-left-out',
      text: `${figures(count)} from ${stated.year} or earlier left out; progress is measured from the target's ${stated.year} baseline`,
    });
  }

  sorted.sort(byYearThenDate);
  const points: AssessedFigure[] = stated === null ? [] : [stated];
  let sameYear: Map<number, AssessmentNote> | null = null;
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]!.year === sorted[start]!.year) end += 1;
    const only = sorted[start]!;
    if (end - start === 1) points.push(singleFigure(only));
    else points.push(oneFigureForYear(sorted, start, end, (sameYear ??= new Map())));
    start = end;
  }
  return { points, notes, sameYear: sameYear ?? NO_SAME_YEAR_FIGURES };
}

const NO_SAME_YEAR_FIGURES: ReadonlyMap<number, AssessmentNote> = new Map();

function statedBaseline(target: AssessableTarget): AssessedFigure | null {
  if (target.baselineValue === null || target.baselineYear === null) return null;
  return { year: target.baselineYear, value: target.baselineValue, qualifier: 'exact', from: 'target', observationIds: [] };
}

/**
 * A figure in another unit (a growth rate in %, filed under a count of positions) would make
 * every number after it meaningless, so it is left out and the note says so. A target stated
 * per year ("students per year") is measured by yearly figures of the thing counted
 * ("students"), so that pair is accepted. No unit on either side accepts the figure.
 *
 * Nearly every figure carries the target's unit spelled exactly the same, so normalising and
 * copying happen only once a figure differs: assessing thousands of targets stays cheap.
 */
function keepTargetUnit(
  targetUnit: string | null,
  observations: readonly AssessableObservation[],
  notes: AssessmentNote[],
): readonly AssessableObservation[] {
  if (targetUnit === null) return observations;
  let accepts: ((unit: string) => boolean) | null = null;
  let kept: AssessableObservation[] | null = null;
  const otherUnits = new Set<string>();
  for (let index = 0; index < observations.length; index += 1) {
    const observation = observations[index]!;
    const own = observation.unit ?? null;
    if (own === null || own === targetUnit) {
      kept?.push(observation);
      continue;
    }
    accepts ??= unitMatcher(targetUnit);
    if (accepts(own)) {
      kept?.push(observation);
      continue;
    }
    kept ??= observations.slice(0, index);
    otherUnits.add(own.trim());
  }
  if (kept === null) return observations;
  const count = observations.length - kept.length;
  notes.push({ code: 'other-unit-left-out', text: `${figures(count)} in another unit (${[...otherUnits].join(', ')}) left out` });
  return kept;
}

function unitMatcher(targetUnit: string): (unit: string) => boolean {
  const unit = normaliseUnit(targetUnit);
  const countedUnit = unit.replace(PER_YEAR, '');
  return (own) => {
    const normalised = normaliseUnit(own);
    return normalised === unit || normalised === countedUnit;
  };
}

const PER_YEAR = /\s*(?:per|a|each)\s+year$|\s*\/\s*(?:year|yr)$|\s+annually$/;

function normaliseUnit(unit: string): string {
  return unit.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The position of a figure within its year: a year-only date and a missing date are the
 * same (''), below any month or day. Comparisons are only ever within one year.
 */
function dateKey(observation: AssessableObservation): string {
  const date = observation.date ?? null;
  return date === null || date.length === 4 ? '' : date;
}

function byYearThenDate(a: AssessableObservation, b: AssessableObservation): number {
  if (a.year !== b.year) return a.year - b.year;
  const keyA = dateKey(a);
  const keyB = dateKey(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/**
 * Reduces sorted[start..end), two or more figures of one year, to one figure by the same-year
 * rule, and records in `sameYear` how it did.
 */
function oneFigureForYear(
  sorted: readonly AssessableObservation[],
  start: number,
  end: number,
  sameYear: Map<number, AssessmentNote>,
): AssessedFigure {
  const last = sorted[end - 1]!;
  const latestKey = dateKey(last);
  let firstTied = end - 1;
  while (firstTied > start && dateKey(sorted[firstTied - 1]!) === latestKey) firstTied -= 1;
  const tied = sorted.slice(firstTied, end);
  const year = last.year;
  if (tied.length === 1) {
    sameYear.set(year, {
      code: 'same-year-figures',
      text: `${end - start} figures for ${year}: the latest-dated (${latestKey}) stands for the year`,
    });
    return figureOf(tied, last.value, last.qualifier ?? 'exact');
  }
  const mean = tied.reduce((sum, observation) => sum + observation.value, 0) / tied.length;
  const qualifiers = new Set(tied.map((observation) => observation.qualifier ?? 'exact'));
  // A mean of figures stated differently ("more than 10" and "12") is only approximately anything.
  const qualifier: ValueQualifier = qualifiers.size === 1 ? (last.qualifier ?? 'exact') : 'approximately';
  sameYear.set(year, {
    code: 'same-year-figures',
    text: `${tied.length} equally dated figures for ${year} averaged to ${formatValue(mean)}`,
  });
  return figureOf(tied, mean, qualifier);
}

function singleFigure(observation: AssessableObservation): AssessedFigure {
  return {
    year: observation.year,
    value: observation.value,
    qualifier: observation.qualifier ?? 'exact',
    from: 'observations',
    observationIds: observation.id === undefined ? [] : [observation.id],
  };
}

function figureOf(observations: readonly AssessableObservation[], value: number, qualifier: ValueQualifier): AssessedFigure {
  const ids: string[] = [];
  for (const observation of observations) if (observation.id !== undefined) ids.push(observation.id);
  return { year: observations[0]!.year, value, qualifier, from: 'observations', observationIds: ids };
}

function figures(count: number): string {
  return count === 1 ? '1 figure' : `${count} figures`;
}

/**
 * Whether a figure in `unit` counts toward a target counted in `targetUnit`, by the same
 * rule the assessment uses; forms use it to warn before a figure is left out.
 */
export function unitsAgree(targetUnit: string | null, unit: string | null): boolean {
  if (targetUnit === null || unit === null) return true;
  return unitMatcher(targetUnit)(unit);
}
