import type { Table } from 'dexie';
import type { ItemKind } from '../../../shared/domain/entities';
import { type FieldsOf, itemKinds } from '../../../shared/domain/item-kinds';
import type { AnyItemRecord, PolicyRecord, RecordOrigin, StoredItem } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { linksTo } from '../../../shared/domain/item-links';
import { reanchorPolicyHighlights } from './annotations';
import { countDependants, findBrokenLinks, linkedTableNames } from './links';
import { STATUS_TABLES, targetsAffectedBy, withStatusTracking } from './status-tracking';
import { ValidationError } from './validation-error';
import { newRecordMeta } from './new-record';

/**
 * Queries and mutations for library items. Every write validates against the shared
 * schema, then checks its links and records itself in the change history in the same
 * transaction as the write, so an item, its links and its history never disagree.
 */

export function tableOf<K extends ItemKind>(db: PolicyDeskDatabase, kind: K): Table<StoredItem<K>, string> {
  return db.table(itemKinds[kind].collection);
}

const nowIso = () => new Date().toISOString();

/** Input is validated here, so callers may pass anything: a form's values, an import, a test. */
export function parseFields<K extends ItemKind>(kind: K, input: unknown): FieldsOf<K> {
  const parsed = itemKinds[kind].schema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  return parsed.data as FieldsOf<K>;
}

/** Checked inside the writing transaction, so a link cannot break between check and write. */
async function checkLinks(db: PolicyDeskDatabase, kind: ItemKind, fields: object) {
  const broken = await findBrokenLinks(db, kind, fields);
  if (Object.keys(broken).length > 0) throw new ValidationError(broken);
}

/** The tables a write of this kind reads and writes, for its transaction. */
function writeScope(db: PolicyDeskDatabase, kind: ItemKind) {
  const tracksStatus = kind === 'target' || kind === 'observation';
  const names = new Set([
    itemKinds[kind].collection,
    ...linkedTableNames(kind),
    'changes',
    ...(tracksStatus ? STATUS_TABLES : []),
    // A policy's highlights are re-found in its text whenever the text is saved.
    ...(kind === 'policy' ? ['annotations'] : []),
  ]);
  return [...names].map((name) => db.table(name));
}

const causeOf = (kind: ItemKind, id: string) => ({
  kind: kind === 'target' ? ('target' as const) : ('observation' as const),
  id,
});

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
  input: unknown,
  origin: RecordOrigin = 'user',
): Promise<StoredItem<K>> {
  const fields = parseFields(kind, input);
  const record = { ...fields, ...newRecordMeta(itemKinds[kind].idPrefix, origin) } as StoredItem<K>;
  const at = record.createdAt;
  await db.transaction('rw', writeScope(db, kind), async () => {
    await checkLinks(db, kind, fields);
    await withStatusTracking(db, targetsAffectedBy(kind, null, record as AnyItemRecord), causeOf(kind, record.id), () =>
      tableOf(db, kind).add(record),
    );
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
  input: unknown,
): Promise<StoredItem<K>> {
  const fields = parseFields(kind, input);
  return db.transaction('rw', writeScope(db, kind), async () => {
    const before = await tableOf(db, kind).get(id);
    if (!before) throw new Error(`The ${itemKinds[kind].label.toLowerCase()} no longer exists`);
    await checkLinks(db, kind, fields);
    const at = nowIso();
    const after = {
      ...fields,
      id,
      createdAt: before.createdAt,
      updatedAt: at,
      deletedAt: before.deletedAt,
      origin: before.origin,
    } as StoredItem<K>;
    await withStatusTracking(
      db,
      targetsAffectedBy(kind, before as AnyItemRecord, after as AnyItemRecord),
      causeOf(kind, id),
      () => tableOf(db, kind).put(after),
    );
    if (kind === 'policy' && (before as PolicyRecord).text !== (after as PolicyRecord).text) {
      await reanchorPolicyHighlights(db, id, (before as PolicyRecord).text, (after as PolicyRecord).text);
    }
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

/**
 * Moves an item to the trash. It keeps its links and can be restored. Returns how many
 * items in the library still link to it, so the analyst can be told.
 */
export async function trashItem(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<number> {
  await setDeleted(db, kind, id, nowIso());
  return countDependants(db, kind, id);
}

export async function restoreItem(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<void> {
  await setDeleted(db, kind, id, null);
}

async function setDeleted(db: PolicyDeskDatabase, kind: ItemKind, id: string, deletedAt: string | null) {
  const table = tableOf(db, kind);
  await db.transaction('rw', writeScope(db, kind), async () => {
    const before = await table.get(id);
    if (!before) throw new Error(`The ${itemKinds[kind].label.toLowerCase()} no longer exists`);
    const at = nowIso();
    const after = { ...before, deletedAt, updatedAt: at };
    await withStatusTracking(
      db,
      targetsAffectedBy(kind, before as AnyItemRecord, after as AnyItemRecord),
      causeOf(kind, id),
      () => table.put(after),
    );
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

/**
 * Removes an item from the trash for good. Only items already in the trash can be purged,
 * and only when nothing in the library or the trash still links to them.
 */
export async function purgeItem(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<void> {
  const tables = [
    ...new Set([itemKinds[kind].collection, ...linksTo(kind).map((link) => itemKinds[link.from].collection), 'changes']),
  ];
  await db.transaction(
    'rw',
    tables.map((name) => db.table(name)),
    async () => {
      const item = await tableOf(db, kind).get(id);
      if (!item) return;
      if (item.deletedAt === null) throw new Error('Only items in the trash can be deleted for good');
      const linking = await countDependants(db, kind, id, { includeTrash: true });
      if (linking > 0) {
        throw new Error(
          `${linking} other item${linking === 1 ? '' : 's'} still link${linking === 1 ? 's' : ''} to it; delete or relink ${linking === 1 ? 'it' : 'them'} first`,
        );
      }
      await tableOf(db, kind).delete(id);
      await db.changes.add({
        at: nowIso(),
        itemKind: kind,
        itemId: id,
        action: 'purge',
        before: item as AnyItemRecord,
        after: null,
      });
    },
  );
}
