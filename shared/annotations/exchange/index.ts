/**
 * Annotations leaving and entering PolicyDesk: Markdown and CSV for people, W3C Web Annotation
 * JSON-LD for tools (and for importing back). Pure and environment-free; the data layer does
 * the storing (renderer/src/data/annotation-import.ts).
 */
export { annotationAppUrl, APP_URL_SCHEME, itemAppUrl, parseAppUrl } from './app-url';
export type { AppUrlParts } from './app-url';
export { annotationsToCsv, csvField, csvRecord, CSV_COLUMNS, UTF8_BOM } from './csv';
export type { ExportEntry } from './export-entry';
export { annotationsToCollection, annotationsToJsonLd, annotationToW3c } from './jsonld';
export type { JsonLdOptions } from './jsonld';
export { readAnnotationFile, UNKNOWN_AUTHOR } from './jsonld-read';
export type { AnnotationFile, ImportCandidate, ImportRefusal } from './jsonld-read';
export { AnnotationFileError } from './jsonld-schema';
export { annotationsToMarkdown, escapeMarkdown } from './markdown';
export type { MarkdownOptions } from './markdown';
export { markdownToPlainText } from './plain-text';
export { ANNO_CONTEXT, HIGHLIGHT_CSS, MARKDOWN_FORMAT } from './w3c';
export type { W3cAnnotation, W3cAnnotationCollection } from './w3c';
