import unicodeRanges from '@fontsource/noto-sans-sc/unicode.json';
import { type FontSubset, subsetsFromUnicodeJson } from '../export/font-subsets';

/**
 * The font a briefing is set in: Noto Sans SC, shipped with the app (the @fontsource
 * package), never downloaded. It has Latin and Chinese glyphs and the status symbols, so a
 * briefing looks the same on screen, in the PDF and in the HTML file on any machine, and
 * Chinese never prints as boxes.
 *
 * The app shows it through the FontFace API rather than a CSS import: the package's CSS
 * names a .woff fallback for every file, which would double what the app ships, and the
 * app's CSP forbids the <style> element a generated @font-face would need. A face with a
 * unicode-range loads only when text on screen needs it.
 */
export const DOCUMENT_FONT_FAMILY = 'Noto Sans SC';
export const DOCUMENT_FONT_WEIGHTS = [400, 700] as const;
export type DocumentFontWeight = (typeof DOCUMENT_FONT_WEIGHTS)[number];

// Vite emits each file into the build and gives its URL; nothing is inlined into the bundle.
// Every weight has the same files and ranges (the package's unicode.json).
const URLS: Record<DocumentFontWeight, Record<string, string>> = {
  400: import.meta.glob<string>(
    [
      '../../../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2',
      // The whole-script file repeats the split files in one; nothing names it.
      '!../../../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-*',
    ],
    {
      query: '?url',
      import: 'default',
      eager: true,
    },
  ),
  700: import.meta.glob<string>(
    [
      '../../../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-700-normal.woff2',
      // The whole-script file repeats the split files in one; nothing names it.
      '!../../../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-*',
    ],
    {
      query: '?url',
      import: 'default',
      eager: true,
    },
  ),
};

export interface ShippedFontFile {
  weight: DocumentFontWeight;
  subset: FontSubset;
  url: string;
}

let files: ShippedFontFile[] | undefined;

/** Every shipped file of the document font, with its weight, range and URL in this build. */
export function shippedFontFiles(): ShippedFontFile[] {
  if (files) return files;
  files = DOCUMENT_FONT_WEIGHTS.flatMap((weight) => {
    const byName = new Map(Object.entries(URLS[weight]).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
    return subsetsFromUnicodeJson(unicodeRanges, 'noto-sans-sc', weight).map((subset): ShippedFontFile => {
      const url = byName.get(subset.file);
      // A range the package declares without its file is a broken install: say so at once.
      if (url === undefined) throw new Error(`The shipped font file ${subset.file} is missing`);
      return { weight, subset, url };
    });
  });
  return files;
}

let registered = false;

/** Makes the document font available to the app's pages (the preview); safe to call often. */
export function registerDocumentFonts(): void {
  if (registered || typeof FontFace === 'undefined' || typeof document === 'undefined') return;
  registered = true;
  for (const file of shippedFontFiles()) {
    const face = new FontFace(DOCUMENT_FONT_FAMILY, `url("${file.url}") format("woff2")`, {
      weight: String(file.weight),
      style: 'normal',
      unicodeRange: file.subset.unicodeRange,
    });
    document.fonts.add(face);
  }
}
