import { AnchoringInputError } from './errors';

/**
 * Offsets in two units. The W3C model counts in Unicode code points; the DOM (Selection, Range,
 * String.prototype.slice) counts in UTF-16 code units. They differ only at astral characters
 * (emoji, CJK Extension B such as 𠀀 U+20000), which take two units, so the index remembers just
 * where those are and converts by binary search.
 */

/** What to do with a UTF-16 offset that falls between the two halves of a surrogate pair. */
export type SurrogateRounding = 'strict' | 'down' | 'up';

export interface OffsetIndex {
  readonly utf16Length: number;
  readonly codePointLength: number;
  /** UTF-16 offset → code point offset; 'strict' throws inside a surrogate pair. */
  toCodePoint(utf16Offset: number, rounding?: SurrogateRounding): number;
  /** Code point offset → UTF-16 offset. */
  toUtf16(codePointOffset: number): number;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

export const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
export const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** True when `offset` lies between a high and a low surrogate, i.e. inside one code point. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))
  );
}

/** The number of entries of the ascending `values` that are below `limit`. */
function countBelow(values: readonly number[], limit: number, key: (value: number, index: number) => number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(values[middle]!, middle) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function checkOffset(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new AnchoringInputError('invalid-offset', `${what} must be a whole number from 0 to ${max}, got ${String(value)}`);
  }
}

/** Checks a half-open range [start, end) whose ends lie within 0..max. */
export function checkRange(start: number, end: number, max: number): void {
  checkOffset(start, max, 'The start');
  checkOffset(end, max, 'The end');
  if (start > end) {
    throw new AnchoringInputError('invalid-range', `The range starts at ${start}, after its end at ${end}`);
  }
}

export function createOffsetIndex(text: string): OffsetIndex {
  // UTF-16 offsets where a well-formed surrogate pair starts. A lone surrogate counts as one
  // code point, as string iteration counts it. A regular expression finds them several times
  // faster than a loop over charCodeAt on a long text.
  const astral = Array.from(text.matchAll(SURROGATE_PAIR), (match) => match.index);
  const codePointLength = text.length - astral.length;

  return {
    utf16Length: text.length,
    codePointLength,
    toCodePoint(utf16Offset, rounding = 'strict') {
      checkOffset(utf16Offset, text.length, 'A UTF-16 offset');
      let offset = utf16Offset;
      if (splitsSurrogatePair(text, offset)) {
        if (rounding === 'strict') {
          throw new AnchoringInputError(
            'invalid-offset',
            `UTF-16 offset ${offset} falls inside a surrogate pair (the middle of one character)`,
          );
        }
        offset += rounding === 'down' ? -1 : 1;
      }
      return offset - countBelow(astral, offset, (value) => value);
    },
    toUtf16(codePointOffset) {
      checkOffset(codePointOffset, codePointLength, 'A code point offset');
      // The k-th astral character sits at code point offset astral[k] - k.
      return codePointOffset + countBelow(astral, codePointOffset, (value, index) => value - index);
    },
  };
}

export function codePointLength(text: string): number {
  return createOffsetIndex(text).codePointLength;
}

export function utf16ToCodePoint(text: string, utf16Offset: number, rounding: SurrogateRounding = 'strict'): number {
  return createOffsetIndex(text).toCodePoint(utf16Offset, rounding);
}

export function codePointToUtf16(text: string, codePointOffset: number): number {
  return createOffsetIndex(text).toUtf16(codePointOffset);
}
