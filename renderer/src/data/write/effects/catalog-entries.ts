import type { ItemKind } from '../../../../../shared/domain/entities';
import { catalogEntryOf } from '../../catalog';
import type { WriteEffect } from '../effect';

/**
 * Keeps each item's catalog entry (its title, links and trash state) in step with the
 * item, in the same write, so screens can name and count linked items from the catalog
 * without reading the items themselves.
 */
export const catalogEntries: WriteEffect = {
  name: 'catalog entries',
  tables: () => ['catalog'],
  async apply({ db }, changes) {
    const entries = changes.flatMap((change) => (change.after ? [catalogEntryOf(change.kind as ItemKind, change.after)] : []));
    const removed = changes.flatMap((change) => (change.after ? [] : [[change.kind, change.before!.id] as [ItemKind, string]]));
    if (entries.length > 0) await db.catalog.bulkPut(entries);
    if (removed.length > 0) await db.catalog.bulkDelete(removed);
  },
};
