import { describe, expect, it } from 'vitest';
import { createItem, trashItem } from './items';
import { seedIfFirstRun } from './seed';
import { exportSnapshot, restoreSnapshot } from './snapshot';
import { freshDatabase, smallLibrary } from './test-library';

describe('backups', () => {
  it('restore the library exactly as it was, trash and history included', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    await trashItem(db, 'observation', 'obs-1');
    const backup = await exportSnapshot(db);
    const before = {
      targets: await db.targets.toArray(),
      observations: await db.observations.toArray(),
      changes: await db.changes.toArray(),
    };

    await createItem(db, 'organisation', {
      name: 'Added later',
      kind: 'other',
      citation: { source: 'x', section: 'y', page: null, quote: null },
    });
    await db.targets.clear();
    await restoreSnapshot(db, backup);

    expect(await db.targets.toArray()).toEqual(before.targets);
    expect(await db.observations.toArray()).toEqual(before.observations);
    expect(await db.changes.toArray()).toEqual(before.changes);
    expect(await db.organisations.where('name').equals('Added later').count()).toBe(0);
  });

  it('refuse something that is not a backup and change nothing', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    await expect(restoreSnapshot(db, '{"format":"policydesk-library","version":1}')).rejects.toThrow(
      'This is not a PolicyDesk backup',
    );
    await expect(restoreSnapshot(db, 'nonsense')).rejects.toThrow('The backup is not valid JSON');
    expect(await db.targets.count()).toBe(1);
  });
});
