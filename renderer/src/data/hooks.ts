import { useLiveQuery } from 'dexie-react-hooks';
import type { ItemKind } from '../../../shared/domain/entities';
import type { StoredItem } from '../../../shared/domain/records';
import { db } from './database';
import { getItem, listItems, listTrash, tableOf } from './items';
import type { AnnotationRecord } from '../../../shared/domain/records';
import type { Citation } from '../../../shared/domain/citation';
import { useMemo } from 'react';
import { assessStoredTarget, currentYear, readAssessmentSettings } from './assessments';
import type { LibraryRows, TargetStatusRow } from './library-rows';
import { prefetchSharedQuery, useSharedQuery } from './queries/shared-query';
import { observationRows, organisationRows, planRows, policyRows, targetRows, targetStatusRows } from './queries/table-rows';
import { AUTHOR_KEY, readSetting } from './settings';
import { tagsWithCounts } from './tags';
import { itemTitle } from '../../../shared/domain/item-title';
import { itemKinds } from '../../../shared/domain/item-kinds';
import { findRelated, type RelatedSection } from './related';
import { getBriefing, listBriefings, listTrashedBriefings } from './briefings';

/**
 * The hooks components read data through. They re-render when the data changes, wherever
 * the change came from. Each screen reads only what it shows: a table view its own table
 * (with the names of what it links to), the dashboard the targets and their stored statuses.
 */

/** Each table's rows, with the tables they are read from. */
const TABLE_QUERIES = {
  policies: { query: policyRows, reads: ['policies', 'organisations'] },
  plans: { query: planRows, reads: ['plans', 'organisations', 'catalog', 'assessments'] },
  targets: { query: targetRows, reads: ['targets', 'assessments', 'organisations', 'catalog'] },
  observations: { query: observationRows, reads: ['observations', 'assessments'] },
  organisations: { query: organisationRows, reads: ['organisations', 'catalog', 'assessments'] },
} as const;

export type LibraryTable = keyof typeof TABLE_QUERIES;

/** The shared query of one table's rows: its key, the tables it reads, and the read. */
function tableRowsQuery<T extends LibraryTable>(table: T) {
  const { query, reads } = TABLE_QUERIES[table];
  return [`rows:${table}`, reads, () => (query as (database: typeof db) => Promise<LibraryRows[T]>)(db)] as const;
}

/** One library table's rows, shared and kept warm across views. */
export function useTableRows<T extends LibraryTable>(table: T): LibraryRows[T] | undefined {
  return useSharedQuery(db.name, ...tableRowsQuery(table));
}

/**
 * Reads every library table's rows ahead, one table at a time, each when the window is idle,
 * so that the first visit to a view shows it at once. A write later marks the rows of the
 * tables it touched stale without reading them again; the view reads them when shown.
 */
export async function prefetchTableRows(whenIdle: () => Promise<void>): Promise<void> {
  await whenIdle();
  await prefetchSharedQuery(db.name, ...targetStatusQuery);
  for (const table of ['targets', 'policies', 'plans', 'organisations', 'observations'] as const) {
    await whenIdle();
    await prefetchSharedQuery(db.name, ...tableRowsQuery(table));
  }
}

/** Every target's stored status, with the few fields the dashboard shows. */
export function useTargetStatuses(): TargetStatusRow[] | undefined {
  return useSharedQuery(db.name, ...targetStatusQuery);
}

const targetStatusQuery = ['target-statuses', ['assessments'], () => targetStatusRows(db)] as const;

/** Every table's rows, for the screens that show the whole library (timeline, briefings, annotations). */
export function useLibraryRows(): LibraryRows | undefined {
  const policies = useTableRows('policies');
  const plans = useTableRows('plans');
  const targets = useTableRows('targets');
  const observations = useTableRows('observations');
  const organisations = useTableRows('organisations');
  return useMemo(
    () =>
      policies && plans && targets && observations && organisations
        ? { policies, plans, targets, observations, organisations }
        : undefined,
    [policies, plans, targets, observations, organisations],
  );
}

/**
 * One target's figures and assessment, recomputed whenever its figures, the target or the
 * settings change. Undefined while loading; null when the target is not in the library.
 */
export function useTargetProgress(targetId: string) {
  return useLiveQuery(async () => {
    const settings = await readAssessmentSettings(db);
    const assessment = await assessStoredTarget(db, targetId);
    if (!assessment) return null;
    const observations = await db.observations
      .where('targetId')
      .equals(targetId)
      .filter((observation) => observation.deletedAt === null)
      .toArray();
    return { assessment, observations, settings, currentYear: currentYear() };
  }, [targetId]);
}

/** The observations with these ids (in the trash or not), for naming what a change was about. */
export function useObservationsById(ids: readonly string[]) {
  const key = [...new Set(ids)].sort().join(',');
  return useLiveQuery(async () => {
    const wanted = key === '' ? [] : key.split(',');
    const found = await db.observations.bulkGet(wanted);
    return found.filter((observation) => observation !== undefined);
  }, [key]);
}

/** The analyst's assessment thresholds (or the method's defaults). */
export function useAssessmentSettings() {
  return useLiveQuery(() => readAssessmentSettings(db));
}

/** The most recent status changes, newest first. */
export function useStatusChanges(limit = 50) {
  return useLiveQuery(() => db.statusChanges.orderBy('at').reverse().limit(limit).toArray(), [limit]);
}

/** The most recent changes to observations (added, edited, trashed, restored), newest first. */
export function useRecentObservationChanges(limit = 50) {
  return useLiveQuery(
    () =>
      db.changes
        .orderBy('at')
        .reverse()
        .filter((change) => change.itemKind === 'observation')
        .limit(limit)
        .toArray(),
    [limit],
  );
}

/** The item, null when no item has that id, undefined while loading. */
export function useItem<K extends ItemKind>(kind: K, id: string): StoredItem<K> | null | undefined {
  return useLiveQuery(async () => (await getItem(db, kind, id)) ?? null, [kind, id]);
}

export function useTrash() {
  return useLiveQuery(() => listTrash(db));
}

export function useSetting(key: string): { value: unknown } | undefined {
  return useLiveQuery(async () => ({ value: await readSetting(db, key) }), [key]);
}

export interface LinkOption {
  id: string;
  label: string;
}

/**
 * The items an item can link to, labelled for a picker. Several kinds (a target's evidence
 * may be a figure or a policy) are labelled with their kind.
 */
export function useLinkOptions(kinds: ItemKind | readonly ItemKind[]): LinkOption[] | undefined {
  const list = typeof kinds === 'string' ? [kinds] : kinds;
  return useLiveQuery(async () => {
    const groups = await Promise.all(
      list.map(async (kind) =>
        (await listItems(db, kind)).map((item) => ({
          id: item.id,
          label: list.length > 1 ? `${itemKinds[kind].label}: ${itemTitle(kind, item)}` : itemTitle(kind, item),
        })),
      ),
    );
    return groups.flat().sort((a, b) => a.label.localeCompare(b.label));
  }, [list.join(',')]);
}

export function useRelated(kind: ItemKind, id: string): RelatedSection[] | undefined {
  return useLiveQuery(() => findRelated(db, kind, id), [kind, id]);
}
export type { TrashEntry } from './items';

/** An item's annotations (notes and highlights), oldest first; highlights in text order. */
export function useItemAnnotations(kind: ItemKind, id: string) {
  return useLiveQuery(
    async () =>
      (await db.annotations.where('[itemKind+itemId]').equals([kind, id]).toArray())
        .filter((annotation) => annotation.deletedAt === null)
        .sort(
          (a, b) =>
            (a.selector?.position?.start ?? Number.MAX_SAFE_INTEGER) - (b.selector?.position?.start ?? Number.MAX_SAFE_INTEGER) ||
            a.createdAt.localeCompare(b.createdAt),
        ),
    [kind, id],
  );
}

/** Every annotation in the library, newest first. */
export function useAllAnnotations() {
  return useLiveQuery(async () =>
    (await db.annotations.toArray())
      .filter((annotation) => annotation.deletedAt === null)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  );
}

/** Every tag with how many annotations carry it. */
export function useTags() {
  return useLiveQuery(() => tagsWithCounts(db));
}

/** The name annotations are signed with. */
export function useAuthorName(): string | undefined {
  return useLiveQuery(async () => {
    const value = await readSetting(db, AUTHOR_KEY);
    return typeof value === 'string' && value.trim() !== '' ? value : 'Analyst';
  });
}

/** The briefings in use, most recently changed first. */
export function useBriefings() {
  return useLiveQuery(() => listBriefings(db));
}

/** The briefings in the trash, most recently trashed first. */
export function useTrashedBriefings() {
  return useLiveQuery(() => listTrashedBriefings(db));
}

/** The briefing (even in the trash), null when no briefing has that id, undefined while loading. */
export function useBriefing(id: string) {
  return useLiveQuery(async () => (await getBriefing(db, id)) ?? null, [id]);
}

export interface ItemTitle {
  kind: ItemKind;
  id: string;
  /** Null when no item has the id any more. */
  title: string | null;
  inTrash: boolean;
}

/**
 * The title and citation of every item the annotations are on, keyed "kind:id": only those
 * items are read, one query per kind.
 */
export function useAnnotatedItems(annotations: readonly AnnotationRecord[] | undefined) {
  const key = annotations ? [...new Set(annotations.map((a) => `${a.itemKind}:${a.itemId}`))].sort().join('|') : null;
  return useLiveQuery(async () => {
    if (key === null) return undefined;
    const refs = key === '' ? [] : key.split('|').map((ref) => ref.split(':') as [ItemKind, string]);
    const found = new Map<string, { title: string; citation: Citation }>();
    for (const kind of Object.keys(itemKinds) as ItemKind[]) {
      const ids = refs.filter(([refKind]) => refKind === kind).map(([, id]) => id);
      if (ids.length === 0) continue;
      const items = await tableOf(db, kind).bulkGet(ids);
      for (const item of items)
        if (item) found.set(`${kind}:${item.id}`, { title: itemTitle(kind, item), citation: item.citation });
    }
    return found;
  }, [key]);
}

/** The titles of chosen items, in the order given; only those items are read, however large the library. */
export function useItemTitles(refs: readonly { kind: ItemKind; id: string }[]): ItemTitle[] | undefined {
  const key = refs.map((ref) => `${ref.kind}:${ref.id}`).join(',');
  return useLiveQuery(
    () =>
      Promise.all(
        refs.map(async ({ kind, id }) => {
          const item = await getItem(db, kind, id);
          return { kind, id, title: item ? itemTitle(kind, item) : null, inTrash: Boolean(item?.deletedAt) };
        }),
      ),
    [key],
  );
}
