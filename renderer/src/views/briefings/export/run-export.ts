import type { BriefingDocument } from '../../../../../shared/briefing/document-types';
import { briefingToMarkdown } from '../../../../../shared/briefing/markdown';
import type { BriefingFields } from '../../../../../shared/briefing/model';
import type { HostApi } from '../../../../../shared/host/contract';
import { suggestedFileName } from './file-names';
import { buildPrintableHtml } from './printable-html';

export type ExportFormat = 'pdf' | 'html' | 'md';

export const FORMAT_LABELS: Record<ExportFormat, string> = { pdf: 'PDF', html: 'HTML', md: 'Markdown' };

const FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  html: { name: 'Web page (self-contained)', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
};

/** What the export was made from: the rendered preview, its resolved content, and when. */
export interface ExportSource {
  fields: BriefingFields;
  /** The preview's root element; needed for PDF and HTML. */
  root: Element;
  document: BriefingDocument;
  generatedAt: Date;
  generated: string;
}

export interface ExportOutcome {
  /** Where the file went; null when the user closed the save dialog. */
  path: string | null;
  pages?: number;
}

type Host = Pick<HostApi, 'briefing.print' | 'file.save'>;

/**
 * Makes the file and hands it to the host to save where the user chooses. The save dialog
 * (Electron's, or the browser's picker) asks before replacing an existing file. A failure
 * is thrown with the host's own message; nothing in the briefing changes either way.
 */
export async function exportBriefing(
  format: ExportFormat,
  source: ExportSource,
  host: Host,
  onStep: (step: 'preparing' | 'saving') => void = () => undefined,
): Promise<ExportOutcome> {
  const { fields } = source;
  const suggestedName = suggestedFileName(fields.title, fields.date, format);
  const filters = [FILTERS[format]];
  onStep('preparing');
  if (format === 'md') {
    const content = briefingToMarkdown(source.document, { generatedAt: source.generatedAt });
    onStep('saving');
    const saved = await host['file.save']({ suggestedName, content, filters });
    return { path: saved?.path ?? null };
  }
  const started = performance.now();
  const html = await buildPrintableHtml(source.root, { fields, generated: source.generated });
  // Named, so a benchmark (or DevTools) can read how long the document and its fonts took.
  performance.measure('briefing:printable-html', { start: started, detail: { bytes: html.length } });
  if (format === 'html') {
    onStep('saving');
    const saved = await host['file.save']({ suggestedName, content: html, filters });
    return { path: saved?.path ?? null };
  }
  const title = fields.title.trim() || 'Briefing';
  const printed = await host['briefing.print']({ html, paper: fields.paper, title });
  onStep('saving');
  const saved = await host['file.save']({ suggestedName, content: printed.pdfBase64, encoding: 'base64', filters });
  return { path: saved?.path ?? null, pages: printed.pages };
}
