import type { Table } from 'dexie';
import type { ItemKind } from '../../../shared/domain/entities';
import { itemKinds } from '../../../shared/domain/item-kinds';
import type { AnyItemRecord, RecordOrigin, StoredItem } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { countDependants } from './links';
import { write } from './write/pipeline';
import type { WriteReport } from './write/effect';

/** Queries and mutations for library items; every write goes through the one write path. */

export function tableOf<K extends ItemKind>(db: PolicyDeskDatabase, kind: K): Table<StoredItem<K>, string> {
  return db.table(itemKinds[kind].collection);
}

export async function getItem<K extends ItemKind>(
  db: PolicyDeskDatabase,
  kind: K,
  id: string,
): Promise<StoredItem<K> | undefined> {
  return tableOf(db, kind).get(id);
}

/** The items of a kind that are not in the trash. */
export async function listItems<K extends ItemKind>(db: PolicyDeskDatabase, kind: K): Promise<StoredItem<K>[]> {
  return (await tableOf(db, kind).toArray()).filter((item) => item.deletedAt === null);
}

export interface Saved<T> {
  record: T;
  report: WriteReport;
}

export async function createItem<K extends ItemKind>(
  db: PolicyDeskDatabase,
  kind: K,
  input: unknown,
  origin: RecordOrigin = 'user',
): Promise<Saved<StoredItem<K>>> {
  const { records, report } = await write(db, [{ type: 'create', kind, input, origin }]);
  return { record: records[0] as unknown as StoredItem<K>, report };
}

/**
 * Saves an item's fields. With `baseRevision` (the revision the form was opened at), a save
 * on top of a change made meanwhile elsewhere is refused with StaleRevisionError.
 */
export async function updateItem<K extends ItemKind>(
  db: PolicyDeskDatabase,
  kind: K,
  id: string,
  input: unknown,
  baseRevision?: number,
): Promise<Saved<StoredItem<K>>> {
  const { records, report } = await write(db, [
    { type: 'update', kind, id, input, ...(baseRevision === undefined ? {} : { baseRevision }) },
  ]);
  return { record: records[0] as unknown as StoredItem<K>, report };
}

/**
 * Moves an item to the trash. It keeps its links and can be restored. Returns how many
 * items in the library still link to it, so the analyst can be told.
 */
export async function trashItem(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<number> {
  await write(db, [{ type: 'trash', kind, id }]);
  return countDependants(db, kind, id);
}

export async function restoreItem(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<void> {
  await write(db, [{ type: 'restore', kind, id }]);
}

export interface TrashEntry {
  kind: ItemKind;
  item: AnyItemRecord;
}

export async function listTrash(db: PolicyDeskDatabase): Promise<TrashEntry[]> {
  const kinds = Object.keys(itemKinds) as ItemKind[];
  const lists = await Promise.all(
    kinds.map(async (kind) => {
      const items = await tableOf(db, kind).where('deletedAt').above('').toArray();
      return items.map((item) => ({ kind, item: item as AnyItemRecord }));
    }),
  );
  return lists.flat().sort((a, b) => (b.item.deletedAt ?? '').localeCompare(a.item.deletedAt ?? ''));
}

/**
 * Removes an item from the trash for good. Only items already in the trash can be purged,
 * and only when nothing in the library or the trash still links to them.
 */
export async function purgeItem(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<void> {
  if (!(await tableOf(db, kind).get(id))) return;
  await write(db, [{ type: 'remove', kind, id }]);
}
