import type { ItemKind } from '../../../shared/domain/entities';
import { type ItemLink, linkedIds, linksFrom } from '../../../shared/domain/item-links';
import type { FieldsOf } from '../../../shared/domain/item-kinds';
import { itemTitle } from '../../../shared/domain/item-title';

/**
 * The kinds whose items have a catalog entry: those whose titles or links other tables show.
 * A target's entry is its stored status, which carries its statement and links (one record
 * a target, not two, on every write); organisations are few, and read whole.
 */
export const CATALOGUED_KINDS = ['policy', 'plan'] as const satisfies readonly ItemKind[];
export type CataloguedKind = (typeof CATALOGUED_KINDS)[number];

/**
 * A compact entry per item: its title, the ids it links to, and whether it is in the trash.
 * A screen names linked items and counts what links to an item from these entries, a few
 * dozen bytes each, instead of reading the items with their texts and citations.
 */
export interface CatalogEntry {
  kind: ItemKind;
  id: string;
  title: string;
  deletedAt: string | null;
  links: Partial<Record<ItemLink['field'], string[]>>;
}

export function catalogEntryOf(kind: ItemKind, item: { id: string; deletedAt: string | null }): CatalogEntry {
  const links: CatalogEntry['links'] = {};
  for (const link of linksFrom(kind)) links[link.field] = linkedIds(link, item);
  return {
    kind,
    id: item.id,
    title: itemTitle(kind, item as unknown as FieldsOf<ItemKind>),
    deletedAt: item.deletedAt,
    links,
  };
}
