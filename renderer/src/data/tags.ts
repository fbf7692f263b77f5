import { tagFieldsSchema } from '../../../shared/domain/annotation';
import type { TagRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { ValidationError } from './validation-error';
import { newRecordMeta } from './new-record';

/**
 * Tags are the analyst's codes. Names are unique regardless of case; renaming a tag renames it
 * everywhere at once (annotations hold tag ids), and merging rewrites every annotation that
 * carries a merged tag, in one transaction.
 */

const nowIso = () => new Date().toISOString();

function parseTag(input: unknown) {
  const parsed = tagFieldsSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  return parsed.data;
}

async function assertNameFree(db: PolicyDeskDatabase, name: string, exceptId?: string) {
  const clash = await db.tags
    .filter((tag) => tag.deletedAt === null && tag.id !== exceptId && tag.name.toLowerCase() === name.toLowerCase())
    .first();
  if (clash) throw new ValidationError({ name: `There is already a tag called “${clash.name}”; merge into it instead` });
}

export async function createTag(db: PolicyDeskDatabase, input: { name: string; color?: string }): Promise<TagRecord> {
  const fields = parseTag(input);
  return db.transaction('rw', db.tags, async () => {
    await assertNameFree(db, fields.name);
    const tag: TagRecord = { ...fields, ...newRecordMeta('tag') };
    await db.tags.add(tag);
    return tag;
  });
}

/** Renames or recolours a tag. */
export async function updateTag(
  db: PolicyDeskDatabase,
  id: string,
  patch: { name?: string; color?: string },
): Promise<TagRecord> {
  return db.transaction('rw', db.tags, async () => {
    const before = await db.tags.get(id);
    if (!before || before.deletedAt) throw new Error('The tag no longer exists');
    const fields = parseTag({ name: patch.name ?? before.name, color: patch.color ?? before.color });
    await assertNameFree(db, fields.name, id);
    const after: TagRecord = { ...before, ...fields, updatedAt: nowIso() };
    await db.tags.put(after);
    return after;
  });
}

/**
 * Merges tags into one: every annotation carrying any of `fromIds` carries `intoId` instead
 * (once), and the merged tags are removed. Returns how many annotations changed.
 */
export async function mergeTags(db: PolicyDeskDatabase, fromIds: readonly string[], intoId: string): Promise<number> {
  const sources = fromIds.filter((id) => id !== intoId);
  if (sources.length === 0) throw new ValidationError({ fromIds: 'Choose at least one other tag to merge' });
  return db.transaction('rw', db.tags, db.annotations, async () => {
    const into = await db.tags.get(intoId);
    if (!into || into.deletedAt) throw new Error('The tag to merge into no longer exists');
    const affected = await db.annotations.where('tagIds').anyOf(sources).toArray();
    const at = nowIso();
    for (const annotation of affected) {
      const tagIds = [...new Set(annotation.tagIds.map((id) => (sources.includes(id) ? intoId : id)))];
      await db.annotations.update(annotation.id, { tagIds, updatedAt: at });
    }
    await db.tags.bulkDelete(sources);
    return new Set(affected.map((annotation) => annotation.id)).size;
  });
}

/** Removes a tag from the library and from every annotation that carries it. */
export async function deleteTag(db: PolicyDeskDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.tags, db.annotations, async () => {
    const carrying = await db.annotations.where('tagIds').equals(id).toArray();
    for (const annotation of carrying) {
      await db.annotations.update(annotation.id, {
        tagIds: annotation.tagIds.filter((tagId) => tagId !== id),
        updatedAt: nowIso(),
      });
    }
    await db.tags.delete(id);
  });
}

/** Each tag with how many annotations in the library carry it. */
export async function tagsWithCounts(db: PolicyDeskDatabase): Promise<Array<TagRecord & { count: number }>> {
  const [tags, annotations] = await Promise.all([
    db.tags.toArray(),
    db.annotations.filter((annotation) => annotation.deletedAt === null).toArray(),
  ]);
  const counts = new Map<string, number>();
  for (const annotation of annotations) for (const id of annotation.tagIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return tags
    .filter((tag) => tag.deletedAt === null)
    .map((tag) => ({ ...tag, count: counts.get(tag.id) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
