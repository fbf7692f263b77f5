import type { ItemKind } from '../../../../../shared/domain/entities';
import type { AnyItemRecord, ChangeRecord } from '../../../../../shared/domain/records';
import type { WriteEffect } from '../effect';

const ACTIONS = { create: 'create', update: 'update', trash: 'delete', restore: 'restore', remove: 'purge' } as const;

/**
 * Each change to a library item is recorded with its state before and after, for the
 * dashboard's recent changes and a briefing's "changes since". Imports and restores do not
 * record their items one by one: an imported item's creation time is its history.
 */
export const changeHistory: WriteEffect = {
  name: 'change history',
  tables: () => ['changes'],
  async apply({ db, at, history }, changes) {
    if (!history) return;
    const entries: ChangeRecord[] = changes.map((change) => ({
      at,
      itemKind: change.kind as ItemKind,
      itemId: (change.after ?? change.before)!.id,
      action: ACTIONS[change.action],
      before: change.before as AnyItemRecord | null,
      after: change.after as AnyItemRecord | null,
    }));
    await db.changes.bulkAdd(entries);
  },
};
