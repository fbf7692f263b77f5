import type { AnalystJudgement, AssessmentStatus } from '../../../../shared/assessment';

/** The statuses that say a target will not be reached as things stand. */
export const AT_RISK_STATUSES: readonly AssessmentStatus[] = ['missed', 'stagnating', 'needs-acceleration'];

export interface RiskRankable {
  status: AssessmentStatus;
  dueYear: number | null;
  ratio: number | null;
  assessment: { analyst: AnalystJudgement | null };
}

/**
 * The status a target is ranked by. A qualitative target's computed status is only
 * "analyst's status"; the analyst's own judgement (missed, stagnating…) is what says how at risk it is.
 */
export function riskStatusOf(target: RiskRankable): AssessmentStatus {
  return target.status === 'qualitative' && target.assessment.analyst ? target.assessment.analyst.status : target.status;
}

/** Missing values sort after every real one, whichever way the rest is sorted. */
const lastIfNull = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b);

/**
 * The targets at risk, most at risk first: by status in the given risk order, then the
 * soonest due year, then the lowest ratio of projected to required progress.
 */
export function mostAtRisk<T extends RiskRankable>(targets: readonly T[], order: readonly AssessmentStatus[]): T[] {
  const rank = (target: T) => order.indexOf(riskStatusOf(target));
  return targets
    .filter((target) => AT_RISK_STATUSES.includes(riskStatusOf(target)))
    .sort((a, b) => rank(a) - rank(b) || lastIfNull(a.dueYear, b.dueYear) || lastIfNull(a.ratio, b.ratio));
}
