import { useLiveQuery } from 'dexie-react-hooks';
import type { ItemKind } from '../../../shared/domain/entities';
import type { StoredItem } from '../../../shared/domain/records';
import { db } from './database';
import { getItem, listItems, listTrash } from './items';
import { buildRows, type LibraryRows } from './library-rows';
import { readSetting } from './settings';
import { itemTitle } from './item-title';
import { findRelated, type RelatedSection } from './related';

/**
 * The hooks components read data through. They re-render when the data changes, wherever
 * the change came from.
 */
export function useLibraryRows(): LibraryRows | undefined {
  return useLiveQuery(async () => {
    const [policies, plans, targets, observations, organisations] = await Promise.all([
      listItems(db, 'policy'),
      listItems(db, 'plan'),
      listItems(db, 'target'),
      listItems(db, 'observation'),
      listItems(db, 'organisation'),
    ]);
    return buildRows({ policies, plans, targets, observations, organisations });
  });
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

/** The items of a kind an item can link to, labelled for a picker. */
export function useLinkOptions(kind: ItemKind): LinkOption[] | undefined {
  return useLiveQuery(async () => {
    const items = await listItems(db, kind);
    return items.map((item) => ({ id: item.id, label: itemTitle(kind, item) })).sort((a, b) => a.label.localeCompare(b.label));
  }, [kind]);
}

export function useRelated(kind: ItemKind, id: string): RelatedSection[] | undefined {
  return useLiveQuery(() => findRelated(db, kind, id), [kind, id]);
}
export type { TrashEntry } from './items';
