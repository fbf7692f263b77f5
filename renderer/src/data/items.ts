import type { Table } from 'dexie';
import type { ItemKind } from '../../../shared/domain/entities';
import { type FieldsOf, type InputOf, itemKinds } from '../../../shared/domain/item-kinds';
import type { AnyItemRecord, RecordOrigin, StoredItem } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { findBrokenLinks } from './links';
import { ValidationError } from './validation-error';

/**
 * Queries and mutations for library items. Every write validates against the shared
 * schema, checks its links, and records itself in the change history in the same
 * transaction, so an item and its history never disagree.
 */

export function tableOf<K extends ItemKind>(db: PolicyDeskDatabase, kind: K): Table<StoredItem<K>, string> {
  return db.table(itemKinds[kind].collection);
}

export function newId(kind: ItemKind): string {
  return `${itemKinds[kind].idPrefix}-${crypto.randomUUID()}`;
}

const nowIso = () => new Date().toISOString();

async function validate<K extends ItemKind>(db: PolicyDeskDatabase, kind: K, input: InputOf<K>): Promise<FieldsOf<K>> {
  const parsed = itemKinds[kind].schema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const fields = parsed.data as FieldsOf<K>;
  const broken = await findBrokenLinks(db, kind, fields);
  if (Object.keys(broken).length > 0) throw new ValidationError(broken);
  return fields;
}

export async function listItems<K extends ItemKind>(db: PolicyDeskDatabase, kind: K): Promise<StoredItem<K>[]> {
  const all = await tableOf(db, kind).toArray();
  return all.filter((item) => item.deletedAt === null);
}

export async function getItem<K extends ItemKind>(
  db: PolicyDeskDatabase,
  kind: K,
  id: string,
): Promise<StoredItem<K> | undefined> {
  return tableOf(db, kind).get(id);
}

export async function createItem<K extends ItemKind>(
  db: PolicyDeskDatabase,
  kind: K,
  input: InputOf<K>,
  origin: RecordOrigin = 'user',
): Promise<StoredItem<K>> {
  const fields = await validate(db, kind, input);
  const at = nowIso();
  const record = { ...fields, id: newId(kind), createdAt: at, updatedAt: at, deletedAt: null, origin } as StoredItem<K>;
  await db.transaction('rw', [tableOf(db, kind), db.changes], async () => {
    await tableOf(db, kind).add(record);
    await db.changes.add({
      at,
      itemKind: kind,
      itemId: record.id,
      action: 'create',
      before: null,
      after: record as AnyItemRecord,
    });
  });
  return record;
}

export async function updateItem<K extends ItemKind>(
  db: PolicyDeskDatabase,
  kind: K,
  id: string,
  input: InputOf<K>,
): Promise<StoredItem<K>> {
  const fields = await validate(db, kind, input);
  return db.transaction('rw', [tableOf(db, kind), db.changes], async () => {
    const before = await tableOf(db, kind).get(id);
    if (!before) throw new Error(`The ${itemKinds[kind].label.toLowerCase()} no longer exists`);
    const at = nowIso();
    const after = {
      ...fields,
      id,
      createdAt: before.createdAt,
      updatedAt: at,
      deletedAt: before.deletedAt,
      origin: before.origin,
    } as StoredItem<K>;
    await tableOf(db, kind).put(after);
    await db.changes.add({
      at,
      itemKind: kind,
      itemId: id,
      action: 'update',
      before: before as AnyItemRecord,
      after: after as AnyItemRecord,
    });
    return after;
  });
}

/** Moves an item to the trash. It keeps its links and can be restored. */
export async function trashItem(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<void> {
  await setDeleted(db, kind, id, nowIso());
}

export async function restoreItem(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<void> {
  await setDeleted(db, kind, id, null);
}

async function setDeleted(db: PolicyDeskDatabase, kind: ItemKind, id: string, deletedAt: string | null) {
  const table = tableOf(db, kind);
  await db.transaction('rw', [table, db.changes], async () => {
    const before = await table.get(id);
    if (!before) throw new Error(`The ${itemKinds[kind].label.toLowerCase()} no longer exists`);
    const at = nowIso();
    const after = { ...before, deletedAt, updatedAt: at };
    await table.put(after);
    await db.changes.add({
      at,
      itemKind: kind,
      itemId: id,
      action: deletedAt === null ? 'restore' : 'delete',
      before: before as AnyItemRecord,
      after: after as AnyItemRecord,
    });
  });
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

/** Removes an item from the trash for good. Only items already in the trash can be purged. */
export async function purgeItem(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<void> {
  const table = tableOf(db, kind);
  await db.transaction('rw', table, async () => {
    const item = await table.get(id);
    if (item && item.deletedAt === null) throw new Error('Only items in the trash can be deleted for good');
    await table.delete(id);
  });
}
