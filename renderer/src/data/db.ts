import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ItemKind } from '../../../shared/domain/entities';
import { itemKinds } from '../../../shared/domain/item-kinds';
import { CATALOGUED_KINDS, type CatalogEntry, catalogEntryOf } from './catalog';
import type { Assessment, AssessmentStatus } from '../../../shared/assessment';
import type {
  AnnotationRecord,
  BriefingRecord,
  ChangeRecord,
  ObservationRecord,
  OrganisationRecord,
  PlanRecord,
  PolicyRecord,
  TagRecord,
  TargetRecord,
} from '../../../shared/domain/records';

/** A target's assessed status before and after a write that changed it. */
export interface StatusChangeRecord {
  seq?: number;
  at: string;
  targetId: string;
  from: AssessmentStatus;
  to: AssessmentStatus;
  /** The item whose change moved the status (an observation or the target itself). */
  causeKind: 'observation' | 'target';
  causeId: string;
}

/**
 * A target's status as the write that last changed its inputs judged it, so that tables
 * and the dashboard read statuses instead of reassessing every target on every read.
 */
export interface StoredAssessment {
  targetId: string;
  status: AssessmentStatus;
  assessment: Assessment;
  /** The calendar year it was judged in: a new year can pass a due year, so it re-judges. */
  year: number;
  /** How many of the target's figures are in the library (not in the trash). */
  figureCount: number;
  /**
   * The target's own fields the dashboard shows, so it reads statuses alone; with its links,
   * this is also the target's catalog entry (see catalog.ts).
   */
  statement: string;
  dueYear: number | null;
  deletedAt: string | null;
  links: CatalogEntry['links'];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The one database of the app. Only the modules in this folder touch it; components go
 * through their queries and mutations. Bump the version and add an `upgrade` when the
 * schema changes; never edit a released version's stores.
 */
export class PolicyDeskDatabase extends Dexie {
  policies!: EntityTable<PolicyRecord, 'id'>;
  plans!: EntityTable<PlanRecord, 'id'>;
  targets!: EntityTable<TargetRecord, 'id'>;
  observations!: EntityTable<ObservationRecord, 'id'>;
  organisations!: EntityTable<OrganisationRecord, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  tags!: EntityTable<TagRecord, 'id'>;
  briefings!: EntityTable<BriefingRecord, 'id'>;
  changes!: Table<ChangeRecord, number>;
  statusChanges!: Table<StatusChangeRecord, number>;
  assessments!: EntityTable<StoredAssessment, 'targetId'>;
  catalog!: Table<CatalogEntry, [ItemKind, string]>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = 'policydesk') {
    // Query results are frozen and shared rather than deep-copied for every subscriber: with
    // a large library the copies cost more than the reads. Nothing in this folder mutates them.
    super(name, { cache: 'immutable' });
    // deletedAt is indexed so the trash is one range query; null values stay out of the index.
    this.version(1).stores({
      policies: 'id, kind, issued, *issuerIds, deletedAt, updatedAt',
      plans: 'id, policyId, *issuerIds, deletedAt, updatedAt',
      targets: 'id, planId, policyId, dueYear, *ownerIds, deletedAt, updatedAt',
      observations: 'id, targetId, indicator, year, deletedAt, updatedAt',
      organisations: 'id, name, kind, deletedAt, updatedAt',
      annotations: 'id, [itemKind+itemId], *tagIds, deletedAt, updatedAt',
      tags: 'id, &name, deletedAt',
      briefings: 'id, deletedAt, updatedAt',
      changes: '++seq, [itemKind+itemId], at',
      settings: 'key',
    });
    // Version 2: a target's status changes are recorded when a write changes them.
    this.version(2).stores({ statusChanges: '++seq, targetId, at' });
    // Version 3: every record carries a revision, statuses are stored with their targets
    // (judged at the next start, see reassessIfStale), and linked items have catalog entries.
    this.version(3)
      // Catalog entries are read a kind at a time by a range of their own key, so they need no index.
      .stores({ assessments: 'targetId', catalog: '[kind+id]' })
      .upgrade(async (tx) => {
        for (const name of REVISED_TABLES) {
          await tx
            .table(name)
            .toCollection()
            .modify((record: { revision?: number }) => {
              record.revision ??= 1;
            });
        }
        for (const kind of CATALOGUED_KINDS) {
          const items = await tx.table(itemKinds[kind].collection).toArray();
          await tx.table('catalog').bulkPut(items.map((item) => catalogEntryOf(kind, item)));
        }
      });
  }
}

export const LIBRARY_TABLES = ['policies', 'plans', 'targets', 'observations', 'organisations'] as const;

/** The tables whose records carry a revision: everything the analyst edits. */
export const REVISED_TABLES = [...LIBRARY_TABLES, 'annotations', 'tags', 'briefings'] as const;
