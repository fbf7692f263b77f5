import { z } from 'zod';
import { ASSESSMENT_STATUSES } from '../../../shared/assessment';
import { ITEM_KINDS } from '../../../shared/domain/entities';
import type { ChangeRecord } from '../../../shared/domain/records';
import { type PolicyDeskDatabase, REVISED_TABLES, type SettingRecord, type StatusChangeRecord } from './db';
import { MAX_ID_LENGTH, titleOf } from './import-library';
import { write, type WriteOp } from './write/pipeline';
import { type RecordKind, recordKinds } from './write/record-kinds';
import { RecordRejectedError, type RecordSource } from './write/write-errors';

/** Every table a backup holds, in the order a restore reads them. Stored statuses are derived, so not kept. */
const SNAPSHOT_TABLES = [...REVISED_TABLES, 'changes', 'statusChanges', 'settings'] as const;
type SnapshotTable = (typeof SNAPSHOT_TABLES)[number];

/** The format a backup is written in. Version 2 added a revision to every record. */
export const BACKUP_VERSION = 2;

const envelopeSchema = z.object({
  format: z.literal('policydesk-backup', { message: 'This is not a PolicyDesk backup' }),
  version: z
    .number({ message: 'The backup does not say which version of the format it is in' })
    .int()
    .min(1, { message: 'The backup does not say which version of the format it is in' })
    .max(BACKUP_VERSION, { message: 'This backup was made by a newer PolicyDesk' }),
  exportedAt: z.string(),
  // A table missing from an older backup (one made before the table existed) restores empty.
  tables: z.object(
    Object.fromEntries(
      SNAPSHOT_TABLES.map((name) => [name, z.array(z.unknown(), { message: `“${name}” must be a list of records` }).default([])]),
    ) as Record<SnapshotTable, z.ZodDefault<z.ZodArray<z.ZodUnknown>>>,
  ),
});

const isoTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date and time');

/** The bookkeeping every record of a backup carries. */
const metaSchema = z.object({
  id: z.string().min(1, 'every record needs an id').max(MAX_ID_LENGTH, `an id can be up to ${MAX_ID_LENGTH} characters`),
  createdAt: isoTime,
  updatedAt: isoTime,
  deletedAt: isoTime.nullable(),
  origin: z.enum(['seed', 'user', 'synthetic']),
  revision: z.number().int().min(1),
});

const historySchemas = {
  changes: z.object({
    seq: z.number().int().optional(),
    at: isoTime,
    itemKind: z.enum(ITEM_KINDS),
    itemId: z.string(),
    action: z.enum(['create', 'update', 'delete', 'restore', 'purge']),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  }),
  statusChanges: z.object({
    seq: z.number().int().optional(),
    at: isoTime,
    targetId: z.string(),
    from: z.enum(ASSESSMENT_STATUSES),
    to: z.enum(ASSESSMENT_STATUSES),
    causeKind: z.enum(['observation', 'target']),
    causeId: z.string(),
  }),
  settings: z.object({ key: z.string().min(1), value: z.unknown() }),
} as const;

const KIND_OF_TABLE = new Map(
  (Object.entries(recordKinds) as [RecordKind, (typeof recordKinds)[RecordKind]][]).map(([kind, spec]) => [spec.table, kind]),
);

/** Everything in the database as one JSON document: what a backup holds. */
export async function exportSnapshot(db: PolicyDeskDatabase): Promise<string> {
  const tables = await db.transaction(
    'r',
    SNAPSHOT_TABLES.map((name) => db.table(name)),
    async () => {
      const entries = await Promise.all(SNAPSHOT_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const));
      return Object.fromEntries(entries);
    },
  );
  return JSON.stringify({ format: 'policydesk-backup', version: BACKUP_VERSION, exportedAt: new Date().toISOString(), tables });
}

/** Brings a backup written by an earlier version of the format up to the current one. */
export function upgradeBackupTables(version: number, tables: Record<SnapshotTable, unknown[]>): Record<SnapshotTable, unknown[]> {
  if (version >= 2) return tables;
  // Version 1 had no revisions: every record starts at its first.
  const upgraded = { ...tables };
  for (const name of REVISED_TABLES) {
    upgraded[name] = tables[name].map((record) =>
      typeof record === 'object' && record !== null && !('revision' in record) ? { ...record, revision: 1 } : record,
    );
  }
  return upgraded;
}

/** Each record of a backup as a write operation that keeps its bookkeeping, refused with its place if malformed. */
function recordOps(tables: Record<SnapshotTable, unknown[]>): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const table of REVISED_TABLES) {
    const kind = KIND_OF_TABLE.get(table)!;
    tables[table].forEach((record, index) => {
      const source: RecordSource = { table, position: index + 1, title: titleOf(record) };
      const meta = metaSchema.safeParse(record);
      if (!meta.success) {
        const issue = meta.error.issues[0]!;
        throw new RecordRejectedError(source, issue.path.join('.') || '_', issue.message);
      }
      ops.push({ type: 'create', kind, id: meta.data.id, input: record, origin: meta.data.origin, meta: meta.data, source });
    });
  }
  return ops;
}

function historyRecords<T extends keyof typeof historySchemas>(name: T, records: readonly unknown[]) {
  return records.map((record, index) => {
    const parsed = historySchemas[name].safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new RecordRejectedError(
        { table: name, position: index + 1, title: null },
        issue.path.join('.') || '_',
        issue.message,
      );
    }
    return parsed.data;
  });
}

/**
 * Replaces the whole database with a backup, in one transaction: either the backup is
 * restored completely or nothing changes. Every record is validated by the write path with
 * the same schemas as any other write; the first bad record refuses the whole backup with
 * a message naming its table, its place and the field. The caller saves a backup first.
 */
export async function restoreSnapshot(db: PolicyDeskDatabase, json: string): Promise<void> {
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(json);
  } catch {
    throw new Error('The backup is not valid JSON');
  }
  const parsed = envelopeSchema.safeParse(parsedJson);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'The backup is not valid');
  const tables = upgradeBackupTables(parsed.data.version, parsed.data.tables);
  const ops = recordOps(tables);
  const history = {
    changes: historyRecords('changes', tables.changes),
    statusChanges: historyRecords('statusChanges', tables.statusChanges),
    settings: historyRecords('settings', tables.settings),
  };
  // Every table: the write path's effects run inside this transaction.
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    // Settings first: the statuses the write judges use the backup's thresholds.
    await db.settings.bulkAdd(history.settings as SettingRecord[]);
    await write(db, ops, { history: false, restoring: true });
    await db.changes.bulkAdd(history.changes as unknown as ChangeRecord[]);
    await db.statusChanges.bulkAdd(history.statusChanges as StatusChangeRecord[]);
  });
}
