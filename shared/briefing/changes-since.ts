import type { AssessmentStatus } from '../assessment/types';
import type { ItemKind } from '../domain/entities';
import type { AnnotationRecord, ChangeRecord, ObservationRecord } from '../domain/records';

/**
 * "What changed since <date>": the figures added, edited and removed, the status changes and
 * the new annotations, grouped per target, for a reader who saw the last briefing.
 *
 * Figures are reported by their net change: all of a figure's changes since the date are
 * folded into "as it stood then" and "as it stands now", so a figure added and then corrected
 * twice is one new figure with its final value, and one edited back to where it was is not
 * reported at all. A reader wants the difference, not the keystrokes.
 */

/** A status change as the renderer's status history records it (the same fields). */
export interface StatusChangeInput {
  seq?: number;
  at: string;
  targetId: string;
  from: AssessmentStatus;
  to: AssessmentStatus;
  causeKind: 'observation' | 'target';
  causeId: string;
}

export type ObservationChangeKind = 'new' | 'edited' | 'removed';

/** The fields of a figure a reader would notice; a change to anything else is bookkeeping. */
export const READER_FIELDS = [
  'value',
  'qualifier',
  'unit',
  'year',
  'date',
  'indicator',
  'subject',
  'targetId',
  'note',
  'citation',
] as const;
export type ReaderField = (typeof READER_FIELDS)[number];

export interface ObservationChange {
  kind: ObservationChangeKind;
  observationId: string;
  /** When it last changed. */
  at: string;
  /** The figure as it stood at the date; null for a new one. */
  before: ObservationRecord | null;
  /** The figure as it stands now; null for a removed one. */
  after: ObservationRecord | null;
  /** For an edit: what differs, in READER_FIELDS order. */
  changed: ReaderField[];
}

export interface StatusChangeEntry {
  at: string;
  from: AssessmentStatus;
  to: AssessmentStatus;
  causeKind: 'observation' | 'target';
  causeId: string;
  /** The figure whose change moved the status, when the history still knows it. */
  causeObservation: ObservationRecord | null;
}

export interface TargetChanges {
  targetId: string;
  /** The latest change of any kind, to order the targets. */
  latestAt: string;
  observations: ObservationChange[];
  statusChanges: StatusChangeEntry[];
  annotations: AnnotationRecord[];
}

export interface ItemAnnotations {
  itemKind: ItemKind;
  itemId: string;
  latestAt: string;
  annotations: AnnotationRecord[];
}

export interface ChangesSince {
  /** The day as the analyst chose it (YYYY-MM-DD). */
  since: string;
  /** The instant counted from (ISO 8601). */
  from: string;
  /** Targets with any change, most recently changed first; entries within a target oldest first. */
  targets: TargetChanges[];
  /** Figures no target owns (free-standing indicators). */
  unassignedObservations: ObservationChange[];
  /** New annotations on items other than targets, grouped per item. */
  otherAnnotations: ItemAnnotations[];
  counts: Record<'newObservations' | 'editedObservations' | 'removedObservations' | 'statusChanges' | 'newAnnotations', number>;
}

export interface ChangesSinceInput {
  since: string;
  /**
   * The instant the day starts, ISO 8601. The renderer passes the analyst's local midnight;
   * without it the day starts at midnight UTC.
   */
  from?: string;
  /** Change records of any kind; only observations' are read. */
  changes: readonly ChangeRecord[];
  statusChanges: readonly StatusChangeInput[];
  annotations: readonly AnnotationRecord[];
}

const chronological = <T extends { at: string; seq?: number }>(a: T, b: T) =>
  a.at.localeCompare(b.at) || (a.seq ?? 0) - (b.seq ?? 0);

const present = (record: ObservationRecord | null): record is ObservationRecord => record !== null && record.deletedAt === null;

function changedFields(before: ObservationRecord, after: ObservationRecord): ReaderField[] {
  return READER_FIELDS.filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}

/** Folds each figure's changes since the instant into one net change; figures with none are left out. */
export function netObservationChanges(changes: readonly ChangeRecord[], from: string): ObservationChange[] {
  const byObservation = new Map<string, ChangeRecord[]>();
  for (const change of changes) {
    if (change.itemKind !== 'observation' || change.at < from) continue;
    const list = byObservation.get(change.itemId) ?? [];
    list.push(change);
    byObservation.set(change.itemId, list);
  }
  const result: ObservationChange[] = [];
  for (const [observationId, list] of byObservation) {
    list.sort(chronological);
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const before = first.before as ObservationRecord | null;
    const after = last.after as ObservationRecord | null;
    const was = present(before);
    const is = present(after);
    if (!was && is) result.push({ kind: 'new', observationId, at: last.at, before: null, after, changed: [] });
    else if (was && !is) result.push({ kind: 'removed', observationId, at: last.at, before, after: null, changed: [] });
    else if (was && is) {
      const changed = changedFields(before, after);
      if (changed.length > 0) result.push({ kind: 'edited', observationId, at: last.at, before, after, changed });
    }
  }
  return result.sort(chronological);
}

/** The target a figure's change belongs under: where it counts now, or where it counted. */
const targetOf = (change: ObservationChange) => (change.after ?? change.before)?.targetId ?? null;

export function changesSince(input: ChangesSinceInput): ChangesSince {
  const from = input.from ?? `${input.since}T00:00:00.000Z`;
  const observations = netObservationChanges(input.changes, from);

  // Any record of a figure (the newest wins), so a status change can name the figure that moved it.
  const knownObservations = new Map<string, ObservationRecord>();
  for (const change of [...input.changes].sort(chronological)) {
    const record = (change.after ?? change.before) as ObservationRecord | null;
    if (change.itemKind === 'observation' && record) knownObservations.set(change.itemId, record);
  }

  const targets = new Map<string, TargetChanges>();
  const targetEntry = (targetId: string) => {
    let entry = targets.get(targetId);
    if (!entry) {
      entry = { targetId, latestAt: '', observations: [], statusChanges: [], annotations: [] };
      targets.set(targetId, entry);
    }
    return entry;
  };
  const touch = (entry: { latestAt: string }, at: string) => {
    if (at > entry.latestAt) entry.latestAt = at;
  };

  const unassignedObservations: ObservationChange[] = [];
  for (const change of observations) {
    const targetId = targetOf(change);
    if (targetId === null) {
      unassignedObservations.push(change);
      continue;
    }
    const entry = targetEntry(targetId);
    entry.observations.push(change);
    touch(entry, change.at);
  }

  let statusCount = 0;
  for (const status of [...input.statusChanges].sort(chronological)) {
    if (status.at < from) continue;
    statusCount += 1;
    const entry = targetEntry(status.targetId);
    entry.statusChanges.push({
      at: status.at,
      from: status.from,
      to: status.to,
      causeKind: status.causeKind,
      causeId: status.causeId,
      causeObservation: status.causeKind === 'observation' ? (knownObservations.get(status.causeId) ?? null) : null,
    });
    touch(entry, status.at);
  }

  const others = new Map<string, ItemAnnotations>();
  const newAnnotations = input.annotations
    .filter((annotation) => annotation.deletedAt === null && annotation.createdAt >= from)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const annotation of newAnnotations) {
    if (annotation.itemKind === 'target') {
      const entry = targetEntry(annotation.itemId);
      entry.annotations.push(annotation);
      touch(entry, annotation.createdAt);
      continue;
    }
    const key = `${annotation.itemKind}\u0000${annotation.itemId}`;
    const group = others.get(key) ?? { itemKind: annotation.itemKind, itemId: annotation.itemId, latestAt: '', annotations: [] };
    group.annotations.push(annotation);
    touch(group, annotation.createdAt);
    others.set(key, group);
  }

  const newestFirst = (a: { latestAt: string }, b: { latestAt: string }) => b.latestAt.localeCompare(a.latestAt);
  const count = (kind: ObservationChangeKind) => observations.filter((change) => change.kind === kind).length;
  return {
    since: input.since,
    from,
    targets: [...targets.values()].sort(newestFirst),
    unassignedObservations,
    otherAnnotations: [...others.values()].sort(newestFirst),
    counts: {
      newObservations: count('new'),
      editedObservations: count('edited'),
      removedObservations: count('removed'),
      statusChanges: statusCount,
      newAnnotations: newAnnotations.length,
    },
  };
}

/** True when nothing changed since the date. */
export function isEmpty(changes: ChangesSince): boolean {
  return Object.values(changes.counts).every((count) => count === 0);
}
