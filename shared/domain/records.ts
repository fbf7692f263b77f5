import type { BriefingFields } from '../briefing/model';
import type { AnnotationFields, TagFields } from './annotation';
import type { ItemKind } from './entities';
import type { FieldsOf } from './item-kinds';

/** Where a stored item came from: the seeded library, the analyst, or the scale generator. */
export type RecordOrigin = 'seed' | 'user' | 'synthetic';

/** Identity and bookkeeping every stored item carries. Timestamps are ISO 8601 in UTC. */
export interface RecordMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Set when the item is moved to the trash; null while it is in the library. */
  deletedAt: string | null;
  origin: RecordOrigin;
  /**
   * Counts the saves of this record, from 1 at creation. A save names the revision it
   * started from; one based on an older revision is refused, so two windows cannot
   * silently overwrite each other.
   */
  revision: number;
}

export type StoredItem<K extends ItemKind> = FieldsOf<K> & RecordMeta;
export type PolicyRecord = StoredItem<'policy'>;
export type PlanRecord = StoredItem<'plan'>;
export type TargetRecord = StoredItem<'target'>;
export type ObservationRecord = StoredItem<'observation'>;
export type OrganisationRecord = StoredItem<'organisation'>;

export type AnyItemRecord = PolicyRecord | PlanRecord | TargetRecord | ObservationRecord | OrganisationRecord;

/** One entry of the change history: what happened to which item, with its state before and after. */
export interface ChangeRecord {
  seq?: number;
  at: string;
  itemKind: ItemKind;
  itemId: string;
  action: 'create' | 'update' | 'delete' | 'restore' | 'purge';
  before: AnyItemRecord | null;
  after: AnyItemRecord | null;
}

export type AnnotationRecord = AnnotationFields & RecordMeta;
export type TagRecord = TagFields & RecordMeta;

export type BriefingRecord = BriefingFields & RecordMeta;
