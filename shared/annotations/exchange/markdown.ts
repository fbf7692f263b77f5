import { formatCitation } from '../../domain/citation';
import { itemKinds } from '../../domain/item-kinds';
import { annotationAppUrl } from './app-url';
import type { ExportEntry } from './export-entry';

/**
 * Annotations as a Markdown document an analyst can paste into a memo or a notes app: per
 * annotation the quote as a blockquote, the comment (already Markdown, kept as written), the
 * tags, the citation of the item and a link back to the passage in PolicyDesk.
 */

export interface MarkdownOptions {
  /** When the export was made (ISO 8601). */
  exportedAt: string;
  /** How a timestamp is shown; the renderer passes the analyst's local date. */
  formatDate?: (iso: string) => string;
}

const isoDate = (iso: string) => iso.slice(0, 10);

/**
 * Escapes literal text (a quote, a title, a tag) so Markdown shows it as written instead of
 * reading emphasis, links, HTML or a list into it. "S&T" stays readable: only an ampersand that
 * would start an entity is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/gu, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/giu, '\\&')
    .replace(/^(\s*)([#>+=-])/gmu, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gmu, '$1\\$2');
}

function blockquote(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdown(line)}`))
    .join('\n');
}

function entryMarkdown(entry: ExportEntry, formatDate: (iso: string) => string): string {
  const { annotation, item, tagNames } = entry;
  const kindLabel = itemKinds[annotation.itemKind].label;
  const title = item ? escapeMarkdown(item.title) : `${kindLabel} ${escapeMarkdown(annotation.itemId)}`;
  const parts = [`## ${annotation.kind === 'note' ? 'Note on ' : ''}${title} (${kindLabel})`];
  const quote = annotation.selector?.quote.exact;
  if (quote) parts.push(blockquote(quote));
  if (annotation.body.trim() !== '') parts.push(annotation.body.trim());

  const facts: string[] = [];
  if (tagNames.length > 0) facts.push(`Tags: ${tagNames.map(escapeMarkdown).join(', ')}`);
  facts.push(`Source: ${item ? escapeMarkdown(formatCitation(item.citation)) : 'the item is no longer in the library'}`);
  if (annotation.anchor === 'orphaned') facts.push("Passage: not found in the policy's current text (orphaned)");
  facts.push(`Annotated by ${escapeMarkdown(annotation.author)} on ${formatDate(annotation.createdAt)}`);
  facts.push(`[Open in PolicyDesk](${annotationAppUrl(annotation.itemKind, annotation.itemId, annotation.id)})`);
  parts.push(facts.map((fact) => `- ${fact}`).join('\n'));
  return parts.join('\n\n');
}

export function annotationsToMarkdown(entries: readonly ExportEntry[], options: MarkdownOptions): string {
  const formatDate = options.formatDate ?? isoDate;
  const count = `${entries.length} ${entries.length === 1 ? 'annotation' : 'annotations'}`;
  const head = `# PolicyDesk annotations\n\n${count}, exported ${formatDate(options.exportedAt)}.`;
  return [head, ...entries.map((entry) => entryMarkdown(entry, formatDate))].join('\n\n---\n\n') + '\n';
}
