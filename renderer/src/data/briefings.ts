import type { BriefingRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { write } from './write/pipeline';

/**
 * Queries and mutations for briefings. A briefing is the analyst's own document, not a
 * library item: it links to items by id but nothing links to it, so it needs no link
 * checks and stays out of the library's change history. Like items, it is soft-deleted,
 * so "Move to trash" can be undone.
 */

const TITLE_MAX = 200;

export const newSectionId = () => `sec-${crypto.randomUUID()}`;

/** The briefings in use (not in the trash), most recently changed first. */
export async function listBriefings(db: PolicyDeskDatabase): Promise<BriefingRecord[]> {
  const all = await db.briefings.orderBy('updatedAt').reverse().toArray();
  return all.filter((briefing) => briefing.deletedAt === null);
}

/** The briefings in the trash, most recently trashed first. */
export async function listTrashedBriefings(db: PolicyDeskDatabase): Promise<BriefingRecord[]> {
  const trashed = await db.briefings.where('deletedAt').above('').toArray();
  return trashed.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

export async function getBriefing(db: PolicyDeskDatabase, id: string): Promise<BriefingRecord | undefined> {
  return db.briefings.get(id);
}

export async function createBriefing(db: PolicyDeskDatabase, input: unknown): Promise<BriefingRecord> {
  return (await write(db, [{ type: 'create', kind: 'briefing', input }])).records[0] as unknown as BriefingRecord;
}

/**
 * Saves a briefing. With `baseRevision` (the revision the composer opened), a save on top of
 * a change made meanwhile in another window is refused with StaleRevisionError.
 */
export async function updateBriefing(
  db: PolicyDeskDatabase,
  id: string,
  input: unknown,
  baseRevision?: number,
): Promise<BriefingRecord> {
  const op = {
    type: 'update' as const,
    kind: 'briefing' as const,
    id,
    input,
    ...(baseRevision === undefined ? {} : { baseRevision }),
  };
  return (await write(db, [op])).records[0] as unknown as BriefingRecord;
}

/** "Copy of …", cut to the title's limit so a long title still duplicates. */
export function copyTitle(title: string): string {
  const copy = `Copy of ${title}`;
  return copy.length <= TITLE_MAX ? copy : `${copy.slice(0, TITLE_MAX - 1)}…`;
}

/**
 * A new briefing with the same content. Its sections get new ids, so the copy and the
 * original never share an id that a preview or an export might key on.
 */
export async function duplicateBriefing(db: PolicyDeskDatabase, id: string): Promise<BriefingRecord> {
  return db.transaction('rw', db.tables, async () => {
    const original = await db.briefings.get(id);
    if (!original) throw new Error('The briefing no longer exists');
    const input = {
      ...original,
      title: copyTitle(original.title),
      sections: original.sections.map((section) => ({ ...section, id: newSectionId() })),
    };
    return (await write(db, [{ type: 'create', kind: 'briefing', input }])).records[0] as unknown as BriefingRecord;
  });
}

export async function trashBriefing(db: PolicyDeskDatabase, id: string): Promise<void> {
  await write(db, [{ type: 'trash', kind: 'briefing', id }]);
}

export async function restoreBriefing(db: PolicyDeskDatabase, id: string): Promise<void> {
  await write(db, [{ type: 'restore', kind: 'briefing', id }]);
}
