import type { PartialDate } from '../domain/partial-date';
import { ANALYST_STATUSES, type TARGET_DIRECTIONS, type VALUE_QUALIFIERS } from '../domain/entities';
import type { AssessmentSettings } from './settings';

export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

/**
 * The fields of a target the assessment reads. Stored target records fit as they are;
 * the input is kept this small so a form's draft or a test can be assessed too.
 */
export interface AssessableTarget {
  direction: TargetDirection;
  /** Used to leave out figures recorded in another unit; null accepts any unit. */
  unit?: string | null;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  dueYear: number | null;
}

/** The fields of an observation the assessment reads. Stored observation records fit as they are. */
export interface AssessableObservation {
  /** Carried into the result so a reader can trace each figure to its source. */
  id?: string;
  value: number;
  year: number;
  /** Orders figures within one year; see the same-year rule in series.ts. */
  date?: PartialDate | null;
  qualifier?: ValueQualifier;
  unit?: string | null;
}

export { ANALYST_STATUSES };
export type AnalystStatus = (typeof ANALYST_STATUSES)[number];

/** An analyst's own status for a qualitative target, with the evidence (item ids) it rests on. */
export interface AnalystJudgement {
  status: AnalystStatus;
  evidenceIds: readonly string[];
}

export interface AssessOptions {
  /** The year to judge from. Passed in, never read from the clock, so results are reproducible. */
  currentYear: number;
  /**
   * Defaults to the method's own thresholds. Validate analysts' settings with
   * assessmentSettingsSchema where they enter the app; the assessment trusts what it is given.
   */
  settings?: AssessmentSettings;
  /** Only read for qualitative targets. */
  analyst?: AnalystJudgement | null;
}

export const ASSESSMENT_STATUSES = [
  'met',
  'on-track',
  'needs-acceleration',
  'stagnating',
  'missed',
  'not-enough-data',
  'qualitative',
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  met: 'Met',
  'on-track': 'On track',
  'needs-acceleration': 'Needs acceleration',
  stagnating: 'Stagnating or regressing',
  missed: 'Missed',
  'not-enough-data': 'Not enough data',
  qualitative: "Analyst's status",
};

/**
 * How the status was reached. 'cagr' is the UN method; 'linear' its stated fallback;
 * 'latest-value' compares the latest figure with the target (met, or past the due year);
 * 'analyst' is a qualitative target's own status; 'none' when nothing could be judged.
 */
export type AssessmentMethod = 'cagr' | 'linear' | 'latest-value' | 'analyst' | 'none';

/** Why a target could not be judged; the explanation says the same in words. */
export type NotEnoughDataReason =
  | 'no-target-value'
  | 'no-figures'
  | 'one-figure'
  | 'no-due-year'
  | 'no-figure-by-due-year'
  | 'no-analyst-status'
  | 'needs-evidence';

/** A figure the assessment used: the baseline or the latest value. */
export interface AssessedFigure {
  year: number;
  value: number;
  qualifier: ValueQualifier;
  /** 'target' when the plan states its own baseline; otherwise the observations it was read from. */
  from: 'target' | 'observations';
  observationIds: readonly string[];
}

/**
 * Change a year, in the projection's terms: a growth rate for 'compound' (0.11 = +11% a
 * year, the CAGR), units a year for 'linear' (the slope). Required is the steady change from
 * the baseline that would land exactly on the target in the due year, so "achieved >= required"
 * means the same as "ratio >= 1".
 */
export interface AnnualChange {
  basis: 'compound' | 'linear';
  required: number;
  achieved: number;
}

export type AssessmentNoteCode =
  /** CAGR is undefined or cannot reach the target, so the projection is a straight line. */
  | 'linear-fallback'
  /** The projection stopped at the lowest possible value (rank 1, or 0 for a count). */
  | 'projection-floored'
  /** A figure used is "about", "more than", "at least" or "less than" in its source. */
  | 'qualified-figure'
  /** Several figures for one year were reduced to one (see series.ts). */
  | 'same-year-figures'
  /** Figures recorded in a unit other than the target's were left out. */
  | 'other-unit-left-out'
  /** Figures from before the target's own baseline year were left out. */
  | 'before-baseline-left-out'
  /** The target was already met at the baseline, and the latest figure has fallen back. */
  | 'baseline-already-met';

export interface AssessmentNote {
  code: AssessmentNoteCode;
  text: string;
}

export interface Assessment {
  status: AssessmentStatus;
  /** One line a reader can check by hand, with the numbers. */
  explanation: string;
  method: AssessmentMethod;
  /** Set only when the status is 'not-enough-data'. */
  reason: NotEnoughDataReason | null;
  direction: TargetDirection;
  targetValue: number | null;
  dueYear: number | null;
  baseline: AssessedFigure | null;
  latest: AssessedFigure | null;
  annualChange: AnnualChange | null;
  /** The projected value in the due year. */
  projected: number | null;
  /** R = (projected - baseline) / (target - baseline): the share of the required progress. */
  ratio: number | null;
  /** Every departure from the plain method, stated. */
  notes: readonly AssessmentNote[];
  /** The analyst's judgement a qualitative result rests on. */
  analyst: AnalystJudgement | null;
}
