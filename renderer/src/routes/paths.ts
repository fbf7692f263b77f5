import type { ItemKind } from '../../../shared/domain/entities';
import { itemKinds } from '../../../shared/domain/item-kinds';

export const itemPath = (kind: ItemKind, id: string) => `/${itemKinds[kind].collection}/${encodeURIComponent(id)}`;
export const editPath = (kind: ItemKind, id: string) => `${itemPath(kind, id)}/edit`;
export const newPath = (kind: ItemKind) => `/${itemKinds[kind].collection}/new`;
