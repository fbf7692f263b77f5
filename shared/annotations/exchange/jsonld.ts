import { annotationAppUrl, itemAppUrl } from './app-url';
import type { ExportEntry } from './export-entry';
import {
  ANNO_CONTEXT,
  HIGHLIGHT_CSS,
  MARKDOWN_FORMAT,
  type W3cAnnotation,
  type W3cAnnotationCollection,
  type W3cSpecificResource,
  type W3cTextualBody,
} from './w3c';

/**
 * Annotations as W3C Web Annotation JSON-LD, one AnnotationCollection whose first (and only)
 * page embeds them. Choices, each within the model:
 * - id: the app URL of the annotation (policydesk://…?annotation=<id>), which round-trips any
 *   PolicyDesk id and opens the passage once a host registers the scheme;
 * - motivation: "highlighting" for a highlight, "commenting" for a note on a whole item; the
 *   comment body says "commenting" as its purpose either way, each tag is a "tagging" body;
 * - colour: the target's styleClass, defined by an embedded CssStylesheet (W3C §4.2.6);
 * - whether a highlight is orphaned is not exported: it depends on the text it is read against,
 *   so an import finds the passage again.
 */

export interface JsonLdOptions {
  exportedAt: string;
  /** A fresh UUID per call; the collection and its page each need an IRI. */
  uuid: () => string;
}

function bodies({ annotation, tagNames }: ExportEntry): W3cTextualBody[] {
  const comment: W3cTextualBody[] =
    annotation.body.trim() === ''
      ? []
      : [{ type: 'TextualBody', value: annotation.body, format: MARKDOWN_FORMAT, purpose: 'commenting' }];
  return [...comment, ...tagNames.map((name): W3cTextualBody => ({ type: 'TextualBody', value: name, purpose: 'tagging' }))];
}

function target({ annotation }: ExportEntry): string | W3cSpecificResource {
  const source = itemAppUrl(annotation.itemKind, annotation.itemId);
  if (!annotation.selector) return source;
  const { quote, position } = annotation.selector;
  return {
    source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        ...(quote.prefix ? { prefix: quote.prefix } : {}),
        ...(quote.suffix ? { suffix: quote.suffix } : {}),
      },
      ...(position ? [{ type: 'TextPositionSelector' as const, start: position.start, end: position.end }] : []),
    ],
    ...(annotation.color ? { styleClass: annotation.color } : {}),
  };
}

export function annotationToW3c(entry: ExportEntry): W3cAnnotation {
  const { annotation } = entry;
  const body = bodies(entry);
  return {
    id: annotationAppUrl(annotation.itemKind, annotation.itemId, annotation.id),
    type: 'Annotation',
    motivation: annotation.kind === 'highlight' ? 'highlighting' : 'commenting',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    creator: { type: 'Person', name: annotation.author },
    ...(body.length > 0 ? { body } : {}),
    target: target(entry),
    ...(annotation.kind === 'highlight' && annotation.color
      ? {
          stylesheet: {
            type: 'CssStylesheet',
            value: `.${annotation.color} { background-color: ${HIGHLIGHT_CSS[annotation.color]}; }`,
          },
        }
      : {}),
  };
}

export function annotationsToCollection(entries: readonly ExportEntry[], options: JsonLdOptions): W3cAnnotationCollection {
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${options.uuid()}`,
    type: 'AnnotationCollection',
    label: 'PolicyDesk annotations',
    created: options.exportedAt,
    total: entries.length,
    first: { id: `urn:uuid:${options.uuid()}`, type: 'AnnotationPage', startIndex: 0, items: entries.map(annotationToW3c) },
  };
}

export function annotationsToJsonLd(entries: readonly ExportEntry[], options: JsonLdOptions): string {
  return `${JSON.stringify(annotationsToCollection(entries, options), null, 2)}\n`;
}
