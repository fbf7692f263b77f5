import type { AssessmentSettings } from './settings';

/**
 * The arithmetic of the UN SDG Progress Chart method (2023 technical note), and its linear
 * fallback. Pure functions of numbers, so each formula can be tested against a hand
 * calculation.
 */

export interface YearValue {
  year: number;
  value: number;
}

export type Trajectory = 'cagr' | 'linear';

/** Why the compound projection could not be used. */
export type LinearReason = 'baseline-not-positive' | 'latest-not-positive' | 'target-not-positive';

export interface Projection {
  method: Trajectory;
  /** Set when method is 'linear'. */
  linearReason: LinearReason | null;
  /** CAGR (a fraction) for 'cagr', units a year for 'linear'. */
  achievedPerYear: number;
  requiredPerYear: number;
  /** The projected value in the due year, after the floor. */
  projected: number;
  /** Whether the floor (rank 1, or 0 for a quantity never below 0) stopped the projection. */
  floored: boolean;
  /** R = (projected - baseline) / (target - baseline). */
  ratio: number;
}

export interface ProjectionInput {
  baseline: YearValue;
  latest: YearValue;
  targetValue: number;
  dueYear: number;
  /** The lowest value the metric can take, or null when it has none. */
  floor: number | null;
}

/** CAGR_a = (v_t / v_b)^(1 / (t - b)) - 1 */
export function compoundAnnualGrowthRate(baseline: YearValue, latest: YearValue): number {
  return Math.pow(latest.value / baseline.value, 1 / (latest.year - baseline.year)) - 1;
}

/** v_T^ = v_t * (1 + CAGR_a)^(T - t) */
export function projectCompound(latest: YearValue, rate: number, dueYear: number): number {
  return latest.value * Math.pow(1 + rate, dueYear - latest.year);
}

/** The straight line through the baseline and the latest figure: units a year. */
export function linearSlope(baseline: YearValue, latest: YearValue): number {
  return (latest.value - baseline.value) / (latest.year - baseline.year);
}

export function projectLinear(latest: YearValue, slope: number, dueYear: number): number {
  return latest.value + slope * (dueYear - latest.year);
}

/** R = (v_T^ - v_b) / (v_target - v_b). The caller makes sure the target differs from the baseline. */
export function progressRatio(projected: number, baselineValue: number, targetValue: number): number {
  return (projected - baselineValue) / (targetValue - baselineValue);
}

/**
 * The compound model is used when the baseline, the latest figure and the target are all
 * above zero. Otherwise it is undefined (a ratio with zero or a negative number under a
 * fractional power) or cannot arrive (compounding only approaches a target of 0, so the
 * required rate would be -100%), and a straight line is the honest alternative.
 *
 * Ranks take the compound model too. A rank is always 1 or more, so the growth rate is
 * defined; proportional change fits how ranks move, since climbing from 300th to 150th is
 * far easier than from 2nd to 1st, and compound decline slows as it nears the top where a
 * straight line would race past rank 1; and one model for every positive figure keeps R
 * comparable across targets. Only the direction is inverted: a fall in rank is progress,
 * which R already counts correctly because target - baseline is then negative too.
 */
export function chooseTrajectory(baseline: number, latest: number, target: number): LinearReason | null {
  if (!(baseline > 0)) return 'baseline-not-positive';
  if (!(latest > 0)) return 'latest-not-positive';
  if (!(target > 0)) return 'target-not-positive';
  return null;
}

/**
 * Projects to the due year and measures the projection against the required progress.
 * The latest figure must come after the baseline. A latest figure from after the due year
 * (possible only when the due year has not yet passed) is taken as the projection itself:
 * the method never projects backwards.
 */
export function project(input: ProjectionInput): Projection {
  const { baseline, latest, targetValue, dueYear, floor } = input;
  const linearReason = chooseTrajectory(baseline.value, latest.value, targetValue);
  const horizon = Math.max(dueYear, latest.year);
  let achievedPerYear: number;
  let requiredPerYear: number;
  let unfloored: number;
  if (linearReason === null) {
    achievedPerYear = compoundAnnualGrowthRate(baseline, latest);
    requiredPerYear = compoundAnnualGrowthRate(baseline, { year: dueYear, value: targetValue });
    unfloored = projectCompound(latest, achievedPerYear, horizon);
  } else {
    achievedPerYear = linearSlope(baseline, latest);
    requiredPerYear = linearSlope(baseline, { year: dueYear, value: targetValue });
    unfloored = projectLinear(latest, achievedPerYear, horizon);
  }
  const floored = floor !== null && unfloored < floor;
  const projected = floored ? floor : unfloored;
  return {
    method: linearReason === null ? 'cagr' : 'linear',
    linearReason,
    achievedPerYear,
    requiredPerYear,
    projected,
    floored,
    ratio: progressRatio(projected, baseline.value, targetValue),
  };
}

/**
 * R against the thresholds. The small allowance lets a ratio that equals a threshold up to
 * floating-point error (0.95 computed as 0.9499999999) take the status a hand calculation gives.
 */
export function classifyRatio(ratio: number, settings: AssessmentSettings): 'on-track' | 'needs-acceleration' | 'stagnating' {
  if (ratio >= settings.onTrackRatio - RATIO_TOLERANCE) return 'on-track';
  if (ratio >= settings.progressRatio - RATIO_TOLERANCE) return 'needs-acceleration';
  return 'stagnating';
}

const RATIO_TOLERANCE = 1e-9;
