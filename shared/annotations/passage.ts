import type { IndexedText } from './indexed-text';
import type { Utf16Range } from './ranges';
import type { AnchoredResult, TextPositionSelector } from './selectors';

/** The stored position as UTF-16 offsets in this text, or null when it no longer fits. */
export function positionInText(indexed: IndexedText, position: TextPositionSelector | undefined): Utf16Range | null {
  if (!position || position.end > indexed.offsets.codePointLength) return null;
  return { start: indexed.offsets.toUtf16(position.start), end: indexed.offsets.toUtf16(position.end) };
}

/** Whether the range holds exactly the quote, as whole grapheme clusters. */
export function holdsQuote(indexed: IndexedText, range: Utf16Range, exact: string): boolean {
  return indexed.text.slice(range.start, range.end) === exact && indexed.isBoundary(range.start) && indexed.isBoundary(range.end);
}

export function anchoredAt(indexed: IndexedText, range: Utf16Range, position: TextPositionSelector | undefined): AnchoredResult {
  const start = indexed.offsets.toCodePoint(range.start);
  const end = indexed.offsets.toCodePoint(range.end);
  return { status: 'anchored', start, end, moved: !position || position.start !== start || position.end !== end };
}
