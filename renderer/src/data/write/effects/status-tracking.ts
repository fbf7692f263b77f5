import type { ObservationRecord, TargetRecord } from '../../../../../shared/domain/records';
import { judgeTargets } from '../../assessments';
import type { StatusChangeRecord } from '../../db';
import type { RecordChange, WriteEffect } from '../effect';

/** The targets whose status a change could move: the target itself, or an observation's target(s). */
export function targetsAffectedBy(changes: readonly RecordChange[]): string[] {
  const ids = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'target') ids.add((change.after ?? change.before)!.id);
    if (change.kind !== 'observation') continue;
    for (const record of [change.before, change.after]) {
      const targetId = (record as ObservationRecord | null)?.targetId;
      if (targetId) ids.add(targetId);
    }
  }
  return [...ids];
}

/**
 * The figures of targets this write creates: a new target can have no figures but those
 * created with it, so they need not be read back from the database.
 */
function newTargetFigures(changes: readonly RecordChange[]): Map<string, ObservationRecord[]> {
  const created = new Map<string, ObservationRecord[]>();
  for (const change of changes) if (change.kind === 'target' && change.action === 'create') created.set(change.after!.id, []);
  for (const change of changes) {
    const figure = change.after as unknown as ObservationRecord | null;
    if (change.kind === 'observation' && figure?.targetId && created.has(figure.targetId))
      created.get(figure.targetId)!.push(figure);
  }
  return created;
}

/**
 * A target's status is stored with it and judged again in the write that changes its
 * inputs (the target, or one of its figures), so no read ever reassesses the library. Each
 * status the write moves is recorded, so the dashboard can say "on track → needs
 * acceleration, after the 2023 figure was added".
 */
export const statusTracking: WriteEffect = {
  name: 'status tracking',
  tables: () => ['targets', 'observations', 'settings', 'assessments', 'statusChanges'],
  async apply({ db, at, report, pending }, changes) {
    const targetIds = targetsAffectedBy(changes);
    if (targetIds.length === 0) return;
    // Targets and figures this write creates or edits are taken from it, not read back.
    const pendingTargets = pending.get('targets');
    // A target this write creates has no stored status yet.
    const created = new Set(
      changes.filter((change) => change.kind === 'target' && change.action === 'create').map((c) => c.after!.id),
    );
    const [storedBefore, storedTargets] = await Promise.all([
      db.assessments.bulkGet(targetIds.filter((id) => !created.has(id))),
      db.targets.bulkGet(targetIds.filter((id) => !pendingTargets?.has(id))),
    ]);
    const before = new Map(storedBefore.flatMap((entry) => (entry ? [[entry.targetId, entry.status]] : [])));
    const fromDb = new Map(storedTargets.flatMap((target) => (target ? [[target.id, target]] : [])));
    const targets = targetIds.map((id) =>
      pendingTargets?.has(id) ? ((pendingTargets.get(id) ?? undefined) as TargetRecord | undefined) : fromDb.get(id),
    );
    // A target that was in the trash before this write had no status to move from.
    const trashedBefore = new Set(
      changes.filter((change) => change.kind === 'target' && change.before?.deletedAt).map((change) => change.before!.id),
    );
    const present = targets.filter((target): target is TargetRecord => target !== undefined);
    const judged = await judgeTargets(db, present, newTargetFigures(changes));
    const gone = targetIds.filter((_, index) => targets[index] === undefined);
    if (gone.length > 0) await db.assessments.bulkDelete(gone);
    await db.assessments.bulkPut(judged);

    const moved: StatusChangeRecord[] = [];
    const after = new Map(judged.map((entry) => [entry.targetId, entry]));
    targetIds.forEach((targetId, index) => {
      const from = trashedBefore.has(targetId) ? undefined : before.get(targetId);
      const target = targets[index];
      const to = target && target.deletedAt === null ? after.get(targetId)?.status : undefined;
      // A target entering or leaving the trash has no status on one side: that is not a status change.
      if (from && to && from !== to) {
        const cause = changes.find(
          (change) =>
            (change.kind === 'target' && (change.after ?? change.before)!.id === targetId) ||
            (change.kind === 'observation' &&
              [change.before, change.after].some((record) => (record as ObservationRecord | null)?.targetId === targetId)),
        )!;
        moved.push({
          at,
          targetId,
          from,
          to,
          causeKind: cause.kind === 'target' ? 'target' : 'observation',
          causeId: (cause.after ?? cause.before)!.id,
        });
      }
    });
    if (moved.length > 0) await db.statusChanges.bulkAdd(moved);
    report.statusChanges.push(...moved);
  },
};
