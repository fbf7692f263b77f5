import { ASSESSMENT_STATUS_LABELS } from '../../../../shared/assessment';
import type { WriteReport } from '../../data/write/effect';

/**
 * What a save did besides saving, in a sentence to follow "Saved." or "Created …": the
 * statuses it moved and the highlights that lost their passage. Empty when nothing else moved.
 */
export function describeSaveReport(report: WriteReport): string {
  const parts: string[] = [];
  const [change, ...more] = report.statusChanges;
  if (change && more.length === 0) {
    parts.push(`The target is now ${ASSESSMENT_STATUS_LABELS[change.to]} (was ${ASSESSMENT_STATUS_LABELS[change.from]}).`);
  } else if (change) {
    parts.push(`${report.statusChanges.length} targets changed status.`);
  }
  const orphaned = report.reanchored.reduce((sum, entry) => sum + entry.orphaned, 0);
  if (orphaned > 0) parts.push(`${orphaned} highlight${orphaned === 1 ? ' needs' : 's need'} attention: the passage changed.`);
  return parts.join(' ');
}
