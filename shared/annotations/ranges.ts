import { snapIn, type CodePointRange } from './graphemes';
import { indexText } from './indexed-text';
import { checkRange } from './offsets';

export interface Utf16Range {
  start: number;
  end: number;
}

/**
 * A DOM selection (UTF-16 offsets into the rendered text) as a code point range, widened to whole
 * grapheme clusters. Offsets inside a surrogate pair are rounded outwards rather than refused:
 * the user did select part of that character.
 */
export function codePointRangeFromUtf16(text: string, start: number, end: number): CodePointRange {
  checkRange(start, end, text.length);
  const indexed = indexText(text);
  return snapIn(indexed, indexed.offsets.toCodePoint(start, 'down'), indexed.offsets.toCodePoint(end, 'up'));
}

/** A stored code point range as UTF-16 offsets, to build a DOM Range or slice the string. */
export function utf16RangeFromCodePoints(text: string, start: number, end: number): Utf16Range {
  const { offsets } = indexText(text);
  checkRange(start, end, offsets.codePointLength);
  return { start: offsets.toUtf16(start), end: offsets.toUtf16(end) };
}
