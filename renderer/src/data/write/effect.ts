import type { RecordMeta } from '../../../../shared/domain/records';
import type { PolicyDeskDatabase, StatusChangeRecord } from '../db';
import type { RecordKind } from './record-kinds';
import type { RecordSource } from './write-errors';

/** A stored record of any kind: its fields and its bookkeeping. */
export type StoredRecord = RecordMeta & Record<string, unknown>;

/** What one operation of a write does to one record. */
export interface RecordChange {
  kind: RecordKind;
  action: 'create' | 'update' | 'trash' | 'restore' | 'remove';
  /** The record before the write; null when it is created. */
  before: StoredRecord | null;
  /** The record after the write; null when it is removed. */
  after: StoredRecord | null;
  /** Where it came from, when it came from a file, so a refusal can name it. */
  source?: RecordSource;
}

/** What a write did besides writing its records, for the interface to tell the analyst. */
export interface WriteReport {
  /** Targets whose status the write changed. */
  statusChanges: StatusChangeRecord[];
  /** Policies whose highlights were re-found in their new text. */
  reanchored: { policyId: string; moved: number; orphaned: number }[];
}

export interface WriteContext {
  db: PolicyDeskDatabase;
  /** The moment of the write: every timestamp it sets. */
  at: string;
  report: WriteReport;
  /** Whether this write records itself in the change history (imports and restores do not). */
  history: boolean;
  /**
   * Whether the records come from a backup: they keep their own bookkeeping, and an item may
   * link to one in the trash (as it could when the backup was made).
   */
  restoring: boolean;
  /** The records this write leaves, by table and id (null: removed), for checks that look across them. */
  pending: ReadonlyMap<string, ReadonlyMap<string, StoredRecord | null>>;
}

/**
 * Something every write of a kind does, declared on the kind (record-kinds.ts). Both steps
 * run inside the write's transaction: `check` before anything is written (throw to refuse
 * the whole write), `apply` after the records are written.
 */
export interface WriteEffect {
  name: string;
  /** The tables the effect reads or writes for a write of this kind. */
  tables(kind: RecordKind): readonly string[];
  check?(context: WriteContext, changes: readonly RecordChange[]): Promise<void>;
  apply?(context: WriteContext, changes: readonly RecordChange[]): Promise<void>;
}
