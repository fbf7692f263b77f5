import type { AnyItemRecord, ObservationRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { itemKinds } from '../../../shared/domain/item-kinds';
import { parseFields } from './items';
import { findBrokenLinks } from './links';
import { STATUS_TABLES, withStatusTracking } from './status-tracking';
import { ValidationError } from './validation-error';
import { newRecordMeta } from './new-record';

/**
 * Adds several observations to a target in one transaction: all of them, or none if any
 * is invalid (the message names the row). Used when an analyst pastes rows from a spreadsheet.
 */
export async function addObservations(
  db: PolicyDeskDatabase,
  targetId: string,
  inputs: readonly unknown[],
): Promise<ObservationRecord[]> {
  const fields = inputs.map((input, index) => {
    try {
      return parseFields('observation', { ...(input as object), targetId });
    } catch (error) {
      if (error instanceof ValidationError)
        throw new ValidationError({ [`rows.${index}`]: `Row ${index + 1}: ${error.message}` });
      throw error;
    }
  });
  const records = fields.map((field) => ({ ...field, ...newRecordMeta(itemKinds.observation.idPrefix) }));
  const at = records[0]?.createdAt ?? new Date().toISOString();
  await db.transaction(
    'rw',
    [...STATUS_TABLES, 'changes'].map((name) => db.table(name)),
    async () => {
      const broken = await findBrokenLinks(db, 'observation', { targetId });
      if (Object.keys(broken).length > 0) throw new ValidationError(broken);
      await withStatusTracking(db, [targetId], { kind: 'observation', id: records[0]?.id ?? targetId }, async () => {
        await db.observations.bulkAdd(records);
      });
      await db.changes.bulkAdd(
        records.map((record) => ({
          at,
          itemKind: 'observation' as const,
          itemId: record.id,
          action: 'create' as const,
          before: null,
          after: record as AnyItemRecord,
        })),
      );
    },
  );
  return records;
}
