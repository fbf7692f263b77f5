import type { Citation } from '../../domain/citation';
import type { AnnotationRecord } from '../../domain/records';

/**
 * One annotation as the exports need it: the stored record, its tags by name, and the item it
 * is on (title and citation), so every format can say where the passage comes from.
 */
export interface ExportEntry {
  annotation: AnnotationRecord;
  tagNames: readonly string[];
  /** Null when the item is no longer in the library (trashed or purged). */
  item: { title: string; citation: Citation } | null;
}
