import type { RecordMeta, RecordOrigin } from '../../../shared/domain/records';

/**
 * The bookkeeping of a record being created now: a new id with its kind's prefix
 * ("pol-…", "ann-…", "brf-…"), matching timestamps, not in the trash.
 */
export function newRecordMeta(idPrefix: string, origin: RecordOrigin = 'user'): RecordMeta {
  const at = new Date().toISOString();
  return { id: `${idPrefix}-${crypto.randomUUID()}`, createdAt: at, updatedAt: at, deletedAt: null, origin };
}
