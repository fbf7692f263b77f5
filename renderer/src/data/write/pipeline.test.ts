import { describe, expect, it } from 'vitest';
import { seedIfFirstRun } from '../seed';
import { freshDatabase, smallLibrary } from '../test-library';
import { createHighlight } from '../annotations';
import { write } from './pipeline';
import { StaleRevisionError } from './write-errors';

async function seeded() {
  const db = freshDatabase();
  await seedIfFirstRun(db, () => smallLibrary);
  return db;
}

describe('the write path', () => {
  it('gives a new record its first revision and each save the next', async () => {
    const db = await seeded();
    const policy = (await db.policies.get('pol-plan'))!;
    expect(policy.revision).toBe(1);
    await write(db, [{ type: 'update', kind: 'policy', id: policy.id, input: { ...policy, summary: 'One' }, baseRevision: 1 }]);
    expect((await db.policies.get('pol-plan'))!.revision).toBe(2);
  });

  it('refuses a save based on a revision another window has since replaced, and keeps that window’s change', async () => {
    const db = await seeded();
    const opened = (await db.policies.get('pol-plan'))!;
    // Window A changes the title; window B, opened at the same revision, then saves its summary.
    await write(db, [
      { type: 'update', kind: 'policy', id: opened.id, input: { ...opened, title: 'New title' }, baseRevision: 1 },
    ]);
    const attempt = write(db, [
      { type: 'update', kind: 'policy', id: opened.id, input: { ...opened, summary: 'B’s summary' }, baseRevision: 1 },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(attempt).rejects.toMatchObject({ current: { title: 'New title', revision: 2 } });
    const stored = (await db.policies.get('pol-plan'))!;
    expect(stored).toMatchObject({ title: 'New title', summary: opened.summary, revision: 2 });
  });

  it('writes nothing of a batch when one record is refused', async () => {
    const db = await seeded();
    const citation = { source: 'notes', section: '1', page: null, quote: null };
    const attempt = write(db, [
      { type: 'create', kind: 'organisation', input: { name: 'Fine', kind: 'other', citation } },
      { type: 'create', kind: 'policy', input: { title: 'Broken', kind: 'plan', issuerIds: ['org-none'], citation } },
    ]);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { issuerIds: 'No organisation with the id org-none' } });
    expect(await db.organisations.count()).toBe(1);
  });

  it('reports how many highlights a text edit moved or orphaned, and stores their new places', async () => {
    const db = await seeded();
    await write(db, [
      {
        type: 'update',
        kind: 'policy',
        id: 'pol-plan',
        input: { ...(await db.policies.get('pol-plan'))!, text: 'Build world-class societies. Train more people.' },
      },
    ]);
    const kept = await createHighlight(db, {
      policyId: 'pol-plan',
      start: 29,
      end: 47,
      color: 'yellow',
      body: '',
      tagIds: [],
      author: 'A',
    });
    const lost = await createHighlight(db, {
      policyId: 'pol-plan',
      start: 0,
      end: 27,
      color: 'yellow',
      body: '',
      tagIds: [],
      author: 'A',
    });
    const policy = (await db.policies.get('pol-plan'))!;
    const { report } = await write(db, [
      { type: 'update', kind: 'policy', id: 'pol-plan', input: { ...policy, text: 'Preface. Train more people.' } },
    ]);
    expect(report.reanchored).toEqual([{ policyId: 'pol-plan', moved: 1, orphaned: 1 }]);
    expect((await db.annotations.get(kept.id))!.selector!.position!.start).toBe(9);
    expect((await db.annotations.get(lost.id))!.anchor).toBe('orphaned');
  });

  it('keeps each linked item’s catalog entry in step: title, links, trash, removal', async () => {
    const db = await seeded();
    expect(await db.catalog.get(['plan', 'pln-plan'])).toMatchObject({ title: 'CAST Development Plan', deletedAt: null });
    const plan = (await db.plans.get('pln-plan'))!;
    await write(db, [{ type: 'update', kind: 'plan', id: plan.id, input: { ...plan, title: 'Renamed plan' } }]);
    expect(await db.catalog.get(['plan', 'pln-plan'])).toMatchObject({
      title: 'Renamed plan',
      links: { policyId: ['pol-plan'] },
    });
    await write(db, [{ type: 'trash', kind: 'observation', id: 'obs-1' }]);
    await write(db, [{ type: 'trash', kind: 'target', id: 'tgt-societies' }]);
    // A target's entry is its stored status.
    expect(await db.assessments.get('tgt-societies')).toMatchObject({ links: { planId: ['pln-plan'] } });
    expect((await db.assessments.get('tgt-societies'))!.deletedAt).not.toBeNull();
    await write(db, [
      { type: 'remove', kind: 'observation', id: 'obs-1' },
      { type: 'remove', kind: 'target', id: 'tgt-societies' },
      { type: 'trash', kind: 'plan', id: 'pln-plan' },
    ]);
    expect(await db.assessments.get('tgt-societies')).toBeUndefined();
    expect((await db.catalog.get(['plan', 'pln-plan']))!.deletedAt).not.toBeNull();
  });

  it('stores a target’s status with it and judges it again when a figure changes', async () => {
    const db = await seeded();
    expect((await db.assessments.get('tgt-societies'))!.figureCount).toBe(1);
    const citation = { source: 'notes', section: '1', page: null, quote: null };
    await write(db, [
      {
        type: 'create',
        kind: 'observation',
        input: { targetId: 'tgt-societies', indicator: 'Societies', value: 14, year: 2023, citation },
      },
    ]);
    expect((await db.assessments.get('tgt-societies'))!.figureCount).toBe(2);
  });
});
