import { useMemo } from 'react';
import type { BriefingDocument } from '../../../../../shared/briefing/document-types';
import type { BriefingFields } from '../../../../../shared/briefing/model';
import { resolveBriefing } from '../../../../../shared/briefing/resolve';
import { useAllAnnotations, useLibraryRows, useRecentObservationChanges, useStatusChanges, useTags } from '../../../data/hooks';

/**
 * The whole change history, for "changes since" sections. The hooks take a limit (they serve
 * "recent" lists elsewhere); a briefing must not silently drop an old change, so the limit
 * is far above any real history, and nothing is read when no section needs it.
 */
const WHOLE_HISTORY = 10_000_000;

/** A day's start in the analyst's own time zone, so "since 1 March" means their 1 March. */
export function localStartOfDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date!).toISOString();
}

/** The briefing with everything it shows looked up; undefined while the library loads. */
export function useBriefingDocument(briefing: BriefingFields): BriefingDocument | undefined {
  const needsHistory = briefing.sections.some((section) => section.type === 'changes-since');
  const rows = useLibraryRows();
  const annotations = useAllAnnotations();
  const tags = useTags();
  const changes = useRecentObservationChanges(needsHistory ? WHOLE_HISTORY : 0);
  const statusChanges = useStatusChanges(needsHistory ? WHOLE_HISTORY : 0);

  return useMemo(() => {
    if (!rows || !annotations || !tags || !changes || !statusChanges) return undefined;
    return resolveBriefing(
      briefing,
      {
        targets: rows.targets,
        observations: rows.observations,
        policies: rows.policies,
        plans: rows.plans,
        organisations: rows.organisations,
        annotations,
        tags,
        changes: needsHistory ? changes : [],
        statusChanges: needsHistory ? statusChanges : [],
      },
      { startOfDay: localStartOfDay },
    );
  }, [briefing, rows, annotations, tags, changes, statusChanges, needsHistory]);
}
