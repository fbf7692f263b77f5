import { ASSESSMENT_STATUS_LABELS } from '../assessment/types';
import type { ObservationRecord } from '../domain/records';
import type {
  BriefingDocument,
  BriefingLibrary,
  BriefingTarget,
  ContentsEntry,
  ResolvedSection,
  StatusTableSection,
  TargetPagesSection,
} from './document-types';
import { type BriefingFields, type BriefingSection, SECTION_TYPE_LABELS, type TargetSelection } from './model';
import { resolveAnnotatedItems, resolveChangesSince } from './resolve-notes';
import { SourceList } from './sources';

export interface ResolveOptions {
  /**
   * The instant a "changes since" day starts (ISO 8601). The renderer passes the analyst's
   * local midnight; without it, midnight UTC.
   */
  startOfDay?: (day: string) => string;
}

/** Looks up everything a briefing shows. Pure: same briefing and library, same document. */
export function resolveBriefing(
  fields: BriefingFields,
  library: BriefingLibrary,
  options: ResolveOptions = {},
): BriefingDocument {
  const lookup = createLookup(library);
  const sections = fields.sections.map((section, index): ResolvedSection => {
    const base = {
      id: section.id,
      anchor: `briefing-section-${index + 1}`,
      heading: section.heading.trim() || SECTION_TYPE_LABELS[section.type],
    };
    return resolveSection(section, base, library, lookup, options);
  });
  return { fields, sections, contents: sections.map(contentsEntry) };
}

export type Lookup = ReturnType<typeof createLookup>;

function createLookup(library: BriefingLibrary) {
  const observationsByTarget = new Map<string, ObservationRecord[]>();
  for (const observation of library.observations) {
    if (observation.targetId === null || observation.deletedAt !== null) continue;
    const list = observationsByTarget.get(observation.targetId) ?? [];
    list.push(observation);
    observationsByTarget.set(observation.targetId, list);
  }
  return {
    targets: new Map(library.targets.map((target) => [target.id, target])),
    observations: new Map(library.observations.map((observation) => [observation.id, observation])),
    observationsByTarget,
    policies: new Map(library.policies.map((policy) => [policy.id, policy])),
    plans: new Map(library.plans.map((plan) => [plan.id, plan])),
    organisations: new Map(library.organisations.map((organisation) => [organisation.id, organisation])),
    tags: new Map(library.tags.map((tag) => [tag.id, tag.name])),
  };
}

function resolveSection(
  section: BriefingSection,
  base: { id: string; anchor: string; heading: string },
  library: BriefingLibrary,
  lookup: Lookup,
  options: ResolveOptions,
): ResolvedSection {
  switch (section.type) {
    case 'text':
      return { ...base, type: 'text', markdown: section.markdown };
    case 'status-table':
      return resolveStatusTable(section.selection, base, library, lookup);
    case 'target-pages':
      return resolveTargetPages(section.targetIds, section.latestObservations, base, lookup);
    case 'annotated-items':
      return resolveAnnotatedItems(section.items, base, library, lookup);
    case 'changes-since':
      return resolveChangesSince(section.since, base, library, lookup, options.startOfDay?.(section.since));
  }
}

/** Earliest due year first (targets without one last), then by statement. */
const byDueYear = (a: BriefingTarget, b: BriefingTarget) =>
  (a.dueYear ?? Number.MAX_SAFE_INTEGER) - (b.dueYear ?? Number.MAX_SAFE_INTEGER) || a.statement.localeCompare(b.statement);

export function selectTargets(selection: TargetSelection, lookup: Lookup): { targets: BriefingTarget[]; missing: string[] } {
  if (selection.mode === 'chosen') {
    const targets = selection.targetIds.flatMap((id) => lookup.targets.get(id) ?? []);
    return { targets, missing: selection.targetIds.filter((id) => !lookup.targets.has(id)) };
  }
  const targets = [...lookup.targets.values()].filter(
    (target) =>
      (selection.dueYear === null || target.dueYear === selection.dueYear) &&
      (selection.statuses.length === 0 || selection.statuses.includes(target.assessment.status)) &&
      (selection.planId === null || target.planId === selection.planId),
  );
  return { targets: targets.sort(byDueYear), missing: [] };
}

/** What a filter chose, in words, so a reader knows what the table covers and what it leaves out. */
export function selectionText(selection: TargetSelection, lookup: Lookup, count: number): string {
  const targets = `${count} target${count === 1 ? '' : 's'}`;
  if (selection.mode === 'chosen') return `${targets} chosen by the analyst`;
  const parts: string[] = [];
  if (selection.dueYear !== null) parts.push(`due in ${selection.dueYear}`);
  if (selection.planId !== null)
    parts.push(`in ${lookup.plans.get(selection.planId)?.title ?? 'a plan no longer in the library'}`);
  if (selection.statuses.length > 0) {
    parts.push(`with the status ${selection.statuses.map((status) => ASSESSMENT_STATUS_LABELS[status]).join(' or ')}`);
  }
  return parts.length === 0 ? `All ${targets} in the library` : `${targets} ${parts.join(', ')}`;
}

function resolveStatusTable(
  selection: TargetSelection,
  base: { id: string; anchor: string; heading: string },
  library: BriefingLibrary,
  lookup: Lookup,
): StatusTableSection {
  const { targets, missing } = selectTargets(selection, lookup);
  const sources = new SourceList();
  const rows = targets.map((target) => {
    const targetRef = sources.cite(target.citation);
    const latest = latestObservation(target, lookup);
    return { target, status: target.assessment.status, targetRef, latestRef: latest ? sources.cite(latest.citation) : null };
  });
  return {
    ...base,
    type: 'status-table',
    selectionText: selectionText(selection, lookup, rows.length),
    rows,
    sources: sources.notes,
    missing,
  };
}

/** The figure the assessment took as the latest (the first of them, when several were reduced to one). */
function latestObservation(target: BriefingTarget, lookup: Lookup): ObservationRecord | null {
  const ids = target.assessment.latest?.observationIds ?? [];
  for (const id of ids) {
    const observation = lookup.observations.get(id);
    if (observation) return observation;
  }
  return null;
}

/** Oldest first, by year and then by date where the source gives one. */
const chronological = (a: ObservationRecord, b: ObservationRecord) =>
  a.year - b.year || (a.date ?? '').localeCompare(b.date ?? '');

function resolveTargetPages(
  targetIds: readonly string[],
  latestCount: number,
  base: { id: string; anchor: string; heading: string },
  lookup: Lookup,
): TargetPagesSection {
  const pages = targetIds.flatMap((id, index) => {
    const target = lookup.targets.get(id);
    if (!target) return [];
    const observations = [...(lookup.observationsByTarget.get(id) ?? [])].sort(chronological);
    const sources = new SourceList();
    const targetRef = sources.cite(target.citation);
    const latest = observations
      .slice(-latestCount)
      .map((observation) => ({ observation, ref: sources.cite(observation.citation) }));
    // The chart plots every figure, so its caption cites them all, not only the latest listed.
    const chartRefs = [...new Set(observations.map((observation) => sources.cite(observation.citation)))];
    const parent =
      (target.planId ? lookup.plans.get(target.planId)?.title : undefined) ??
      (target.policyId ? lookup.policies.get(target.policyId)?.title : undefined) ??
      null;
    return [
      {
        anchor: `${base.anchor}-target-${index + 1}`,
        target,
        parentTitle: parent,
        observations,
        latest,
        chartRefs,
        targetRef,
        sources: sources.notes,
      },
    ];
  });
  return { ...base, type: 'target-pages', pages, missing: targetIds.filter((id) => !lookup.targets.has(id)) };
}

function contentsEntry(section: ResolvedSection): ContentsEntry {
  const children =
    section.type === 'target-pages' ? section.pages.map((page) => ({ anchor: page.anchor, heading: page.target.statement })) : [];
  return { anchor: section.anchor, heading: section.heading, children };
}
