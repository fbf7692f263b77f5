import type { ItemKind } from '../../../shared/domain/entities';
import { linkedIds, linksFrom, linksTo } from '../../../shared/domain/item-links';
import { itemKinds } from '../../../shared/domain/item-kinds';
import type { PolicyDeskDatabase } from './db';

/** Evidence for an analyst's status may be a figure or a policy document. */
const EVIDENCE_TABLES = ['observations', 'policies'] as const;

/** The tables an item's links are checked against, for the transaction that writes it. */
export function linkedTableNames(kind: ItemKind): string[] {
  const tables = linksFrom(kind).map((link) => itemKinds[link.to].collection as string);
  return kind === 'target' ? [...tables, ...EVIDENCE_TABLES] : tables;
}

/**
 * Field errors for links that point at items that do not exist or are in the trash:
 * a new link to a trashed item would show as a dead end.
 */
export async function findBrokenLinks(db: PolicyDeskDatabase, kind: ItemKind, fields: object): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  for (const link of linksFrom(kind)) {
    const ids = linkedIds(link, fields);
    if (ids.length === 0) continue;
    const found = await db.table(itemKinds[link.to].collection).bulkGet(ids);
    const what = itemKinds[link.to].label.toLowerCase();
    const missing = ids.filter((_, index) => found[index] === undefined);
    const trashed = ids.filter((_, index) => found[index]?.deletedAt);
    if (missing.length > 0) errors[link.field] = `No ${what} with the id ${missing.join(', ')}`;
    else if (trashed.length > 0)
      errors[link.field] = `The linked ${what} is in the trash (${trashed.join(', ')}); restore it or choose another`;
  }
  const evidence =
    kind === 'target' ? ((fields as { judgement?: { evidenceIds: string[] } | null }).judgement?.evidenceIds ?? []) : [];
  if (evidence.length > 0) {
    const missing = await missingEvidence(db, evidence);
    if (missing.length > 0)
      errors['judgement.evidenceIds'] = `No observation or policy in the library with the id ${missing.join(', ')}`;
  }
  return errors;
}

async function missingEvidence(db: PolicyDeskDatabase, ids: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const table of EVIDENCE_TABLES) {
    const items = await db.table(table).bulkGet([...ids]);
    for (const item of items) if (item && !item.deletedAt) found.add(item.id);
  }
  return ids.filter((id) => !found.has(id));
}

/** How many items link to this one: what would be left pointing at it if it went. */
export async function countDependants(
  db: PolicyDeskDatabase,
  kind: ItemKind,
  id: string,
  { includeTrash = false } = {},
): Promise<number> {
  let count = 0;
  for (const link of linksTo(kind)) {
    count += await db
      .table(itemKinds[link.from].collection)
      .where(link.field)
      .equals(id)
      .filter((item: { deletedAt: string | null }) => includeTrash || item.deletedAt === null)
      .count();
  }
  return count;
}
