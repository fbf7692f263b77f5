import type { TagRecord } from '../../../../../shared/domain/records';
import type { WriteEffect } from '../effect';
import { refuse } from '../refuse';

/** Tag names are unique regardless of case: two codes that read the same are one code. */
export const uniqueTagNames: WriteEffect = {
  name: 'unique tag names',
  tables: () => ['tags'],
  async check({ db }, changes) {
    const named = changes.filter((change) => change.after && (change.action === 'create' || change.action === 'update'));
    if (named.length === 0) return;
    const tags = (await db.tags.toArray()).filter((tag) => tag.deletedAt === null);
    const changing = new Set(named.map((change) => change.after!.id));
    const taken = new Map(tags.filter((tag) => !changing.has(tag.id)).map((tag) => [tag.name.toLowerCase(), tag.name]));
    for (const change of named) {
      const { name } = change.after as unknown as TagRecord;
      const clash = taken.get(name.toLowerCase());
      if (clash !== undefined) refuse({ name: `There is already a tag called “${clash}”; merge into it instead` }, change.source);
      taken.set(name.toLowerCase(), name);
    }
  },
};
