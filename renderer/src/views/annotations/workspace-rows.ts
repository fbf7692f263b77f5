import { type ExportEntry, markdownToPlainText } from '../../../../shared/annotations/exchange';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import type { AnnotationRecord, TagRecord } from '../../../../shared/domain/records';
import type { Citation } from '../../../../shared/domain/citation';

/** One row of the annotations workspace: what the table shows and filters on, and what an export needs. */
export interface WorkspaceRow {
  id: string;
  annotation: AnnotationRecord;
  quote: string;
  /** The comment as one line of plain text; the export keeps the Markdown. */
  comment: string;
  tags: Array<Pick<TagRecord, 'id' | 'name' | 'color'>>;
  tagNames: string[];
  itemTitle: string;
  itemKindLabel: string;
  author: string;
  /** Local "YYYY-MM-DD HH:mm", so it sorts, and its day is what the date filter compares. */
  created: string;
  passage: 'Anchored' | 'Orphaned' | 'Note';
  entry: ExportEntry;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO timestamp in the analyst's local time, "YYYY-MM-DD HH:mm". */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The annotated items, keyed "kind:id" (see useAnnotatedItems). */
export type AnnotatedItems = ReadonlyMap<string, { title: string; citation: Citation }>;

export function buildWorkspaceRows(
  annotations: readonly AnnotationRecord[],
  tags: readonly TagRecord[],
  items: AnnotatedItems,
): WorkspaceRow[] {
  const tagById = new Map(tags.map((tag) => [tag.id, tag]));
  return annotations.map((annotation) => {
    const item = items.get(`${annotation.itemKind}:${annotation.itemId}`) ?? null;
    const rowTags = annotation.tagIds.flatMap((id) => {
      const tag = tagById.get(id);
      return tag ? [{ id: tag.id, name: tag.name, color: tag.color }] : [];
    });
    const tagNames = rowTags.map((tag) => tag.name);
    return {
      id: annotation.id,
      annotation,
      quote: annotation.selector?.quote.exact ?? '',
      comment: markdownToPlainText(annotation.body),
      tags: rowTags,
      tagNames,
      itemTitle: item?.title ?? `(not in the library: ${annotation.itemId})`,
      itemKindLabel: itemKinds[annotation.itemKind].label,
      author: annotation.author,
      created: localDateTime(annotation.createdAt),
      passage: annotation.kind === 'note' ? 'Note' : annotation.anchor === 'orphaned' ? 'Orphaned' : 'Anchored',
      entry: { annotation, tagNames, item },
    };
  });
}
