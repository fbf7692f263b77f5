import type { ItemKind } from '../../../../shared/domain/entities';
import { itemPath } from '../../routes/paths';

/** The item page scrolled to one annotation; the reading view reads `annotation` and flashes the passage. */
export const annotationPath = (kind: ItemKind, itemId: string, annotationId: string) =>
  `${itemPath(kind, itemId)}?annotation=${encodeURIComponent(annotationId)}`;
