import { describe, expect, it } from 'vitest';
import { annotationsToJsonLd, type ExportEntry } from '../../../shared/annotations/exchange';
import { libraryBundleSchema } from '../../../shared/domain/library-bundle';
import type { AnnotationRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { createHighlight, createNote, setAnnotationDeleted } from './annotations';
import { importAnnotations } from './annotation-import';
import { seedIfFirstRun } from './seed';
import { createTag } from './tags';
import { freshDatabase } from './test-library';

const citation = { source: 'doc.txt', section: '6 Conferences', page: null, quote: null };
const TEXT = 'A regulation entitled “Management Methods (关于在华举办国际会议的管理办法)” governs conferences.';

async function library() {
  const db = freshDatabase();
  await seedIfFirstRun(db, () =>
    libraryBundleSchema.parse({
      format: 'policydesk-library',
      version: 1,
      policies: [{ id: 'pol-a', title: 'Management Methods', kind: 'regulation', text: TEXT, citation }],
      plans: [{ id: 'pln-a', title: 'A plan', periodStart: 2021, periodEnd: 2025, citation }],
    }),
  );
  return db;
}

const at = (text: string) => {
  const start = [...TEXT.slice(0, TEXT.indexOf(text))].length;
  return { start, end: start + [...text].length };
};

/** Exports a library's annotations as the workspace would. */
async function exportAll(db: PolicyDeskDatabase): Promise<{ json: string; annotations: AnnotationRecord[] }> {
  const [annotations, tags] = await Promise.all([db.annotations.toArray(), db.tags.toArray()]);
  const names = new Map(tags.map((tag) => [tag.id, tag.name]));
  const entries: ExportEntry[] = annotations.map((annotation) => ({
    annotation,
    tagNames: annotation.tagIds.map((id) => names.get(id) ?? id),
    item: { title: 'x', citation },
  }));
  return {
    json: annotationsToJsonLd(entries, { exportedAt: new Date().toISOString(), uuid: () => crypto.randomUUID() }),
    annotations,
  };
}

async function annotate(db: PolicyDeskDatabase) {
  const tag = await createTag(db, { name: 'Conferences', color: '#027a48' });
  await createHighlight(db, {
    policyId: 'pol-a',
    ...at('关于在华举办国际会议的管理办法'),
    color: 'pink',
    body: 'Needs *approval*',
    tagIds: [tag.id],
    author: 'Li Wei',
  });
  await createNote(db, { itemKind: 'plan', itemId: 'pln-a', body: 'Check the mid-term review.', tagIds: [], author: 'Analyst' });
}

const withoutTagIds = ({ tagIds: _tagIds, ...rest }: AnnotationRecord) => rest;

describe('importing W3C JSON-LD', () => {
  it('gives back the same annotations it exported, into another library with the same items', async () => {
    const source = await library();
    await annotate(source);
    const { json, annotations } = await exportAll(source);

    const target = await library();
    const report = await importAnnotations(target, json);
    expect(report).toEqual({ added: 2, duplicates: 0, refused: [], tagsCreated: ['Conferences'] });
    const imported = await target.annotations.toArray();
    const byId = (list: AnnotationRecord[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(imported).map(withoutTagIds)).toEqual(byId(annotations).map(withoutTagIds));
    const tags = await target.tags.toArray();
    expect(imported.find((annotation) => annotation.kind === 'highlight')?.tagIds).toEqual([tags[0]!.id]);
  });

  it('skips annotations already in the library, the trash included, and counts them as duplicates', async () => {
    const db = await library();
    await annotate(db);
    const { json, annotations } = await exportAll(db);
    await setAnnotationDeleted(db, annotations[0]!.id, true);
    expect(await importAnnotations(db, json)).toMatchObject({ added: 0, duplicates: 2, refused: [] });
    expect(await db.annotations.count()).toBe(2);
  });

  it('skips a second copy of an annotation within one file', async () => {
    const source = await library();
    await annotate(source);
    const { json } = await exportAll(source);
    const collection = JSON.parse(json);
    collection.first.items.push(collection.first.items[0]);
    const report = await importAnnotations(await library(), JSON.stringify(collection));
    expect(report).toMatchObject({ added: 2, duplicates: 1 });
  });

  it('matches tags by name ignoring case instead of creating a second one', async () => {
    const source = await library();
    await annotate(source);
    const { json } = await exportAll(source);
    const target = await library();
    const existing = await createTag(target, { name: 'conferences' });
    const report = await importAnnotations(target, json);
    expect(report.tagsCreated).toEqual([]);
    expect(await target.tags.count()).toBe(1);
    expect((await target.annotations.filter((a) => a.kind === 'highlight').first())?.tagIds).toEqual([existing.id]);
  });

  it('refuses, with reasons, annotations on items not in the library and adds the rest', async () => {
    const source = await library();
    await annotate(source);
    const { json } = await exportAll(source);
    const target = freshDatabase();
    await seedIfFirstRun(target, () =>
      libraryBundleSchema.parse({
        format: 'policydesk-library',
        version: 1,
        policies: [{ id: 'pol-a', title: 'Management Methods', kind: 'regulation', text: TEXT, citation }],
      }),
    );
    const report = await importAnnotations(target, json);
    expect(report.added).toBe(1);
    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]?.reason).toMatch(/no plan with the id pln-a is in the library/u);
    // The refused annotation's tags are not created either.
    expect(await target.annotations.count()).toBe(1);
  });

  it('stores a highlight whose quote is not in the current text as orphaned, not moved', async () => {
    const source = await library();
    await annotate(source);
    const { json } = await exportAll(source);
    const target = freshDatabase();
    await seedIfFirstRun(target, () =>
      libraryBundleSchema.parse({
        format: 'policydesk-library',
        version: 1,
        policies: [{ id: 'pol-a', title: 'Management Methods', kind: 'regulation', text: 'Entirely different text.', citation }],
        plans: [{ id: 'pln-a', title: 'A plan', periodStart: 2021, periodEnd: 2025, citation }],
      }),
    );
    await importAnnotations(target, json);
    const highlight = await target.annotations.filter((annotation) => annotation.kind === 'highlight').first();
    expect(highlight).toMatchObject({ anchor: 'orphaned', selector: { quote: { exact: '关于在华举办国际会议的管理办法' } } });
  });

  it('re-finds a highlight whose text moved, storing the new position', async () => {
    const source = await library();
    await annotate(source);
    const { json } = await exportAll(source);
    const target = freshDatabase();
    await seedIfFirstRun(target, () =>
      libraryBundleSchema.parse({
        format: 'policydesk-library',
        version: 1,
        policies: [{ id: 'pol-a', title: 'Management Methods', kind: 'regulation', text: `Preamble. ${TEXT}`, citation }],
        plans: [{ id: 'pln-a', title: 'A plan', periodStart: 2021, periodEnd: 2025, citation }],
      }),
    );
    await importAnnotations(target, json);
    const highlight = await target.annotations.filter((annotation) => annotation.kind === 'highlight').first();
    expect(highlight?.anchor).toBe('anchored');
    expect(highlight?.selector?.position?.start).toBe(at('关于在华举办国际会议的管理办法').start + 'Preamble. '.length);
  });

  it('adds nothing from a file that is not annotations', async () => {
    const db = await library();
    await expect(importAnnotations(db, '{"hello":"world"}')).rejects.toThrow(/not W3C Web Annotation JSON-LD/u);
    expect(await db.annotations.count()).toBe(0);
  });
});
