import { anchor } from '../../../shared/annotations';
import { type ImportCandidate, type ImportRefusal, readAnnotationFile } from '../../../shared/annotations/exchange';
import { annotationFieldsSchema, tagFieldsSchema } from '../../../shared/domain/annotation';
import { itemKinds } from '../../../shared/domain/item-kinds';
import type { AnnotationRecord, TagRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { write } from './write/pipeline';

/**
 * Imports W3C Web Annotation JSON-LD (as PolicyDesk exports it) into the library.
 *
 * Decision: per-annotation refusal, one transaction. Each annotation is added, skipped as a
 * duplicate (its id is already in the library, the trash included, or earlier in the file) or
 * refused with a reason (its item is not in the library, a highlight not on a policy's text, a
 * field out of bounds). Everything accepted is written in one transaction, so a failed write
 * (a full disk) leaves the library as it was; a refused annotation never blocks the others,
 * because one stale target in a file of hundreds should not cost the analyst the rest.
 *
 * Tags are matched by name, ignoring case; a missing tag is created, only if an accepted
 * annotation carries it. A highlight is anchored in the policy's current text: found, it is
 * stored at that passage; not found or ambiguous, it is stored orphaned for the analyst to
 * resolve, never moved to a look-alike.
 */

export interface AnnotationImportReport {
  added: number;
  duplicates: number;
  refused: ImportRefusal[];
  tagsCreated: string[];
}

class Refused extends Error {}

export async function importAnnotations(db: PolicyDeskDatabase, text: string): Promise<AnnotationImportReport> {
  const now = new Date().toISOString();
  const file = readAnnotationFile(text, now);
  // Every table: the write path's effects run inside this transaction.
  return db.transaction('rw', db.tables, async () => {
    const taken = new Set(
      (await db.annotations.bulkGet(file.candidates.map((candidate) => candidate.id))).flatMap((found) =>
        found ? [found.id] : [],
      ),
    );
    const tags = new Map((await db.tags.toArray()).filter((tag) => !tag.deletedAt).map((tag) => [tag.name.toLowerCase(), tag]));
    const newTags: TagRecord[] = [];
    const records: AnnotationRecord[] = [];
    const report: AnnotationImportReport = { added: 0, duplicates: 0, refused: [...file.refused], tagsCreated: [] };

    for (const candidate of file.candidates) {
      if (taken.has(candidate.id)) {
        report.duplicates += 1;
        continue;
      }
      try {
        const fresh: TagRecord[] = [];
        const tagIds = candidate.tagNames.map((name) => tagFor(name, tags, fresh, now).id);
        const placed = await placeOnItem(db, candidate);
        const fields = annotationFieldsSchema.safeParse({ ...candidate, ...placed, tagIds });
        if (!fields.success) throw new Refused(fields.error.issues[0]?.message ?? 'a field is not valid');
        // Tags made for this annotation exist only once it is accepted.
        for (const tag of fresh) tags.set(tag.name.toLowerCase(), tag);
        newTags.push(...fresh);
        records.push({
          ...fields.data,
          id: candidate.id,
          createdAt: candidate.createdAt,
          updatedAt: candidate.updatedAt,
          deletedAt: null,
          origin: 'user',
          revision: 1,
        });
        taken.add(candidate.id);
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        report.refused.push({
          position: candidate.position,
          reason: `Annotation ${candidate.position} was refused: ${error.message}.`,
        });
      }
    }

    await write(db, [
      ...newTags.map((tag) => ({ type: 'create' as const, kind: 'tag' as const, id: tag.id, input: tag })),
      ...records.map((record) => ({
        type: 'create' as const,
        kind: 'annotation' as const,
        id: record.id,
        input: record,
        meta: { createdAt: record.createdAt, updatedAt: record.updatedAt },
      })),
    ]);
    report.added = records.length;
    report.tagsCreated = newTags.map((tag) => tag.name);
    report.refused.sort((a, b) => a.position - b.position);
    return report;
  });
}

function tagFor(name: string, tags: ReadonlyMap<string, TagRecord>, fresh: TagRecord[], now: string): TagRecord {
  const existing = tags.get(name.toLowerCase()) ?? fresh.find((tag) => tag.name.toLowerCase() === name.toLowerCase());
  if (existing) return existing;
  const fields = tagFieldsSchema.safeParse({ name });
  if (!fields.success) throw new Refused(`its tag “${name.slice(0, 80)}” is not valid: ${fields.error.issues[0]?.message}`);
  const tag: TagRecord = {
    ...fields.data,
    id: `tag-${crypto.randomUUID()}`,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    origin: 'user',
    revision: 1,
  };
  fresh.push(tag);
  return tag;
}

/** Checks the item exists and, for a highlight, finds its passage in the policy's current text. */
async function placeOnItem(db: PolicyDeskDatabase, candidate: ImportCandidate) {
  const meta = itemKinds[candidate.itemKind];
  const item = await db.table(meta.collection).get(candidate.itemId);
  if (!item || item.deletedAt)
    throw new Refused(`no ${meta.label.toLowerCase()} with the id ${candidate.itemId} is in the library`);
  if (candidate.selector === null) return { selector: null, anchor: null };
  if (candidate.itemKind !== 'policy')
    throw new Refused(`it marks a passage of a ${meta.label.toLowerCase()}, and only a policy has text`);
  const result = anchor(String(item.text ?? ''), candidate.selector);
  if (result.status === 'orphaned') return { selector: candidate.selector, anchor: 'orphaned' as const };
  return {
    selector: {
      quote: candidate.selector.quote,
      position: { type: 'TextPositionSelector' as const, start: result.start, end: result.end },
    },
    anchor: 'anchored' as const,
  };
}
