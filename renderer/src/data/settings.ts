/** The name annotations are signed with; set on the Library and data page. */
export const AUTHOR_KEY = 'annotations.author';

import type { PolicyDeskDatabase } from './db';

export async function readSetting(db: PolicyDeskDatabase, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function writeSetting(db: PolicyDeskDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
