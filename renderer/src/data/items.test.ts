import { afterEach, describe, expect, it } from 'vitest';
import { createItem, listItems, listTrash, purgeItem, restoreItem, trashItem, updateItem } from './items';
import { seedIfFirstRun } from './seed';
import { freshDatabase, smallLibrary } from './test-library';
import { ValidationError } from './validation-error';

const db = freshDatabase();
afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const citation = { source: 'Analyst notes', section: 'Meeting, 3 May', page: null, quote: null };

describe('library items', () => {
  it('creates an item with an id, timestamps and a history entry', async () => {
    const { record: created } = await createItem(db, 'organisation', {
      name: 'Ministry of Education',
      kind: 'government',
      citation,
    });
    expect(created.id).toMatch(/^org-/);
    expect(created.createdAt).toBe(created.updatedAt);
    expect(created.deletedAt).toBeNull();
    const history = await db.changes.toArray();
    expect(history.map((change) => [change.action, change.itemId])).toEqual([['create', created.id]]);
  });

  it('rejects an invalid item with a message per field and writes nothing', async () => {
    const attempt = createItem(db, 'target', {
      statement: '',
      metric: 'Journals',
      direction: 'increase',
      targetValue: null,
      baselineValue: 3,
      citation,
    });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const error = (await attempt.catch((caught: unknown) => caught)) as ValidationError;
    expect(error.fieldErrors).toMatchObject({
      statement: 'The statement is required',
      targetValue: 'A measurable target needs a target value (or make its direction qualitative)',
      baselineYear: 'A baseline needs both a value and a year',
      planId: 'Link the target to a plan or a policy',
    });
    expect(await db.targets.count()).toBe(0);
    expect(await db.changes.count()).toBe(0);
  });

  it('rejects a link to an item that does not exist', async () => {
    const attempt = createItem(db, 'observation', {
      targetId: 'tgt-nowhere',
      indicator: 'Papers',
      value: 1,
      year: 2020,
      citation,
    });
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { targetId: 'No target with the id tgt-nowhere' } });
  });

  it('updates an item and keeps its identity, origin and creation time', async () => {
    await seedIfFirstRun(db, () => smallLibrary);
    const [before] = await db.targets.toArray();
    const updated = await updateItem(db, 'target', 'tgt-societies', { ...before!, targetValue: 25 });
    expect(updated.record).toMatchObject({
      id: 'tgt-societies',
      targetValue: 25,
      origin: 'seed',
      createdAt: before!.createdAt,
      revision: 2,
    });
    const change = await db.changes.where('[itemKind+itemId]').equals(['target', 'tgt-societies']).last();
    expect(change?.before).toMatchObject({ targetValue: 20 });
    expect(change?.after).toMatchObject({ targetValue: 25 });
  });

  it('moves an item to the trash and restores it', async () => {
    await seedIfFirstRun(db, () => smallLibrary);
    await trashItem(db, 'policy', 'pol-plan');
    expect((await listItems(db, 'policy')).map((policy) => policy.id)).toEqual([]);
    expect((await listTrash(db)).map((entry) => [entry.kind, entry.item.id])).toEqual([['policy', 'pol-plan']]);
    await restoreItem(db, 'policy', 'pol-plan');
    expect((await listItems(db, 'policy')).map((policy) => policy.id)).toEqual(['pol-plan']);
    expect(await listTrash(db)).toEqual([]);
  });

  it('deletes for good only what is already in the trash', async () => {
    await seedIfFirstRun(db, () => smallLibrary);
    await expect(purgeItem(db, 'observation', 'obs-1')).rejects.toThrow('Only observations in the trash');
    await trashItem(db, 'observation', 'obs-1');
    await purgeItem(db, 'observation', 'obs-1');
    expect(await db.observations.get('obs-1')).toBeUndefined();
    expect((await db.changes.toArray()).at(-1)).toMatchObject({ action: 'purge', itemId: 'obs-1', after: null });
  });

  it('tells how many items still link to a trashed item, and will not purge it while they do', async () => {
    await seedIfFirstRun(db, () => smallLibrary);
    expect(await trashItem(db, 'organisation', 'org-cast')).toBe(3);
    await expect(purgeItem(db, 'organisation', 'org-cast')).rejects.toThrow(
      '3 other items still link to it; delete or relink them first',
    );
    expect(await db.organisations.get('org-cast')).toBeDefined();
  });

  it('refuses a new link to an item in the trash', async () => {
    await seedIfFirstRun(db, () => smallLibrary);
    await trashItem(db, 'target', 'tgt-societies');
    const attempt = createItem(db, 'observation', {
      targetId: 'tgt-societies',
      indicator: 'Societies',
      value: 13,
      year: 2023,
      citation,
    });
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { targetId: 'The linked target is in the trash (tgt-societies); restore it or choose another' },
    });
  });
});

describe("an analyst's status", () => {
  it('must rest on evidence that is in the library', async () => {
    await seedIfFirstRun(db, () => smallLibrary);
    const target = (await db.targets.get('tgt-societies'))!;
    const judged = {
      ...target,
      direction: 'qualitative',
      targetValue: null,
      judgement: { status: 'on-track', evidenceIds: ['obs-gone'], note: '' },
    };
    await expect(updateItem(db, 'target', target.id, judged)).rejects.toMatchObject({
      fieldErrors: { 'judgement.evidenceIds': 'No observation or policy in the library with the id obs-gone' },
    });
    const saved = await updateItem(db, 'target', target.id, {
      ...judged,
      judgement: { ...judged.judgement, evidenceIds: ['obs-1', 'pol-plan'] },
    });
    expect(saved.record.judgement?.evidenceIds).toEqual(['obs-1', 'pol-plan']);
  });
});
