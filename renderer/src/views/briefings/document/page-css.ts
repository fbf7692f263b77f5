import type { PaperSize } from '../../../../../shared/briefing/model';

/**
 * The paper's rules for one briefing: size, margins, and the margin boxes that print the
 * marking at the top of every page and the generation date and "Page X of Y" at the bottom.
 * Chromium (Electron's printToPDF and headless Chromium alike) draws @page margin boxes and
 * counts counter(pages) itself. These rules go only into the printable HTML: the app's CSP
 * allows no generated <style>, and the app's own pages are never printed this way.
 */

/** Top and bottom, left and right: room for the header and footer inside the margins. */
export const PAGE_MARGIN = { block: '18mm', inline: '16mm' } as const;

/** The page box's height less its margins and a little slack, so the cover fills one page, never two. */
const COVER_HEIGHT: Record<PaperSize, string> = { A4: '256mm', Letter: '238mm' };

/**
 * A CSS string literal. Quotes and backslashes are escaped, line breaks become \A, and "<"
 * is escaped too so no marking can close the <style> element it is written into.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/gu, (char) => `\\${char.codePointAt(0)!.toString(16).toUpperCase()} `)}"`;
}

export interface PageCssOptions {
  paper: PaperSize;
  marking: string;
  /** Printed in the footer: "Generated 22 Nov 2026, 10:40". */
  generated: string;
}

const BOX = `font-family: 'Noto Sans SC', sans-serif; font-size: 8pt; color: #4b5563;`;

export function pageCss({ paper, marking, generated }: PageCssOptions): string {
  const size = paper === 'A4' ? 'A4' : 'letter';
  const top =
    marking.trim() === '' ? '' : `@top-center { content: ${cssString(marking.trim())}; ${BOX} letter-spacing: 0.08em; }`;
  return [
    `@page { size: ${size}; margin: ${PAGE_MARGIN.block} ${PAGE_MARGIN.inline};`,
    `  ${top}`,
    `  @bottom-left { content: ${cssString(`Generated ${generated}`)}; ${BOX} }`,
    `  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${BOX} }`,
    `}`,
    `@media print { .briefing-doc .briefing-cover { min-height: ${COVER_HEIGHT[paper]}; } }`,
  ].join('\n');
}
