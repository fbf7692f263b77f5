import { z } from 'zod';
import type { PolicyDeskDatabase } from './db';

/** Every table, in the order a restore writes them. */
const SNAPSHOT_TABLES = [
  'organisations',
  'policies',
  'plans',
  'targets',
  'observations',
  'annotations',
  'tags',
  'briefings',
  'changes',
  'statusChanges',
  'settings',
] as const;

const backupSchema = z.object({
  format: z.literal('policydesk-backup', { message: 'This is not a PolicyDesk backup' }),
  version: z.literal(1, { message: 'This backup was made by a newer PolicyDesk' }),
  exportedAt: z.string(),
  // Backups from before status history existed have no statusChanges; they restore with none.
  // A table missing from an older backup (one made before the table existed) restores empty.
  tables: z.object(
    Object.fromEntries(SNAPSHOT_TABLES.map((name) => [name, z.array(z.record(z.string(), z.unknown())).default([])])) as Record<
      (typeof SNAPSHOT_TABLES)[number],
      z.ZodDefault<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>
    >,
  ),
});

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
  return JSON.stringify({ format: 'policydesk-backup', version: 1, exportedAt: new Date().toISOString(), tables });
}

/**
 * Replaces the whole database with a backup, in one transaction: either the backup is
 * restored completely or nothing changes. The caller saves a backup of the current state first.
 */
export async function restoreSnapshot(db: PolicyDeskDatabase, json: string): Promise<void> {
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(json);
  } catch {
    throw new Error('The backup is not valid JSON');
  }
  const parsed = backupSchema.safeParse(parsedJson);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'The backup is not valid');
  const { tables } = parsed.data;
  await db.transaction(
    'rw',
    SNAPSHOT_TABLES.map((name) => db.table(name)),
    async () => {
      for (const name of SNAPSHOT_TABLES) {
        await db.table(name).clear();
        await db.table(name).bulkAdd(tables[name]);
      }
    },
  );
}
