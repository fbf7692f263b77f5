import type { z } from 'zod';
import { briefingFieldsSchema } from '../../../../shared/briefing/model';
import { annotationFieldsSchema, tagFieldsSchema } from '../../../../shared/domain/annotation';
import { ITEM_KINDS, type ItemKind } from '../../../../shared/domain/entities';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import type { WriteEffect } from './effect';
import { annotationSubject } from './effects/annotation-subject';
import { CATALOGUED_KINDS } from '../catalog';
import { catalogEntries } from './effects/catalog-entries';
import { changeHistory } from './effects/change-history';
import { highlightReanchoring } from './effects/highlight-reanchoring';
import { linkIntegrity } from './effects/link-integrity';
import { statusTracking } from './effects/status-tracking';
import { uniqueTagNames } from './effects/unique-tag-names';

/** Everything the analyst creates and edits: library items, annotations, tags, briefings. */
export type RecordKind = ItemKind | 'annotation' | 'tag' | 'briefing';

export interface RecordKindSpec {
  /** The Dexie table that stores it. */
  table: string;
  /** The prefix of its ids ("pol-…"). */
  idPrefix: string;
  /** Its name in a sentence ("policy"). */
  noun: string;
  /** Validates the fields the analyst controls; bookkeeping fields are the pipeline's. */
  schema: z.ZodType;
  /** Whether moving it to the trash and back counts as an edit (updates `updatedAt`). */
  trashIsEdit: boolean;
  /** Whether it must be in the trash before it can be removed for good. */
  removeFromTrashOnly: boolean;
  /** What else every write of this kind does, in the same transaction, in this order. */
  effects: readonly WriteEffect[];
}

const itemEffects = (kind: ItemKind): WriteEffect[] => [
  linkIntegrity,
  ...((CATALOGUED_KINDS as readonly ItemKind[]).includes(kind) ? [catalogEntries] : []),
  ...(kind === 'target' || kind === 'observation' ? [statusTracking] : []),
  ...(kind === 'policy' ? [highlightReanchoring] : []),
  changeHistory,
];

/**
 * Every kind of record, with its table, schema and declared effects: the one place that
 * says what a write of a kind involves, the way `itemKinds` says how an item is validated.
 */
export const recordKinds: Record<RecordKind, RecordKindSpec> = {
  ...(Object.fromEntries(
    ITEM_KINDS.map((kind) => [
      kind,
      {
        table: itemKinds[kind].collection,
        idPrefix: itemKinds[kind].idPrefix,
        noun: itemKinds[kind].label.toLowerCase(),
        schema: itemKinds[kind].schema,
        trashIsEdit: true,
        removeFromTrashOnly: true,
        effects: itemEffects(kind),
      },
    ]),
  ) as unknown as Record<ItemKind, RecordKindSpec>),
  annotation: {
    table: 'annotations',
    idPrefix: 'ann',
    noun: 'annotation',
    schema: annotationFieldsSchema,
    trashIsEdit: true,
    removeFromTrashOnly: true,
    effects: [annotationSubject],
  },
  tag: {
    table: 'tags',
    idPrefix: 'tag',
    noun: 'tag',
    schema: tagFieldsSchema,
    trashIsEdit: true,
    // A tag is removed at once; the annotations that carried it are rewritten in the same write.
    removeFromTrashOnly: false,
    effects: [uniqueTagNames],
  },
  briefing: {
    table: 'briefings',
    idPrefix: 'brf',
    noun: 'briefing',
    schema: briefingFieldsSchema,
    // Moving a briefing to the trash and back is not an edit of its content.
    trashIsEdit: false,
    removeFromTrashOnly: true,
    effects: [],
  },
};

export const isItemKind = (kind: RecordKind): kind is ItemKind => (ITEM_KINDS as readonly string[]).includes(kind);
