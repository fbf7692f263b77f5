import { describe, expect, it } from 'vitest';
import { createItem, trashItem } from './items';
import { resetToSampleLibrary, seedIfFirstRun } from './seed';
import { freshDatabase, smallLibrary } from './test-library';

describe('the sample library', () => {
  it('loads on first run into an empty database, marked as seeded', async () => {
    const db = freshDatabase();
    expect(await seedIfFirstRun(db, () => smallLibrary)).toBe(true);
    expect(await db.targets.get('tgt-societies')).toMatchObject({ origin: 'seed', deletedAt: null, targetValue: 20 });
  });

  it('loads only once, even after the analyst empties the library', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    await db.observations.clear();
    expect(await seedIfFirstRun(db, () => smallLibrary)).toBe(false);
    expect(await db.observations.count()).toBe(0);
  });

  it('does not load into a database that already holds items', async () => {
    const db = freshDatabase();
    await createItem(db, 'organisation', {
      name: 'NSFC',
      kind: 'funder',
      citation: { source: 'notes', section: 'x', page: null, quote: null },
    });
    expect(await seedIfFirstRun(db, () => smallLibrary)).toBe(false);
    expect(await db.policies.count()).toBe(0);
  });

  it('reset replaces edits, trash and history with the sample library', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    await trashItem(db, 'policy', 'pol-plan');
    await resetToSampleLibrary(db, smallLibrary);
    expect(await db.policies.get('pol-plan')).toMatchObject({ deletedAt: null });
    expect(await db.changes.count()).toBe(0);
  });
});
