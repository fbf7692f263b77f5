import { describeSelection } from '../../../shared/annotations';
import type { HighlightColour } from '../../../shared/domain/annotation';
import type { ItemKind } from '../../../shared/domain/entities';
import type { AnnotationRecord, PolicyRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { ValidationError } from './validation-error';
import { write } from './write/pipeline';

/**
 * Annotations: notes on whole items and highlights on passages of a policy's text. A
 * highlight stores W3C selectors (quote with context, and code-point position); when the
 * policy's text changes, the write path re-finds every highlight on it (see
 * write/effects/highlight-reanchoring.ts).
 */

async function one(db: PolicyDeskDatabase, ops: Parameters<typeof write>[1]): Promise<AnnotationRecord> {
  return (await write(db, ops)).records[0] as unknown as AnnotationRecord;
}

/** The policy's current text, read in the transaction that places a passage on it. */
async function policyText(db: PolicyDeskDatabase, policyId: string): Promise<string> {
  const policy = (await db.policies.get(policyId)) as PolicyRecord | undefined;
  if (!policy || policy.deletedAt) throw new ValidationError({ itemId: `No policy with the id ${policyId} in the library` });
  return policy.text ?? '';
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
  // Every table: the write path's effects run inside this transaction.
  return db.transaction('rw', db.tables, async () => {
    const { quote, position } = describeSelection(await policyText(db, input.policyId), input.start, input.end);
    return one(db, [
      {
        type: 'create',
        kind: 'annotation',
        input: {
          itemKind: 'policy',
          itemId: input.policyId,
          kind: 'highlight',
          body: input.body,
          color: input.color,
          tagIds: input.tagIds,
          selector: { quote, position },
          anchor: 'anchored',
          author: input.author,
        },
      },
    ]);
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
  return one(db, [
    { type: 'create', kind: 'annotation', input: { ...input, kind: 'note', selector: null, anchor: null, color: null } },
  ]);
}

/** Changes what an analyst can change on an annotation: its comment, colour and tags. */
export async function updateAnnotation(
  db: PolicyDeskDatabase,
  id: string,
  patch: { body?: string; color?: HighlightColour; tagIds?: readonly string[] },
): Promise<AnnotationRecord> {
  // A patch on the stored record: the anchor, which the write path keeps, is never overwritten.
  return one(db, [{ type: 'update', kind: 'annotation', id, input: (current: AnnotationRecord) => ({ ...current, ...patch }) }]);
}

export async function setAnnotationDeleted(db: PolicyDeskDatabase, id: string, deleted: boolean): Promise<void> {
  await write(db, [{ type: deleted ? 'trash' : 'restore', kind: 'annotation', id }]);
}

/** An orphaned highlight, re-attached by the analyst to a passage of the current text. */
export async function reattachHighlight(
  db: PolicyDeskDatabase,
  id: string,
  start: number,
  end: number,
): Promise<AnnotationRecord> {
  return db.transaction('rw', db.tables, async () => {
    const annotation = await db.annotations.get(id);
    if (!annotation || annotation.kind !== 'highlight') throw new Error('The highlight no longer exists');
    const { quote, position } = describeSelection(await policyText(db, annotation.itemId), start, end);
    return one(db, [
      {
        type: 'update',
        kind: 'annotation',
        id,
        input: (current: AnnotationRecord) => ({ ...current, selector: { quote, position }, anchor: 'anchored' }),
      },
    ]);
  });
}
