import { describe, expect, it } from 'vitest';
import { trashItem } from '../items';
import { seedIfFirstRun } from '../seed';
import { freshDatabase, smallLibrary } from '../test-library';
import { observationRows, organisationRows, planRows, policyRows, targetRows } from './table-rows';

describe('library rows', () => {
  it('names what each item links to and counts what links to it', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    expect((await policyRows(db))[0]).toMatchObject({ issuerNames: ['CAST'], issuedYear: null });
    expect((await planRows(db))[0]).toMatchObject({ policyTitle: 'CAST Development Plan', targetCount: 1 });
    expect((await targetRows(db))[0]).toMatchObject({
      planTitle: 'CAST Development Plan',
      latestValue: 12,
      latestYear: 2022,
      observationCount: 1,
      // Due in 2025 with 12 of 20: judged when it was stored, and read, not recomputed.
      status: 'missed',
    });
    expect((await observationRows(db))[0]).toMatchObject({ targetStatement: 'Twenty world-class academic societies by 2025' });
    expect((await organisationRows(db))[0]).toMatchObject({ policyCount: 1, targetCount: 1 });
  });

  it('leaves items in the trash out of the rows and out of the counts', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    await trashItem(db, 'observation', 'obs-1');
    await trashItem(db, 'target', 'tgt-societies');
    expect(await targetRows(db)).toEqual([]);
    expect(await observationRows(db)).toEqual([]);
    expect((await planRows(db))[0]).toMatchObject({ targetCount: 0 });
    expect((await organisationRows(db))[0]).toMatchObject({ policyCount: 1, targetCount: 0 });
  });
});
