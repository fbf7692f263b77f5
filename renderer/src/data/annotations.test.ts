import { describe, expect, it } from 'vitest';
import { libraryBundleSchema } from '../../../shared/domain/library-bundle';
import { createHighlight, createNote } from './annotations';
import { updateItem } from './items';
import { seedIfFirstRun } from './seed';
import { createTag, mergeTags, tagsWithCounts, updateTag } from './tags';
import { freshDatabase } from './test-library';

const citation = { source: 'doc.txt', section: '1', page: null, quote: null };
const TEXT =
  'The State Council issued the measures. 关于在华举办国际会议的管理办法 governs conferences. ' +
  'Conferences need approval. Conferences need approval.';

async function seeded() {
  const db = freshDatabase();
  await seedIfFirstRun(db, () =>
    libraryBundleSchema.parse({
      format: 'policydesk-library',
      version: 1,
      policies: [{ id: 'pol-a', title: 'Measures', kind: 'regulation', text: TEXT, citation }],
    }),
  );
  return db;
}
const at = (text: string, from = 0) => {
  const start = [...TEXT.slice(0, TEXT.indexOf(text, from))].length;
  return { start, end: start + [...text].length };
};

describe('highlights', () => {
  it('store the passage with W3C quote and position selectors', async () => {
    const db = await seeded();
    const highlight = await createHighlight(db, {
      policyId: 'pol-a',
      ...at('国际会议'),
      color: 'yellow',
      body: '',
      tagIds: [],
      author: 'Analyst',
    });
    expect(highlight.selector?.quote).toMatchObject({
      type: 'TextQuoteSelector',
      exact: '国际会议',
      prefix: expect.stringContaining('在华举办'),
    });
    expect(highlight.selector?.position).toEqual({ type: 'TextPositionSelector', ...at('国际会议') });
    expect(highlight.anchor).toBe('anchored');
  });

  it('follow their passage when the text before it is edited, and are orphaned when it is removed, in the same save', async () => {
    const db = await seeded();
    const kept = await createHighlight(db, {
      policyId: 'pol-a',
      ...at('governs conferences'),
      color: 'green',
      body: '',
      tagIds: [],
      author: 'A',
    });
    const lost = await createHighlight(db, {
      policyId: 'pol-a',
      ...at('issued the measures'),
      color: 'blue',
      body: '',
      tagIds: [],
      author: 'A',
    });
    const policy = (await db.policies.get('pol-a'))!;
    await updateItem(db, 'policy', 'pol-a', {
      ...policy,
      text: TEXT.replace('The State Council issued the measures.', 'Preamble.'),
    });
    const after = await db.annotations.bulkGet([kept.id, lost.id]);
    expect(after[0]).toMatchObject({ anchor: 'anchored' });
    expect(after[0]!.selector!.position!.start).toBeLessThan(kept.selector!.position!.start);
    expect(after[1]).toMatchObject({ anchor: 'orphaned', selector: { quote: { exact: 'issued the measures' } } });
  });

  it('are orphaned, not moved, when an edit leaves the passage ambiguous', async () => {
    const db = await seeded();
    const second = at('Conferences need approval.', TEXT.indexOf('Conferences need approval.') + 1);
    const highlight = await createHighlight(db, {
      policyId: 'pol-a',
      ...second,
      color: 'pink',
      body: '',
      tagIds: [],
      author: 'A',
    });
    const policy = (await db.policies.get('pol-a'))!;
    // Removing what told the two copies apart leaves two equally good places.
    await updateItem(db, 'policy', 'pol-a', { ...policy, text: `Conferences need approval. x Conferences need approval. x` });
    expect(await db.annotations.get(highlight.id)).toMatchObject({ anchor: 'orphaned' });
  });
});

describe('notes and tags', () => {
  it('a note can be put on any item, and only on one that exists', async () => {
    const db = await seeded();
    await expect(
      createNote(db, { itemKind: 'policy', itemId: 'pol-a', body: '**Key** measure', tagIds: [], author: 'A' }),
    ).resolves.toMatchObject({ kind: 'note' });
    await expect(
      createNote(db, { itemKind: 'target', itemId: 'tgt-none', body: 'x', tagIds: [], author: 'A' }),
    ).rejects.toMatchObject({
      fieldErrors: { itemId: 'No target with the id tgt-none in the library' },
    });
  });

  it('renaming keeps names unique, and merging rewrites every annotation in one go', async () => {
    const db = await seeded();
    const talent = await createTag(db, { name: 'talent' });
    const people = await createTag(db, { name: 'people' });
    const note = await createNote(db, {
      itemKind: 'policy',
      itemId: 'pol-a',
      body: 'n',
      tagIds: [talent.id, people.id],
      author: 'A',
    });
    const other = await createNote(db, { itemKind: 'policy', itemId: 'pol-a', body: 'm', tagIds: [people.id], author: 'A' });
    await expect(updateTag(db, people.id, { name: 'Talent' })).rejects.toMatchObject({
      fieldErrors: { name: 'There is already a tag called “talent”; merge into it instead' },
    });

    expect(await mergeTags(db, [people.id], talent.id)).toBe(2);
    expect((await db.annotations.get(note.id))?.tagIds).toEqual([talent.id]);
    expect((await db.annotations.get(other.id))?.tagIds).toEqual([talent.id]);
    expect((await tagsWithCounts(db)).map((tag) => [tag.name, tag.count])).toEqual([['talent', 2]]);
  });
});
