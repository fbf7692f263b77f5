import type { PolicyDeskDatabase } from './db';

export async function readSetting(db: PolicyDeskDatabase, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function writeSetting(db: PolicyDeskDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
