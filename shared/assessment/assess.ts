import {
  analystClause,
  fellBackClause,
  flooredNote,
  linearNote,
  metClause,
  notEnoughDataClause,
  pastDueClause,
  qualifierNote,
  trendClause,
} from './explain';
import { classifyRatio, project } from './projection';
import { buildSeries } from './series';
import type { Series } from './series';
import { DEFAULT_ASSESSMENT_SETTINGS } from './settings';
import type { AssessmentSettings } from './settings';
import type {
  AnalystJudgement,
  AssessableObservation,
  AssessableTarget,
  AssessedFigure,
  Assessment,
  AssessmentNote,
  AssessOptions,
  NotEnoughDataReason,
  TargetDirection,
} from './types';

/**
 * Judges whether a target is on track, by the UN SDG Progress Chart method where it applies
 * and by a stated fallback where it does not. The order of the checks is the order of the
 * questions an analyst asks:
 *  1. qualitative? the analyst's own status, which must rest on evidence;
 *  2. anything to measure? a target value and at least one observed figure;
 *  3. due year passed? met or missed by the latest figure at or before the due year;
 *  4. already met? the latest figure meets the target (one figure is enough to know that);
 *  5. otherwise project: a due year and two figures (baseline and latest) are needed.
 */
export function assessTarget(
  target: AssessableTarget,
  observations: readonly AssessableObservation[],
  options: AssessOptions,
): Assessment {
  if (!Number.isInteger(options.currentYear)) {
    throw new RangeError(`currentYear must be a whole year, not ${options.currentYear}`);
  }
  if (target.direction === 'qualitative') return assessQualitative(target, options.analyst ?? null);
  return assessMeasurable(target, observations, options.currentYear, options.settings ?? DEFAULT_ASSESSMENT_SETTINGS);
}

export interface AssessManyOptions {
  currentYear: number;
  settings?: AssessmentSettings;
  /** Analysts' statuses for qualitative targets, by target id. */
  judgements?: ReadonlyMap<string, AnalystJudgement>;
}

/**
 * Assesses many targets at once, matching observations to targets by targetId in one pass.
 * Observations owned by no listed target (free-standing indicators) are ignored. The caller
 * passes only items in the library (not in the trash).
 */
export function assessTargets(
  targets: readonly (AssessableTarget & { id: string })[],
  observations: readonly (AssessableObservation & { targetId: string | null })[],
  options: AssessManyOptions,
): Map<string, Assessment> {
  const byTarget = new Map<string, AssessableObservation[]>();
  for (const target of targets) byTarget.set(target.id, []);
  for (const observation of observations) {
    if (observation.targetId !== null) byTarget.get(observation.targetId)?.push(observation);
  }
  const results = new Map<string, Assessment>();
  for (const target of targets) {
    results.set(
      target.id,
      assessTarget(target, byTarget.get(target.id) ?? [], {
        currentYear: options.currentYear,
        settings: options.settings,
        analyst: options.judgements?.get(target.id) ?? null,
      }),
    );
  }
  return results;
}

/** What a branch decides; `finish` fills in the rest, so every result has the same fields in the same order. */
interface Outcome {
  status: Assessment['status'];
  method: Assessment['method'];
  reason?: NotEnoughDataReason;
  baseline?: AssessedFigure | null;
  latest?: AssessedFigure | null;
  annualChange?: Assessment['annualChange'];
  projected?: number;
  ratio?: number;
  notes?: readonly AssessmentNote[];
  analyst?: AnalystJudgement;
}

/** Notes that explain a result's numbers go into its one line; the others stay in `notes`. */
const KEPT_OUT_OF_LINE = new Set<AssessmentNote['code']>(['before-baseline-left-out', 'baseline-already-met']);

function finish(target: AssessableTarget, outcome: Outcome, clause: string): Assessment {
  const notes = outcome.notes ?? [];
  let explanation = clause;
  for (const note of notes) if (!KEPT_OUT_OF_LINE.has(note.code)) explanation += `; ${note.text}`;
  return {
    status: outcome.status,
    explanation,
    method: outcome.method,
    reason: outcome.reason ?? null,
    direction: target.direction,
    targetValue: target.targetValue,
    dueYear: target.dueYear,
    baseline: outcome.baseline ?? null,
    latest: outcome.latest ?? null,
    annualChange: outcome.annualChange ?? null,
    projected: outcome.projected ?? null,
    ratio: outcome.ratio ?? null,
    notes,
    analyst: outcome.analyst ?? null,
  };
}

function assessQualitative(target: AssessableTarget, judgement: AnalystJudgement | null): Assessment {
  if (judgement === null) return notEnoughData(target, 'no-analyst-status', {});
  // A status nobody can check is an opinion, not an assessment: it counts only with evidence.
  if (judgement.evidenceIds.length === 0) return notEnoughData(target, 'needs-evidence', { analyst: judgement });
  return finish(target, { status: 'qualitative', method: 'analyst', analyst: judgement }, analystClause(judgement));
}

function notEnoughData(
  target: AssessableTarget,
  reason: NotEnoughDataReason,
  known: Pick<Outcome, 'baseline' | 'latest' | 'notes' | 'analyst'>,
): Assessment {
  const clause = notEnoughDataClause(reason, {
    ...target,
    baseline: known.baseline ?? null,
    latest: known.latest ?? null,
    analyst: known.analyst ?? null,
  });
  return finish(target, { ...known, status: 'not-enough-data', method: 'none', reason }, clause);
}

function assessMeasurable(
  target: AssessableTarget,
  observations: readonly AssessableObservation[],
  currentYear: number,
  settings: AssessmentSettings,
): Assessment {
  const { direction, targetValue, dueYear } = target;
  if (targetValue === null) return notEnoughData(target, 'no-target-value', {});

  const series = buildSeries(target, observations);
  const { points } = series;
  const baseline = points[0] ?? null;
  // Only points[0] can be the target's stated baseline, which is a plan's figure, not an observation.
  const last = points.at(-1) ?? null;
  const latest = last?.from === 'observations' ? last : null;
  if (latest === null) return notEnoughData(target, 'no-figures', { baseline, notes: series.notes });

  if (dueYear !== null && currentYear > dueYear) {
    const byDue = points.findLast((point) => point.from === 'observations' && point.year <= dueYear) ?? null;
    if (byDue === null) return notEnoughData(target, 'no-figure-by-due-year', { baseline, notes: series.notes });
    const met = meets(direction, byDue.value, targetValue);
    return finish(
      target,
      {
        status: met ? 'met' : 'missed',
        method: 'latest-value',
        baseline,
        latest: byDue,
        notes: withFigureNotes(series, direction, byDue),
      },
      pastDueClause(direction, byDue, targetValue, dueYear, met),
    );
  }

  if (meets(direction, latest.value, targetValue)) {
    return finish(
      target,
      { status: 'met', method: 'latest-value', baseline, latest, notes: withFigureNotes(series, direction, latest) },
      metClause(direction, latest, targetValue),
    );
  }
  if (dueYear === null) {
    return notEnoughData(target, 'no-due-year', { baseline, latest, notes: withFigureNotes(series, direction, latest) });
  }
  if (baseline === null || baseline === latest) {
    return notEnoughData(target, 'one-figure', { baseline, latest, notes: withFigureNotes(series, direction, latest) });
  }

  const notes = withFigureNotes(series, direction, latest, baseline);
  // R needs progress to be required: a target the baseline already met leaves (target - baseline)
  // zero or of the wrong sign, and R would be undefined or would call a decline progress.
  if (!progressRequired(direction, baseline.value, targetValue)) {
    notes.push({ code: 'baseline-already-met', text: 'the target was already met at the baseline' });
    return finish(
      target,
      { status: 'stagnating', method: 'latest-value', baseline, latest, notes },
      fellBackClause(direction, baseline, latest, targetValue),
    );
  }

  const floor = floorOf(direction, baseline.value, latest.value, targetValue);
  const projection = project({ baseline, latest, targetValue, dueYear, floor });
  if (projection.linearReason !== null) {
    const figure =
      projection.linearReason === 'baseline-not-positive'
        ? baseline.value
        : projection.linearReason === 'latest-not-positive'
          ? latest.value
          : targetValue;
    // Ahead of the notes on single figures: it says how every number in the line was reached.
    notes.splice(series.notes.length, 0, linearNote(projection.linearReason, direction, figure));
  }
  if (projection.floored && floor !== null) notes.push(flooredNote(direction, floor));
  return finish(
    target,
    {
      status: classifyRatio(projection.ratio, settings),
      method: projection.method,
      baseline,
      latest,
      annualChange: {
        basis: projection.method === 'cagr' ? 'compound' : 'linear',
        required: projection.requiredPerYear,
        achieved: projection.achievedPerYear,
      },
      projected: projection.projected,
      ratio: projection.ratio,
      notes,
    },
    trendClause(direction, projection, targetValue, dueYear),
  );
}

/** For 'decrease' and 'rank' targets lower is better: a fall in the figure (or in rank) is progress. */
function lowerIsBetter(direction: TargetDirection): boolean {
  return direction === 'decrease' || direction === 'rank';
}

function meets(direction: TargetDirection, value: number, targetValue: number): boolean {
  return lowerIsBetter(direction) ? value <= targetValue : value >= targetValue;
}

function progressRequired(direction: TargetDirection, baselineValue: number, targetValue: number): boolean {
  return lowerIsBetter(direction) ? targetValue < baselineValue : targetValue > baselineValue;
}

/**
 * The lowest value a projection may reach: rank 1 for ranks; 0 for a quantity whose figures
 * and target are all at or above 0 (a count of journals cannot fall below none). A metric that
 * can be negative (a net flow) has no floor.
 */
function floorOf(direction: TargetDirection, baselineValue: number, latestValue: number, targetValue: number): number | null {
  if (direction === 'rank') return 1;
  return baselineValue >= 0 && latestValue >= 0 && targetValue >= 0 ? 0 : null;
}

/**
 * The series' own notes, then the qualifier and same-year notes of the figures the result
 * rests on (the latest, and the baseline when a trend is drawn from it).
 */
function withFigureNotes(
  series: Series,
  direction: TargetDirection,
  latest: AssessedFigure,
  baseline?: AssessedFigure,
): AssessmentNote[] {
  const notes = series.notes.slice();
  if (baseline !== undefined) addFigureNotes(notes, series, direction, baseline, 'baseline');
  addFigureNotes(notes, series, direction, latest, 'latest');
  return notes;
}

function addFigureNotes(
  notes: AssessmentNote[],
  series: Series,
  direction: TargetDirection,
  figure: AssessedFigure,
  role: 'baseline' | 'latest',
): void {
  const sameYear = figure.from === 'observations' ? series.sameYear.get(figure.year) : undefined;
  if (sameYear !== undefined) notes.push(sameYear);
  const qualifier = qualifierNote(figure, role, direction);
  if (qualifier !== null) notes.push(qualifier);
}
