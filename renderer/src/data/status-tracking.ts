import type { AssessmentStatus } from '../../../shared/assessment';
import type { ItemKind } from '../../../shared/domain/entities';
import type { AnyItemRecord, ObservationRecord } from '../../../shared/domain/records';
import { assessStoredTarget, readAssessmentSettings } from './assessments';
import type { PolicyDeskDatabase } from './db';

/** The tables a write must include to record the status changes it causes. */
export const STATUS_TABLES = ['targets', 'observations', 'settings', 'statusChanges'] as const;

/** The targets whose status a write of this item could change. */
export function targetsAffectedBy(
  kind: ItemKind,
  before: AnyItemRecord | null | undefined,
  after: AnyItemRecord | null | undefined,
): string[] {
  if (kind === 'target') return [(after ?? before)!.id];
  if (kind !== 'observation') return [];
  const ids = [before, after].map((record) => (record as ObservationRecord | null | undefined)?.targetId ?? null);
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/**
 * Runs a write and records each status it changes, in the caller's transaction, so the
 * dashboard can say "on track → needs acceleration, after the 2023 figure was added".
 */
export async function withStatusTracking<T>(
  db: PolicyDeskDatabase,
  targetIds: readonly string[],
  cause: { kind: 'observation' | 'target'; id: string },
  write: () => Promise<T>,
): Promise<T> {
  if (targetIds.length === 0) return write();
  const settings = await readAssessmentSettings(db);
  const statusOf = async (id: string): Promise<AssessmentStatus | null> =>
    (await assessStoredTarget(db, id, settings))?.status ?? null;
  const before = await Promise.all(targetIds.map(statusOf));
  const result = await write();
  const after = await Promise.all(targetIds.map(statusOf));
  const at = new Date().toISOString();
  for (const [index, targetId] of targetIds.entries()) {
    const from = before[index];
    const to = after[index];
    // A target entering or leaving the trash has no status on one side: that is not a status change.
    if (from && to && from !== to) {
      await db.statusChanges.add({ at, targetId, from, to, causeKind: cause.kind, causeId: cause.id });
    }
  }
  return result;
}
