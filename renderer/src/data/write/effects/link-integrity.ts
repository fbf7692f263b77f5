import type { ItemKind } from '../../../../../shared/domain/entities';
import { linkedIds, linksFrom, linksTo } from '../../../../../shared/domain/item-links';
import { itemKinds } from '../../../../../shared/domain/item-kinds';
import type { RecordChange, WriteContext, WriteEffect } from '../effect';
import { refuse } from '../refuse';

/** Evidence for an analyst's status may be a figure or a policy document. */
const EVIDENCE_TABLES = ['observations', 'policies'] as const;

type Presence = 'present' | 'trashed';

/**
 * Every link a created or edited item holds must point at an item in the library (not
 * missing, not in the trash), and an item leaves for good only when nothing links to it.
 * Checked inside the writing transaction, so a link cannot break between check and write.
 * The check reads each linked table once for the whole write, so an import of 100,000
 * items costs one read per table, not one per link.
 */
export const linkIntegrity: WriteEffect = {
  name: 'link integrity',
  tables: (kind) => {
    const item = kind as ItemKind;
    return [
      ...linksFrom(item).map((link) => itemKinds[link.to].collection),
      ...linksTo(item).map((link) => itemKinds[link.from].collection),
      ...(item === 'target' ? EVIDENCE_TABLES : []),
    ];
  },
  async check({ db, pending, restoring }, changes) {
    const written = changes.filter((change) => change.after && (change.action === 'create' || change.action === 'update'));
    const presence = await lookUpLinked(db, pending, written);
    for (const change of written) {
      const errors = brokenLinks(change, presence, restoring);
      if (Object.keys(errors).length > 0) refuse(errors, change.source);
    }
    for (const change of changes) {
      if (change.action !== 'remove' || !change.before) continue;
      const linking = await countLinking(db, pending, change.kind as ItemKind, change.before.id);
      if (linking > 0) {
        throw new Error(
          `${linking} other item${linking === 1 ? '' : 's'} still link${linking === 1 ? 's' : ''} to it; delete or relink ${linking === 1 ? 'it' : 'them'} first`,
        );
      }
    }
  },
};

/**
 * How many items, in the library or the trash, link to this one once the write is done:
 * items this same write removes or relinks no longer count.
 */
async function countLinking(db: WriteContext['db'], pending: WriteContext['pending'], kind: ItemKind, id: string) {
  let count = 0;
  for (const link of linksTo(kind)) {
    const table = itemKinds[link.from].collection;
    const ids = (await db.table(table).where(link.field).equals(id).primaryKeys()) as string[];
    const inWrite = pending.get(table);
    count += ids.filter((linkingId) => {
      if (!inWrite?.has(linkingId)) return true;
      const after = inWrite.get(linkingId);
      return after !== null && after !== undefined && linkedIds(link, after).includes(id);
    }).length;
  }
  return count;
}

/** Whether each linked id is in the library, in the trash, or (absent from the map) missing. */
async function lookUpLinked(
  db: WriteContext['db'],
  pending: WriteContext['pending'],
  written: readonly RecordChange[],
): Promise<Map<string, Map<string, Presence>>> {
  const wanted = new Map<string, Set<string>>();
  const want = (table: string, ids: readonly string[]) => {
    let set = wanted.get(table);
    if (!set) wanted.set(table, (set = new Set()));
    for (const id of ids) set.add(id);
  };
  for (const change of written) {
    const kind = change.kind as ItemKind;
    for (const link of linksFrom(kind)) want(itemKinds[link.to].collection, linkedIds(link, change.after!));
    for (const table of EVIDENCE_TABLES) want(table, evidenceOf(change));
  }
  const presence = new Map<string, Map<string, Presence>>();
  for (const [table, ids] of wanted) {
    // Items in this same write count as they will be after it (an import links to itself).
    const known = new Map<string, Presence>();
    const inWrite = pending.get(table);
    const unknown: string[] = [];
    for (const id of ids) {
      if (!inWrite?.has(id)) unknown.push(id);
      else if (inWrite.get(id)) known.set(id, inWrite.get(id)!.deletedAt ? 'trashed' : 'present');
    }
    const found = unknown.length > 0 ? await db.table(table).bulkGet(unknown) : [];
    found.forEach((item: { deletedAt: string | null } | undefined, index) => {
      if (item) known.set(unknown[index]!, item.deletedAt ? 'trashed' : 'present');
    });
    presence.set(table, known);
  }
  return presence;
}

function evidenceOf(change: RecordChange): string[] {
  if (change.kind !== 'target') return [];
  return (change.after as { judgement?: { evidenceIds: string[] } | null }).judgement?.evidenceIds ?? [];
}

function brokenLinks(
  change: RecordChange,
  presence: Map<string, Map<string, Presence>>,
  trashAllowed: boolean,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const link of linksFrom(change.kind as ItemKind)) {
    const ids = linkedIds(link, change.after!);
    const known = presence.get(itemKinds[link.to].collection);
    const what = itemKinds[link.to].label.toLowerCase();
    const missing = ids.filter((id) => !known?.has(id));
    const trashed = trashAllowed ? [] : ids.filter((id) => known?.get(id) === 'trashed');
    if (missing.length > 0) errors[link.field] = `No ${what} with the id ${missing.join(', ')}`;
    else if (trashed.length > 0)
      errors[link.field] = `The linked ${what} is in the trash (${trashed.join(', ')}); restore it or choose another`;
  }
  const evidence = evidenceOf(change);
  const usable = (presence: Presence | undefined) => presence === 'present' || (trashAllowed && presence === 'trashed');
  const missing = evidence.filter((id) => !EVIDENCE_TABLES.some((table) => usable(presence.get(table)?.get(id))));
  if (missing.length > 0)
    errors['judgement.evidenceIds'] = `No observation or policy in the library with the id ${missing.join(', ')}`;
  return errors;
}
