import { afterEach, describe, expect, it } from 'vitest';
import type { BriefingFields } from '../../../shared/briefing/model';
import {
  copyTitle,
  createBriefing,
  duplicateBriefing,
  getBriefing,
  listBriefings,
  listTrashedBriefings,
  restoreBriefing,
  trashBriefing,
  updateBriefing,
} from './briefings';
import { freshDatabase } from './test-library';
import { ValidationError } from './validation-error';

const db = freshDatabase();
afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const fields: BriefingFields = {
  title: 'Targets due in 2025',
  audience: 'Directors',
  date: '2025-03-01',
  author: 'Analyst',
  marking: 'INTERNAL',
  paper: 'A4',
  sections: [
    { id: 'sec-a', type: 'text', heading: 'Summary', markdown: 'Most targets are on track.' },
    {
      id: 'sec-b',
      type: 'status-table',
      heading: 'Targets at a glance',
      selection: { mode: 'filter', dueYear: 2025, statuses: [], planId: null },
    },
  ],
};

describe('briefings', () => {
  it('creates a briefing with a brf- id and bookkeeping', async () => {
    const created = await createBriefing(db, fields);
    expect(created.id).toMatch(/^brf-[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ ...fields, deletedAt: null, origin: 'user' });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(created.revision).toBe(1);
    expect(await getBriefing(db, created.id)).toEqual(created);
  });

  it('fills what a new briefing leaves out with the model defaults', async () => {
    const created = await createBriefing(db, { title: 'Short', date: '2025-01-02' });
    expect(created).toMatchObject({ audience: '', author: '', marking: '', paper: 'A4', sections: [] });
  });

  it('rejects an empty title with a message for the field and writes nothing', async () => {
    const attempt = createBriefing(db, { ...fields, title: '   ' });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { title: 'The title is required' } });
    expect(await db.briefings.count()).toBe(0);
  });

  it("names a section's invalid field by its place in the list", async () => {
    const created = await createBriefing(db, fields);
    const attempt = updateBriefing(db, created.id, {
      ...fields,
      sections: [
        ...fields.sections,
        { id: 'sec-c', type: 'target-pages', heading: 'Detail', targetIds: [], latestObservations: 5 },
      ],
    });
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { 'sections.2.targetIds': 'Choose at least one target' } });
    expect((await getBriefing(db, created.id))?.sections).toHaveLength(2);
  });

  it('updates a briefing and keeps its identity and creation time', async () => {
    const created = await createBriefing(db, fields);
    const reordered = { ...fields, title: '  Due in 2025  ', sections: [fields.sections[1]!, fields.sections[0]!] };
    const updated = await updateBriefing(db, created.id, reordered);
    expect(updated).toMatchObject({ id: created.id, createdAt: created.createdAt, title: 'Due in 2025' });
    expect(updated.sections.map((section) => section.id)).toEqual(['sec-b', 'sec-a']);
    expect(await getBriefing(db, created.id)).toEqual(updated);
  });

  it('refuses to update a briefing that does not exist', async () => {
    await expect(updateBriefing(db, 'brf-gone', fields)).rejects.toThrow('The briefing no longer exists');
  });

  it('duplicates a briefing as "Copy of …" with new section ids', async () => {
    const created = await createBriefing(db, fields);
    const copy = await duplicateBriefing(db, created.id);
    expect(copy.id).not.toBe(created.id);
    expect(copy.title).toBe('Copy of Targets due in 2025');
    expect(copy.marking).toBe('INTERNAL');
    expect(copy.sections.map((section) => section.heading)).toEqual(['Summary', 'Targets at a glance']);
    expect(copy.sections.map((section) => section.id)).not.toContain('sec-a');
    expect(new Set(copy.sections.map((section) => section.id)).size).toBe(2);
    expect(await getBriefing(db, created.id)).toEqual(created);
  });

  it('keeps a copied long title within the limit', () => {
    const long = 'x'.repeat(200);
    expect(copyTitle(long)).toHaveLength(200);
    expect(copyTitle(long).startsWith('Copy of x')).toBe(true);
  });

  it('lists briefings most recently changed first, leaving out the trash', async () => {
    const first = await createBriefing(db, { ...fields, title: 'First' });
    const second = await createBriefing(db, { ...fields, title: 'Second' });
    // Timestamps have millisecond resolution; wait so the edit is strictly the latest change.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateBriefing(db, first.id, { ...fields, title: 'First, edited' });
    expect((await listBriefings(db)).map((briefing) => briefing.title)).toEqual(['First, edited', 'Second']);
    await trashBriefing(db, second.id);
    expect((await listBriefings(db)).map((briefing) => briefing.id)).toEqual([first.id]);
    expect((await listTrashedBriefings(db)).map((briefing) => briefing.id)).toEqual([second.id]);
  });

  it('restores a trashed briefing as it was', async () => {
    const created = await createBriefing(db, fields);
    await trashBriefing(db, created.id);
    expect((await getBriefing(db, created.id))?.deletedAt).not.toBeNull();
    await restoreBriefing(db, created.id);
    // The same content; the trip to the trash and back counts as two revisions.
    expect(await getBriefing(db, created.id)).toEqual({ ...created, revision: 3 });
    expect(await listTrashedBriefings(db)).toEqual([]);
  });

  it('refuses to trash a briefing that does not exist', async () => {
    await expect(trashBriefing(db, 'brf-gone')).rejects.toThrow('The briefing no longer exists');
  });
});
