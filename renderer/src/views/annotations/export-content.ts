import {
  annotationsToCsv,
  annotationsToJsonLd,
  annotationsToMarkdown,
  type ExportEntry,
} from '../../../../shared/annotations/exchange';
import type { HostArgs } from '../../../../shared/host/contract';
import { localDateTime } from './workspace-rows';

export const EXPORT_FORMATS = {
  markdown: { label: 'Markdown', extension: 'md', filter: 'Markdown' },
  csv: { label: 'CSV', extension: 'csv', filter: 'CSV (UTF-8)' },
  jsonld: { label: 'W3C JSON-LD', extension: 'jsonld', filter: 'W3C Web Annotation JSON-LD' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

const localDay = (iso: string) => localDateTime(iso).slice(0, 10);

/** The file an export saves: the same text the preview shows, a name with today's date, and its type. */
export function buildExport(format: ExportFormat, entries: readonly ExportEntry[], now: Date): HostArgs<'file.save'> {
  const exportedAt = now.toISOString();
  const meta = EXPORT_FORMATS[format];
  const content =
    format === 'markdown'
      ? annotationsToMarkdown(entries, { exportedAt, formatDate: localDay })
      : format === 'csv'
        ? annotationsToCsv(entries)
        : annotationsToJsonLd(entries, { exportedAt, uuid: () => crypto.randomUUID() });
  return {
    suggestedName: `policydesk-annotations-${localDay(exportedAt)}.${meta.extension}`,
    content,
    filters: [{ name: meta.filter, extensions: [meta.extension] }],
  };
}
