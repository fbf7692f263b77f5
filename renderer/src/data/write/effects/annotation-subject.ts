import { itemKinds } from '../../../../../shared/domain/item-kinds';
import type { AnnotationRecord } from '../../../../../shared/domain/records';
import type { WriteEffect } from '../effect';
import { refuse } from '../refuse';

const ITEM_TABLES = Object.values(itemKinds).map((meta) => meta.collection);

/**
 * An annotation is on an item in the library (not missing, not in the trash) and carries
 * only tags that exist.
 */
export const annotationSubject: WriteEffect = {
  name: 'annotation subject',
  tables: () => [...ITEM_TABLES, 'tags'],
  async check({ db, pending, restoring }, changes) {
    // Records created or removed in this same write count as they will be after it.
    const find = async (table: string, id: string) => {
      const inWrite = pending.get(table);
      return inWrite?.has(id) ? inWrite.get(id) : await db.table(table).get(id);
    };
    for (const change of changes) {
      if (!change.after || (change.action !== 'create' && change.action !== 'update')) continue;
      const annotation = change.after as unknown as AnnotationRecord;
      if (change.action === 'create') {
        const meta = itemKinds[annotation.itemKind];
        const item = await find(meta.collection, annotation.itemId);
        // A backup may hold notes on items in the trash, as the library did.
        if (!item || (item.deletedAt && !restoring))
          refuse({ itemId: `No ${meta.label.toLowerCase()} with the id ${annotation.itemId} in the library` }, change.source);
      }
      const tags = await Promise.all(annotation.tagIds.map((id) => find('tags', id)));
      const missing = annotation.tagIds.filter((_, index) => !tags[index] || tags[index]?.deletedAt);
      if (missing.length > 0) refuse({ tagIds: `No tag with the id ${missing.join(', ')}` }, change.source);
    }
  },
};
