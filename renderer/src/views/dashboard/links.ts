import type { AssessmentStatus } from '../../../../shared/assessment';

/**
 * The dashboard's own list of the targets with one status (and, from a matrix cell, one due
 * year). The Targets table keeps its filters in component state, so it cannot be opened
 * pre-filtered by a link; the list on the dashboard can, and shows exactly the counted targets.
 */
export function statusListPath(status: AssessmentStatus, due?: string): string {
  const params = new URLSearchParams({ status });
  if (due !== undefined) params.set('due', due);
  return `/?${params.toString()}`;
}
