import { createOffsetIndex, type OffsetIndex } from './offsets';

// Extended grapheme clusters (UAX #29) do not depend on the language; 'und' says so.
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Code units of Grapheme_Cluster_Break "Other" in every Unicode version: printable ASCII and
 * Latin-1, general punctuation (dashes, quotes, ellipsis), CJK symbols and punctuation up to
 * U+3029 (U+302A-302F are combining tone marks), CJK Unified Ideographs and fullwidth forms.
 * None of them is Extend, ZWJ, SpacingMark, Prepend, Hangul, a regional indicator or an Indic
 * consonant, so no rule of UAX #29 keeps two of them together: between two, a break is certain.
 */
function isPlain(unit: number): boolean {
  return (
    (unit >= 0x20 && unit <= 0x7e) ||
    (unit >= 0xa0 && unit <= 0xff) ||
    (unit >= 0x2010 && unit <= 0x2027) ||
    (unit >= 0x3000 && unit <= 0x3029) ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0xff01 && unit <= 0xff5e)
  );
}

const isControl = (unit: number): boolean => unit < 0x20 || unit === 0x7f;

/**
 * Whether UAX #29 breaks at this offset whatever surrounds it: at the ends, around control
 * characters and line breaks (rules GB4/GB5, except inside CR LF), and between two plain units.
 * True for nearly every offset of English or Chinese prose, so segmentation is rarely needed.
 */
function surelyBreaks(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === 0x0d && after === 0x0a) return false;
  if (isControl(before) || isControl(after)) return true;
  return isPlain(before) && isPlain(after);
}

/**
 * One text prepared for many look-ups: offset conversion and grapheme boundaries. Internal
 * code works in UTF-16 offsets throughout and converts to code points at the edges.
 */
export interface IndexedText {
  readonly text: string;
  readonly offsets: OffsetIndex;
  /** Whether a cursor at this UTF-16 offset sits between two grapheme clusters (or at an end). */
  isBoundary(utf16Offset: number): boolean;
  /** The start of the grapheme cluster containing this offset (the offset itself on a boundary). */
  boundaryAtOrBefore(utf16Offset: number): number;
  /** The end of the grapheme cluster containing this offset (the offset itself on a boundary). */
  boundaryAtOrAfter(utf16Offset: number): number;
}

export function indexText(text: string): IndexedText {
  /**
   * The cluster containing an offset, found by segmenting only the stretch between the nearest
   * certain breaks on either side. That is exact, since no UAX #29 rule looks across a certain
   * break, and it is needed: V8 hands the whole string to ICU on every Segmenter call, so
   * segmenting a long policy text per look-up (or iterating it) is quadratic.
   */
  const clusterAt = (offset: number): { start: number; end: number } => {
    let from = offset;
    while (!surelyBreaks(text, from)) from--;
    let to = offset + 1;
    while (!surelyBreaks(text, to)) to++;
    const segment = graphemes.segment(text.slice(from, to)).containing(offset - from);
    // containing() always finds a segment for an offset inside the slice; the fallback is for the type.
    return segment
      ? { start: from + segment.index, end: from + segment.index + segment.segment.length }
      : { start: offset, end: to };
  };

  const isBoundary = (offset: number): boolean => surelyBreaks(text, offset) || clusterAt(offset).start === offset;

  return {
    text,
    offsets: createOffsetIndex(text),
    isBoundary,
    boundaryAtOrBefore: (offset) => (isBoundary(offset) ? offset : clusterAt(offset).start),
    boundaryAtOrAfter: (offset) => (isBoundary(offset) ? offset : clusterAt(offset).end),
  };
}

/** The grapheme clusters of a text, in order, without segmenting it in one piece. */
export function splitGraphemes(text: string): string[] {
  const indexed = indexText(text);
  const clusters: string[] = [];
  for (let start = 0; start < text.length;) {
    const end = indexed.boundaryAtOrAfter(start + 1);
    clusters.push(text.slice(start, end));
    start = end;
  }
  return clusters;
}
