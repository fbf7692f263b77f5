import { describe, expect, it } from 'vitest';
import { libraryBundleSchema } from '../../../shared/domain/library-bundle';
import { createItem, trashItem, updateItem } from './items';
import { addObservations } from './observations';
import { seedIfFirstRun } from './seed';
import { freshDatabase } from './test-library';

const citation = { source: 'notes', section: 'figures', page: null, quote: null };
// 100 in 2020 to 200 by 2035: 150 by 2022 is far ahead of the path, so the target starts on track.
const library = libraryBundleSchema.parse({
  format: 'policydesk-library',
  version: 1,
  policies: [{ id: 'pol-a', title: 'A plan', kind: 'plan', citation }],
  targets: [
    {
      id: 'tgt-a',
      statement: 'Reach 200 by 2035',
      policyId: 'pol-a',
      metric: 'Count',
      unit: 'things',
      direction: 'increase',
      baselineValue: 100,
      baselineYear: 2020,
      targetValue: 200,
      dueYear: 2035,
      citation,
    },
  ],
  observations: [{ id: 'obs-2022', targetId: 'tgt-a', indicator: 'Count', value: 150, unit: 'things', year: 2022, citation }],
});

async function seeded() {
  const db = freshDatabase();
  await seedIfFirstRun(db, () => library);
  return db;
}

describe('status history', () => {
  it('records the change when a new figure moves a target from on track to stagnating', async () => {
    const db = await seeded();
    // 101 in 2023: +0.3% a year since 2020, far short of the +4.7% a year the target needs.
    const { record: added } = await createItem(db, 'observation', {
      targetId: 'tgt-a',
      indicator: 'Count',
      value: 101,
      unit: 'things',
      year: 2023,
      citation,
    });
    const changes = await db.statusChanges.toArray();
    expect(changes).toMatchObject([
      { targetId: 'tgt-a', from: 'on-track', to: 'stagnating', causeKind: 'observation', causeId: added.id },
    ]);
  });

  it('records nothing when a write leaves the status as it was', async () => {
    const db = await seeded();
    await createItem(db, 'observation', {
      targetId: 'tgt-a',
      indicator: 'Count',
      value: 160,
      unit: 'things',
      year: 2023,
      citation,
    });
    expect(await db.statusChanges.count()).toBe(0);
  });

  it('records the change back when the figure goes to the trash', async () => {
    const db = await seeded();
    const { record: added } = await createItem(db, 'observation', {
      targetId: 'tgt-a',
      indicator: 'Count',
      value: 101,
      unit: 'things',
      year: 2023,
      citation,
    });
    await trashItem(db, 'observation', added.id);
    expect((await db.statusChanges.toArray()).map((change) => `${change.from} → ${change.to}`)).toEqual([
      'on-track → stagnating',
      'stagnating → on-track',
    ]);
  });

  it('records a change caused by editing the target itself', async () => {
    const db = await seeded();
    const target = (await db.targets.get('tgt-a'))!;
    await updateItem(db, 'target', 'tgt-a', { ...target, targetValue: 140 });
    expect(await db.statusChanges.toArray()).toMatchObject([
      { from: 'on-track', to: 'met', causeKind: 'target', causeId: 'tgt-a' },
    ]);
  });
});

describe('free-standing indicators', () => {
  it('can be attached to a target later, which then counts them', async () => {
    const db = await seeded();
    const { record: free } = await createItem(db, 'observation', {
      indicator: 'Count',
      value: 101,
      unit: 'things',
      year: 2023,
      citation,
    });
    expect(await db.statusChanges.count()).toBe(0);
    await updateItem(db, 'observation', free.id, { ...free, targetId: 'tgt-a' });
    expect(await db.statusChanges.toArray()).toMatchObject([
      { targetId: 'tgt-a', from: 'on-track', to: 'stagnating', causeId: free.id },
    ]);
  });
});

describe('adding pasted rows', () => {
  it('adds every row to the target in one go, with one status change', async () => {
    const db = await seeded();
    const rows = [2023, 2024].map((year) => ({ indicator: 'Count', value: 101, unit: 'things', year, citation }));
    const added = await addObservations(db, 'tgt-a', rows);
    expect(added.records.map((row) => row.targetId)).toEqual(['tgt-a', 'tgt-a']);
    expect(await db.observations.where('targetId').equals('tgt-a').count()).toBe(3);
    expect(await db.statusChanges.count()).toBe(1);
    expect(added.report.statusChanges).toMatchObject([{ targetId: 'tgt-a' }]);
  });

  it('adds none when one row is invalid, and names the row', async () => {
    const db = await seeded();
    const rows = [
      { indicator: 'Count', value: 101, year: 2023, citation },
      { indicator: 'Count', value: 102, year: 1700, citation },
    ];
    await expect(addObservations(db, 'tgt-a', rows)).rejects.toThrow('Row 2: Enter a year from 1900 on');
    expect(await db.observations.count()).toBe(1);
  });
});
