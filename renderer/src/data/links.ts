import type { ItemKind } from '../../../shared/domain/entities';
import { linksTo } from '../../../shared/domain/item-links';
import { itemKinds } from '../../../shared/domain/item-kinds';
import type { PolicyDeskDatabase } from './db';

/** How many items in the library (not the trash) link to this one: what would be left pointing at it if it went. */
export async function countDependants(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<number> {
  let count = 0;
  for (const link of linksTo(kind)) {
    count += await db
      .table(itemKinds[link.from].collection)
      .where(link.field)
      .equals(id)
      .filter((item: { deletedAt: string | null }) => item.deletedAt === null)
      .count();
  }
  return count;
}
