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

  it('round-trips byte for byte: a restored backup backs up to the same file', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    const backup = await exportSnapshot(db);
    await restoreSnapshot(db, backup);
    const again = await exportSnapshot(db);
    const withoutTime = (json: string) => ({ ...JSON.parse(json), exportedAt: null });
    expect(withoutTime(again)).toEqual(withoutTime(backup));
  });

  it.each([
    ['a title that is an object', (t: Tables) => (t.policies[0]!.title = { en: 'x' }), 'In policies, record 1, field “title”'],
    ['issuers given as a string', (t: Tables) => (t.policies[0]!.issuerIds = 'org-cast'), 'field “issuerIds”'],
    ['a target value that is text', (t: Tables) => (t.targets[0]!.targetValue = 'twenty'), 'In targets, record 1'],
    ['a record without an id', (t: Tables) => delete t.organisations[0]!.id, 'In organisations, record 1 (“China Association'],
    ['a link to nothing', (t: Tables) => (t.observations[0]!.targetId = 'tgt-gone'), 'No target with the id tgt-gone'],
    ['a revision that is not a number', (t: Tables) => (t.plans[0]!.revision = 'two'), 'In plans, record 1'],
    [
      'a status change with an unknown status',
      (t: Tables) =>
        t.statusChanges.push({
          at: '2024-01-01T00:00:00Z',
          targetId: 'x',
          from: 'great',
          to: 'met',
          causeKind: 'target',
          causeId: 'x',
        }),
      'In statusChanges, record 1',
    ],
  ])('refuses a backup with %s, names the record, and changes nothing', async (_what, damage, message) => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    const backup = JSON.parse(await exportSnapshot(db)) as { tables: Tables };
    damage(backup.tables);
    await createItem(db, 'organisation', { name: 'Kept', kind: 'other', citation });
    await expect(restoreSnapshot(db, JSON.stringify(backup))).rejects.toThrow(message);
    expect(await db.organisations.where('name').equals('Kept').count()).toBe(1);
    expect(await db.targets.count()).toBe(1);
  });

  it('upgrades a backup written before records had revisions', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    const backup = JSON.parse(await exportSnapshot(db)) as { version: number; tables: Tables };
    backup.version = 1;
    for (const records of Object.values(backup.tables)) for (const record of records) delete record.revision;
    await restoreSnapshot(db, JSON.stringify(backup));
    expect((await db.policies.get('pol-plan'))!.revision).toBe(1);
    // Statuses are derived, so judged again on restore rather than read from the file.
    expect(await db.assessments.get('tgt-societies')).toMatchObject({ figureCount: 1 });
  });

  it('refuses a backup from a newer PolicyDesk', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    const backup = { ...JSON.parse(await exportSnapshot(db)), version: 99 };
    await expect(restoreSnapshot(db, JSON.stringify(backup))).rejects.toThrow('This backup was made by a newer PolicyDesk');
  });
});

type Tables = Record<
  'policies' | 'plans' | 'targets' | 'observations' | 'organisations' | 'statusChanges',
  Array<Record<string, unknown>>
>;
const citation = { source: 'x', section: 'y', page: null, quote: null };
