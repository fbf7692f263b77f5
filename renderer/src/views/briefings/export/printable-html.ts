import type { BriefingFields } from '../../../../../shared/briefing/model';
import { pageCss } from '../document/page-css';
import { PRINT_STYLESHEETS } from '../document/print-styles';
import { type DocumentText, embeddedFontCss } from './embed-fonts';

/**
 * One self-contained HTML document from the rendered preview: its DOM, the print stylesheet,
 * the paper's rules and the fonts, all inline. Charts are the preview's inline SVG, so they
 * stay vector in the PDF. The host prints exactly this, and the HTML export saves it.
 */

const escapeHtml = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** A stylesheet's text can never close the <style> element it is written into. */
const styleText = (css: string) => css.replace(/<\/style/giu, '<\\/style');

/** What the saved HTML file may do when opened: show itself, nothing more (no scripts, no network). */
export const EXPORT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/** The page around the document when the HTML file is opened on screen: grey desk, white sheets. */
const SHELL_CSS = `html { background: #e7eaee; }
body.briefing-print { margin: 0; padding: 16px 0; }
@media print { html { background: none; } body.briefing-print { padding: 0; } }`;

export interface PrintableParts {
  title: string;
  /** The preview root's HTML, prepared by printableBody. */
  bodyHtml: string;
  fontCss: string;
  pageCss: string;
  stylesheets: readonly string[];
}

/** Pure: the parts, assembled into one document. */
export function wrapPrintableHtml(parts: PrintableParts): string {
  const styles = [parts.fontCss, SHELL_CSS, ...parts.stylesheets, parts.pageCss].map(
    (css) => `<style>\n${styleText(css)}\n</style>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="PolicyDesk">',
    `<title>${escapeHtml(parts.title)}</title>`,
    ...styles,
    '</head>',
    '<body class="briefing-print">',
    parts.bodyHtml,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The preview's DOM as it should print: links into the app (#/targets/…) become plain text,
 * since they lead nowhere outside the app, while the contents' links to #briefing-section-…
 * stay and become links inside the PDF. The generation time is the export's, even when the
 * preview on screen was drawn earlier.
 */
export function printableBody(root: Element, generated?: string): string {
  const copy = root.cloneNode(true) as Element;
  if (generated !== undefined)
    for (const element of [...copy.querySelectorAll('[data-generated]')]) element.textContent = generated;
  for (const link of [...copy.querySelectorAll('a[href^="#/"]')]) {
    const span = copy.ownerDocument.createElement('span');
    if (link.className) span.className = link.className;
    span.append(...link.childNodes);
    link.replaceWith(span);
  }
  for (const element of [...copy.querySelectorAll('[tabindex]')]) element.removeAttribute('tabindex');
  return copy.outerHTML;
}

/** Characters drawn by CSS rather than text: list numbers. Margin-box text is added by the caller. */
const GENERATED_CHARACTERS = '0123456789.';

/** The document's text by the weight it is set in, to choose the font files to embed. */
export function documentText(root: Element, extra: string): DocumentText {
  const view = root.ownerDocument.defaultView;
  const weights = new Map<Element, boolean>();
  const isBold = (element: Element) => {
    let bold = weights.get(element);
    if (bold === undefined) {
      const weight = view?.getComputedStyle(element).fontWeight ?? '400';
      bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
      weights.set(element, bold);
    }
    return bold;
  };
  const regular: string[] = [extra, GENERATED_CHARACTERS];
  const bold: string[] = [GENERATED_CHARACTERS];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.nodeValue) continue;
    (isBold(parent) ? bold : regular).push(node.nodeValue);
  }
  return { regular: regular.join(''), bold: bold.join('') };
}

export interface BuildOptions {
  fields: Pick<BriefingFields, 'title' | 'paper' | 'marking'>;
  /** The generation time as printed on the cover, so the footer says the same. */
  generated: string;
}

/** The rendered preview → the printable document, with the fonts its characters need. */
export async function buildPrintableHtml(root: Element, { fields, generated }: BuildOptions): Promise<string> {
  const page = pageCss({ paper: fields.paper, marking: fields.marking, generated });
  const marginText = `${fields.marking} Generated ${generated} Page of`;
  // Both read now, before any wait, so a preview that changes meanwhile cannot mix two versions.
  const text = documentText(root, marginText);
  const bodyHtml = printableBody(root, generated);
  const fontCss = await embeddedFontCss(text);
  return wrapPrintableHtml({
    title: fields.title.trim() || 'Briefing',
    bodyHtml,
    fontCss,
    pageCss: page,
    stylesheets: PRINT_STYLESHEETS,
  });
}
