import type { PolicyDeskDatabase } from './db';

const SNAPSHOT_TABLES = [
  'policies',
  'plans',
  'targets',
  'observations',
  'organisations',
  'annotations',
  'tags',
  'briefings',
  'changes',
  'settings',
] as const;

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
