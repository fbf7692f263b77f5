import { DOCUMENT_FONT_FAMILY, type ShippedFontFile, shippedFontFiles } from '../document/document-fonts';
import { subsetsForText } from './font-subsets';

/**
 * The document font as @font-face rules with data: URLs, only for the files a briefing's
 * characters need. Embedding, rather than naming a system font, is what makes the PDF and
 * the HTML file look the same on a reader's machine as on the analyst's, and print Chinese.
 */

export interface DocumentText {
  /** Text set in the regular weight. */
  regular: string;
  /** Text set bold (headings, table headers, strong). */
  bold: string;
}

/** A font file fetched once per session: the files never change while the app runs. */
const dataUrls = new Map<string, Promise<string>>();

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('Could not read a font file'));
    reader.readAsDataURL(blob);
  });
}

/** Same-origin fetch of a file the app ships (allowed by the CSP's connect-src 'self'). */
async function fetchDataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The shipped font file ${url} could not be read (${response.status})`);
  const blob = await response.blob();
  // The server's type may be generic; the data: URL must say woff2 for every engine to take it.
  return readAsDataUrl(new Blob([blob], { type: 'font/woff2' }));
}

function dataUrlOf(url: string): Promise<string> {
  let pending = dataUrls.get(url);
  if (!pending) {
    pending = fetchDataUrl(url);
    // A failed read is not remembered, so the next export tries again.
    pending.catch(() => dataUrls.delete(url));
    dataUrls.set(url, pending);
  }
  return pending;
}

/** The files to embed: for each weight, those covering a character set in that weight. */
export function fontFilesFor(text: DocumentText, files: readonly ShippedFontFile[] = shippedFontFiles()): ShippedFontFile[] {
  const withRanges = (weight: number) =>
    files.filter((file) => file.weight === weight).map((file) => ({ ...file, ranges: file.subset.ranges }));
  return [...subsetsForText(withRanges(400), text.regular), ...subsetsForText(withRanges(700), text.bold)];
}

export async function embeddedFontCss(text: DocumentText): Promise<string> {
  const files = fontFilesFor(text);
  const rules = await Promise.all(
    files.map(
      async (file) =>
        `@font-face { font-family: '${DOCUMENT_FONT_FAMILY}'; font-style: normal; font-weight: ${file.weight}; ` +
        `src: url(${await dataUrlOf(file.url)}) format('woff2'); unicode-range: ${file.subset.unicodeRange}; }`,
    ),
  );
  return rules.join('\n');
}
