import type { ItemKind } from '../domain/entities';
import type { FieldsOf } from '../domain/item-kinds';
import type { AnnotationRecord, ObservationRecord } from '../domain/records';
import { changesSince, type StatusChangeEntry } from './changes-since';
import type {
  AnnotatedItem,
  AnnotatedItemsSection,
  BriefingLibrary,
  ChangeGroup,
  ChangesSinceSection,
  ResolvedAnnotation,
} from './document-types';
import { figureText } from './figures';
import { itemTitle, itemTitleZh } from '../domain/item-title';
import { appLink } from './links';
import type { Lookup } from './resolve';
import { SourceList } from './sources';

type Base = { id: string; anchor: string; heading: string };
type AnyItem = FieldsOf<ItemKind> & { id: string };

function findItem(kind: ItemKind, id: string, lookup: Lookup): AnyItem | undefined {
  const tables = {
    policy: lookup.policies,
    plan: lookup.plans,
    target: lookup.targets,
    observation: lookup.observations,
    organisation: lookup.organisations,
  } satisfies Record<ItemKind, ReadonlyMap<string, AnyItem>>;
  return tables[kind].get(id);
}

/** Notes first, then highlights in the order of the text, as the item's page lists them. */
const readingOrder = (a: AnnotationRecord, b: AnnotationRecord) =>
  (a.selector?.position?.start ?? -1) - (b.selector?.position?.start ?? -1) || a.createdAt.localeCompare(b.createdAt);

function withTags(record: AnnotationRecord, lookup: Lookup): ResolvedAnnotation {
  return { record, tags: record.tagIds.flatMap((id) => lookup.tags.get(id) ?? []) };
}

export function resolveAnnotatedItems(
  items: readonly { kind: ItemKind; id: string }[],
  base: Base,
  library: BriefingLibrary,
  lookup: Lookup,
): AnnotatedItemsSection {
  const byItem = new Map<string, AnnotationRecord[]>();
  for (const annotation of library.annotations) {
    if (annotation.deletedAt !== null) continue;
    const key = `${annotation.itemKind}\u0000${annotation.itemId}`;
    byItem.set(key, [...(byItem.get(key) ?? []), annotation]);
  }
  const resolved: AnnotatedItem[] = items.flatMap(({ kind, id }) => {
    const item = findItem(kind, id, lookup);
    if (!item) return [];
    const annotations = [...(byItem.get(`${kind}\u0000${id}`) ?? [])].sort(readingOrder);
    return [
      {
        kind,
        id,
        title: itemTitle(kind, item),
        titleZh: itemTitleZh(kind, item),
        docNumber: kind === 'policy' ? (item as FieldsOf<'policy'>).docNumber : null,
        citation: item.citation,
        link: appLink(kind, id),
        annotations: annotations.map((annotation) => withTags(annotation, lookup)),
      },
    ];
  });
  return {
    ...base,
    type: 'annotated-items',
    items: resolved,
    missing: items.filter(({ kind, id }) => !findItem(kind, id, lookup)),
  };
}

/** What moved a status, in words a reader can check against the figures listed beside it. */
export function statusCauseText(entry: StatusChangeEntry, observation: ObservationRecord | null): string {
  if (entry.causeKind === 'target') return 'after the target itself was edited';
  if (!observation) return 'after a change to a figure that is no longer in the library';
  return `after the ${observation.year} figure for ${observation.indicator} (${figureText(observation)}) changed`;
}

export function resolveChangesSince(
  since: string,
  base: Base,
  library: BriefingLibrary,
  lookup: Lookup,
  from: string | undefined,
): ChangesSinceSection {
  const changes = changesSince({
    since,
    from,
    changes: library.changes,
    statusChanges: library.statusChanges,
    annotations: library.annotations,
  });
  const sources = new SourceList();
  const cite = (list: ChangeGroup['observations'][number]['change'][]) =>
    list.map((change) => ({ change, ref: sources.cite((change.after ?? change.before)!.citation) }));

  const groups: ChangeGroup[] = changes.targets.map((entry) => {
    const target = lookup.targets.get(entry.targetId);
    return {
      kind: 'target',
      id: entry.targetId,
      title: target?.statement ?? 'A target no longer in the library',
      link: target ? appLink('target', entry.targetId) : null,
      observations: cite(entry.observations),
      statusChanges: entry.statusChanges.map((status) => ({
        entry: status,
        causeText: statusCauseText(status, status.causeObservation ?? lookup.observations.get(status.causeId) ?? null),
      })),
      annotations: entry.annotations.map((annotation) => withTags(annotation, lookup)),
    };
  });
  if (changes.unassignedObservations.length > 0) {
    groups.push({
      kind: null,
      id: null,
      title: 'Figures no target owns',
      link: null,
      observations: cite(changes.unassignedObservations),
      statusChanges: [],
      annotations: [],
    });
  }
  for (const group of changes.otherAnnotations) {
    const item = findItem(group.itemKind, group.itemId, lookup);
    groups.push({
      kind: group.itemKind,
      id: group.itemId,
      title: item ? itemTitle(group.itemKind, item) : 'An item no longer in the library',
      link: item ? appLink(group.itemKind, group.itemId) : null,
      observations: [],
      statusChanges: [],
      annotations: group.annotations.map((annotation) => withTags(annotation, lookup)),
    });
  }
  return { ...base, type: 'changes-since', since, counts: changes.counts, groups, sources: sources.notes };
}
