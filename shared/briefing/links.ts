import type { ItemKind } from '../domain/entities';
import { itemKinds } from '../domain/item-kinds';

/**
 * An item's address inside PolicyDesk, as the app's hash router reads it ("#/targets/tgt-1").
 * Exports write these so a reader with the app can go back to the item; the app's Markdown
 * renderer keeps exactly these links and no others.
 */
export function appLink(kind: ItemKind, id: string): string {
  return `#/${itemKinds[kind].collection}/${encodeURIComponent(id)}`;
}
