import type { TagRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { ValidationError } from './validation-error';
import { write, type WriteOp } from './write/pipeline';

/**
 * Tags are the analyst's codes. Names are unique regardless of case (the write path checks);
 * renaming a tag renames it everywhere at once (annotations hold tag ids), and merging
 * rewrites every annotation that carries a merged tag, in the same write.
 */

export async function createTag(db: PolicyDeskDatabase, input: { name: string; color?: string }): Promise<TagRecord> {
  return (await write(db, [{ type: 'create', kind: 'tag', input }])).records[0] as unknown as TagRecord;
}

/** Renames or recolours a tag. */
export async function updateTag(
  db: PolicyDeskDatabase,
  id: string,
  patch: { name?: string; color?: string },
): Promise<TagRecord> {
  const input = (current: TagRecord) => ({ name: patch.name ?? current.name, color: patch.color ?? current.color });
  return (await write(db, [{ type: 'update', kind: 'tag', id, input }])).records[0] as unknown as TagRecord;
}

/** Rewrites the tags of every annotation carrying one of `fromIds`, as one list of operations. */
async function retagOps(
  db: PolicyDeskDatabase,
  fromIds: readonly string[],
  replace: (tagIds: readonly string[]) => string[],
): Promise<WriteOp[]> {
  const affected = await db.annotations
    .where('tagIds')
    .anyOf([...fromIds])
    .toArray();
  return [...new Map(affected.map((annotation) => [annotation.id, annotation])).values()].map((annotation) => ({
    type: 'update' as const,
    kind: 'annotation' as const,
    id: annotation.id,
    input: (current: Record<string, unknown>) => ({ ...current, tagIds: replace(current.tagIds as string[]) }),
  }));
}

/**
 * Merges tags into one: every annotation carrying any of `fromIds` carries `intoId` instead
 * (once), and the merged tags are removed. Returns how many annotations changed.
 */
export async function mergeTags(db: PolicyDeskDatabase, fromIds: readonly string[], intoId: string): Promise<number> {
  const sources = fromIds.filter((id) => id !== intoId);
  if (sources.length === 0) throw new ValidationError({ fromIds: 'Choose at least one other tag to merge' });
  return db.transaction('rw', db.tables, async () => {
    const into = await db.tags.get(intoId);
    if (!into || into.deletedAt) throw new Error('The tag to merge into no longer exists');
    const retag = await retagOps(db, sources, (tagIds) => [...new Set(tagIds.map((id) => (sources.includes(id) ? intoId : id)))]);
    const present = (await db.tags.bulkGet(sources)).filter((tag) => tag !== undefined).map((tag) => tag.id);
    await write(db, [...retag, ...present.map((id) => ({ type: 'remove' as const, kind: 'tag' as const, id }))]);
    return retag.length;
  });
}

/** Removes a tag from the library and from every annotation that carries it. */
export async function deleteTag(db: PolicyDeskDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const retag = await retagOps(db, [id], (tagIds) => tagIds.filter((tagId) => tagId !== id));
    const present = (await db.tags.get(id)) !== undefined;
    await write(db, [...retag, ...(present ? [{ type: 'remove' as const, kind: 'tag' as const, id }] : [])]);
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
