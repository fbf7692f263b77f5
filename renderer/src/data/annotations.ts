import { describeSelection, reanchorAll } from '../../../shared/annotations';
import { type AnnotationFields, annotationFieldsSchema, type HighlightColour } from '../../../shared/domain/annotation';
import type { ItemKind } from '../../../shared/domain/entities';
import { itemKinds } from '../../../shared/domain/item-kinds';
import type { AnnotationRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { ValidationError } from './validation-error';
import { newRecordMeta } from './new-record';

/**
 * Annotations: notes on whole items and highlights on passages of a policy's text. A
 * highlight stores W3C selectors (quote with context, and code-point position); when the
 * policy's text changes, every highlight on it is re-found in the same transaction, and one
 * whose passage is gone or ambiguous is marked orphaned, never moved to a look-alike.
 */

const nowIso = () => new Date().toISOString();

function parseAnnotation(input: unknown): AnnotationFields {
  const parsed = annotationFieldsSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  return parsed.data;
}

async function requireItem(db: PolicyDeskDatabase, kind: ItemKind, id: string) {
  const item = await db.table(itemKinds[kind].collection).get(id);
  if (!item || item.deletedAt)
    throw new ValidationError({ itemId: `No ${itemKinds[kind].label.toLowerCase()} with the id ${id} in the library` });
  return item;
}

async function requireTags(db: PolicyDeskDatabase, tagIds: readonly string[]) {
  const tags = await db.tags.bulkGet([...tagIds]);
  const missing = tagIds.filter((_, index) => !tags[index] || tags[index]?.deletedAt);
  if (missing.length > 0) throw new ValidationError({ tagIds: `No tag with the id ${missing.join(', ')}` });
}

async function add(db: PolicyDeskDatabase, fields: AnnotationFields): Promise<AnnotationRecord> {
  const record: AnnotationRecord = { ...fields, ...newRecordMeta('ann') };
  await db.annotations.add(record);
  return record;
}

export interface NewHighlight {
  policyId: string;
  /** The selected passage, in code points of the policy's text. */
  start: number;
  end: number;
  color: HighlightColour;
  body: string;
  tagIds: readonly string[];
  author: string;
}

/** Highlights a passage of a policy's text, widened to whole characters (grapheme clusters). */
export async function createHighlight(db: PolicyDeskDatabase, input: NewHighlight): Promise<AnnotationRecord> {
  return db.transaction('rw', [db.policies, db.annotations, db.tags], async () => {
    const policy = await requireItem(db, 'policy', input.policyId);
    await requireTags(db, input.tagIds);
    const { quote, position } = describeSelection(policy.text as string, input.start, input.end);
    const fields = parseAnnotation({
      itemKind: 'policy',
      itemId: input.policyId,
      kind: 'highlight',
      body: input.body,
      color: input.color,
      tagIds: input.tagIds,
      selector: { quote, position },
      anchor: 'anchored',
      author: input.author,
    });
    return add(db, fields);
  });
}

export interface NewNote {
  itemKind: ItemKind;
  itemId: string;
  body: string;
  tagIds: readonly string[];
  author: string;
}

/** A note on a whole item: policy, plan, target, observation or organisation. */
export async function createNote(db: PolicyDeskDatabase, input: NewNote): Promise<AnnotationRecord> {
  const fields = parseAnnotation({ ...input, kind: 'note', selector: null, anchor: null, color: null });
  return db.transaction('rw', [db.table(itemKinds[input.itemKind].collection), db.annotations, db.tags], async () => {
    await requireItem(db, input.itemKind, input.itemId);
    await requireTags(db, fields.tagIds);
    return add(db, fields);
  });
}

/** Changes what an analyst can change on an annotation: its comment, colour and tags. */
export async function updateAnnotation(
  db: PolicyDeskDatabase,
  id: string,
  patch: { body?: string; color?: HighlightColour; tagIds?: readonly string[] },
): Promise<AnnotationRecord> {
  return db.transaction('rw', [db.annotations, db.tags], async () => {
    const before = await db.annotations.get(id);
    if (!before) throw new Error('The annotation no longer exists');
    const fields = parseAnnotation({ ...before, ...patch });
    await requireTags(db, fields.tagIds);
    const after: AnnotationRecord = { ...before, ...fields, updatedAt: nowIso() };
    await db.annotations.put(after);
    return after;
  });
}

export async function setAnnotationDeleted(db: PolicyDeskDatabase, id: string, deleted: boolean): Promise<void> {
  const updated = await db.annotations.update(id, { deletedAt: deleted ? nowIso() : null, updatedAt: nowIso() });
  if (updated === 0) throw new Error('The annotation no longer exists');
}

/**
 * Re-finds every highlight on a policy after its text changed from `oldText` to `newText`.
 * Call inside the transaction that saves the text. A passage the edit did not touch is
 * followed exactly; one it touched is searched for by its quote and context, and orphaned if
 * gone or ambiguous. Returns how many moved and how many were orphaned.
 */
export async function reanchorPolicyHighlights(
  db: PolicyDeskDatabase,
  policyId: string,
  oldText: string,
  newText: string,
): Promise<{ moved: number; orphaned: number }> {
  const highlights = await db.annotations
    .where('[itemKind+itemId]')
    .equals(['policy', policyId])
    .filter((annotation) => annotation.kind === 'highlight' && annotation.selector !== null)
    .toArray();
  const outcomes = reanchorAll(
    oldText,
    newText,
    highlights.map((highlight) => highlight.selector!),
  );
  let moved = 0;
  let orphaned = 0;
  for (const [index, highlight] of highlights.entries()) {
    const { result, selectors } = outcomes[index]!;
    if (result.status === 'anchored') {
      if (result.moved || highlight.anchor !== 'anchored') moved += 1;
      await db.annotations.update(highlight.id, { anchor: 'anchored', selector: selectors });
    } else {
      orphaned += 1;
      // The stored quote stays: it is what the analyst sees in "needs attention".
      await db.annotations.update(highlight.id, { anchor: 'orphaned' });
    }
  }
  return { moved, orphaned };
}

/** An orphaned highlight, re-attached by the analyst to a passage of the current text. */
export async function reattachHighlight(
  db: PolicyDeskDatabase,
  id: string,
  start: number,
  end: number,
): Promise<AnnotationRecord> {
  return db.transaction('rw', [db.policies, db.annotations], async () => {
    const annotation = await db.annotations.get(id);
    if (!annotation || annotation.kind !== 'highlight') throw new Error('The highlight no longer exists');
    const policy = await requireItem(db, 'policy', annotation.itemId);
    const { quote, position } = describeSelection(policy.text as string, start, end);
    const after: AnnotationRecord = { ...annotation, selector: { quote, position }, anchor: 'anchored', updatedAt: nowIso() };
    await db.annotations.put(after);
    return after;
  });
}
