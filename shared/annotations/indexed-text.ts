import { createOffsetIndex, type OffsetIndex } from './offsets';

// Extended grapheme clusters (UAX #29) do not depend on the language; 'und' says so.
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * One text prepared for many look-ups: offset conversion and grapheme boundaries. Segmenting
 * hands the whole string to the engine's break iterator, so it is done once per text, not once
 * per annotation; internal UTF-16 offsets are used throughout and converted at the edges.
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
  let segments: Intl.Segments | undefined;
  const containing = (utf16Offset: number): Intl.SegmentData | undefined =>
    (segments ??= graphemes.segment(text)).containing(utf16Offset);

  const boundaryAtOrBefore = (utf16Offset: number): number => {
    if (utf16Offset >= text.length) return text.length;
    return containing(utf16Offset)?.index ?? utf16Offset;
  };

  return {
    text,
    offsets: createOffsetIndex(text),
    isBoundary: (utf16Offset) => boundaryAtOrBefore(utf16Offset) === utf16Offset,
    boundaryAtOrBefore,
    boundaryAtOrAfter(utf16Offset) {
      const start = boundaryAtOrBefore(utf16Offset);
      if (start === utf16Offset) return utf16Offset;
      const segment = containing(utf16Offset);
      return segment ? segment.index + segment.segment.length : utf16Offset;
    },
  };
}
