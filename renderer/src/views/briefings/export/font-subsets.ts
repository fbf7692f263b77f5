/**
 * The shipped Chinese font (@fontsource/noto-sans-sc) comes as ~100 files, each holding the
 * glyphs of one unicode-range. A briefing embeds only the files whose range covers a
 * character it prints, so a document in English with a few Chinese titles carries a few
 * hundred kilobytes of font, not megabytes. Pure: parsing and choosing, no fetching.
 */

/** Inclusive code point ranges, sorted by start. */
export type CodePointRange = readonly [start: number, end: number];

export interface FontSubset {
  /** The file's name in the package, e.g. "noto-sans-sc-119-400-normal.woff2". */
  file: string;
  /** The CSS unicode-range, as written in the package's CSS. */
  unicodeRange: string;
  ranges: CodePointRange[];
}

const HEX = /^[0-9a-f]{1,6}$/iu;

/**
 * Parses a CSS unicode-range ("U+0000-00FF,U+0131,U+4??"): single code points, ranges and
 * wildcards. Throws on anything else, so a changed package fails the build, not a briefing.
 */
export function parseUnicodeRange(value: string): CodePointRange[] {
  const ranges = value.split(',').map((raw): CodePointRange => {
    const part = raw.trim();
    if (!/^u\+/iu.test(part)) throw new Error(`Not a unicode-range: "${part}"`);
    const body = part.slice(2);
    if (body.includes('?')) {
      if (!/^[0-9a-f]*\?+$/iu.test(body) || body.length > 6) throw new Error(`Not a unicode-range: "${part}"`);
      return [parseInt(body.replace(/\?/gu, '0'), 16), parseInt(body.replace(/\?/gu, 'f'), 16)];
    }
    const [from = '', to = from, ...rest] = body.split('-');
    if (rest.length > 0 || !HEX.test(from) || !HEX.test(to)) throw new Error(`Not a unicode-range: "${part}"`);
    const start = parseInt(from, 16);
    const end = parseInt(to, 16);
    if (end < start) throw new Error(`A unicode-range that ends before it starts: "${part}"`);
    return [start, end];
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * The subsets the package declares, from its unicode.json ({"[119]": "U+…", "latin": "U+…"}):
 * the same ranges its CSS gives each @font-face, without parsing CSS. File names follow the
 * package's pattern, e.g. "[119]" → "noto-sans-sc-119-400-normal.woff2".
 */
export function subsetsFromUnicodeJson(ranges: Readonly<Record<string, string>>, prefix: string, weight: number): FontSubset[] {
  return Object.entries(ranges).map(([key, unicodeRange]) => ({
    file: `${prefix}-${key.replace(/^\[(.+)\]$/u, '$1')}-${weight}-normal.woff2`,
    unicodeRange,
    ranges: parseUnicodeRange(unicodeRange),
  }));
}

/** The distinct code points of a text, sorted; whitespace and control characters draw no glyph. */
export function codePointsOf(text: string): number[] {
  const seen = new Set<number>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0)) continue;
    seen.add(code);
  }
  return [...seen].sort((a, b) => a - b);
}

function covers(ranges: readonly CodePointRange[], code: number): boolean {
  // Binary search: the last range starting at or before the code point.
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle]!;
    if (code < start) high = middle - 1;
    else if (code > end) low = middle + 1;
    else return true;
  }
  return false;
}

/** The subsets that hold a glyph for at least one character of the text, in the package's order. */
export function subsetsForText<T extends Pick<FontSubset, 'ranges'>>(subsets: readonly T[], text: string): T[] {
  const codes = codePointsOf(text);
  return subsets.filter((subset) => codes.some((code) => covers(subset.ranges, code)));
}
