import { indexText, type IndexedText } from './indexed-text';
import { checkRange } from './offsets';

/** A half-open range [start, end) in code points. */
export interface CodePointRange {
  start: number;
  end: number;
}

export function snapIn(indexed: IndexedText, start: number, end: number): CodePointRange {
  const { offsets } = indexed;
  checkRange(start, end, offsets.codePointLength);
  return {
    start: offsets.toCodePoint(indexed.boundaryAtOrBefore(offsets.toUtf16(start))),
    end: offsets.toCodePoint(indexed.boundaryAtOrAfter(offsets.toUtf16(end))),
  };
}

/**
 * Widens a code point range outwards to whole grapheme clusters, so a highlight never takes half
 * of a family emoji, a flag, a skin-toned hand or a letter with its accents. Widening, not
 * shrinking: the analyst selected at least part of that character and expects to see it marked.
 */
export function snapToGraphemes(text: string, start: number, end: number): CodePointRange {
  return snapIn(indexText(text), start, end);
}

/** Whether a code point offset lies between two grapheme clusters (or at either end of the text). */
export function isGraphemeBoundary(text: string, codePointOffset: number): boolean {
  const indexed = indexText(text);
  return indexed.isBoundary(indexed.offsets.toUtf16(codePointOffset));
}
