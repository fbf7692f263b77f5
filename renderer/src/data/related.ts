import type { ItemKind } from '../../../shared/domain/entities';
import { linkedIds, linksFrom, linksTo } from '../../../shared/domain/item-links';
import { itemKinds } from '../../../shared/domain/item-kinds';
import type { AnyItemRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';

/** One list on an item's page: the items it links to, or that link to it, through one link. */
export interface RelatedSection {
  heading: string;
  kind: ItemKind;
  items: AnyItemRecord[];
}

const inLibrary = (items: (AnyItemRecord | undefined)[]) =>
  items.filter((item): item is AnyItemRecord => item !== undefined && item.deletedAt === null);

/** Everything an item links to and everything that links to it, in the order of ITEM_LINKS. */
export async function findRelated(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<RelatedSection[]> {
  const item = await db.table(itemKinds[kind].collection).get(id);
  if (!item) return [];
  const forward = await Promise.all(
    linksFrom(kind).map(async (link) => ({
      heading: link.forwardHeading,
      kind: link.to,
      items: inLibrary(await db.table(itemKinds[link.to].collection).bulkGet(linkedIds(link, item))),
    })),
  );
  const reverse = await Promise.all(
    linksTo(kind).map(async (link) => ({
      heading: link.reverseHeading,
      kind: link.from,
      items: inLibrary(await db.table(itemKinds[link.from].collection).where(link.field).equals(id).toArray()),
    })),
  );
  return [...forward, ...reverse].filter((section) => section.items.length > 0);
}
