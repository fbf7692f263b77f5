import type { PaperSize } from '../../shared/host/contract';

/**
 * What a briefing may use while it prints: its own inline styles and data: URLs for
 * fonts and images. Everything else is refused: scripts (the document needs none),
 * frames, and every request to the network or to another file. Both hosts print the
 * document with this policy in it, whatever the document itself declares.
 */
export const PRINT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline' data:",
  'font-src data:',
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Written first, so Chromium reads the file as UTF-8 whatever the document's meta says or where. */
const UTF8_BOM = '\uFEFF';

/** The doctype, with anything the parser lets precede it (space, comments). */
const LEADING_DOCTYPE = /^(?:\s|<!--[\s\S]*?-->)*<!doctype[^>]*>/iu;

/**
 * `<meta http-equiv="refresh">`, in its usual spellings. A policy cannot forbid it, and a
 * printer that follows it lands on nothing (no network) and, in headless Chromium, may
 * then write no PDF at all. A static document has no use for one.
 */
const META_REFRESH = /<meta\b[^>]*?\shttp-equiv\s*=\s*(?:"\s*refresh\s*"|'\s*refresh\s*'|refresh(?=[\s/>]))[^>]*>/giu;

export interface PrintSettings {
  readonly paper: PaperSize;
  readonly title: string;
}

/**
 * The document as the host prints it: the policy, the title and a default paper size go
 * in front of everything the document has. Inserted right after the doctype (so the
 * page stays in standards mode), they open the document's head; the document's own
 * `<html>` and `<head>` tags then merge into it, as the HTML parser does for any page.
 * The default @page size comes before the document's styles, so a size the document
 * sets itself wins; the title comes before the document's own, so it is the one used.
 * A meta refresh is removed.
 */
export function prepareDocumentForPrinting(html: string, settings: PrintSettings): string {
  const body = (html.startsWith(UTF8_BOM) ? html.slice(UTF8_BOM.length) : html).replace(META_REFRESH, '');
  const injected = [
    `<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`,
    `<title>${escapeText(settings.title)}</title>`,
    `<style>@page { size: ${settings.paper}; }</style>`,
  ].join('');
  const at = LEADING_DOCTYPE.exec(body)?.[0].length ?? 0;
  return `${UTF8_BOM}${body.slice(0, at)}${injected}${body.slice(at)}`;
}

function escapeText(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
