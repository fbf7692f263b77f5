import { contextLength, contextScore, pickClearWinner } from './context';
import { splitGraphemes, type IndexedText } from './indexed-text';
import type { Utf16Range } from './ranges';
import type { TextQuoteSelector } from './selectors';

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * A pattern for the quote's characters with any whitespace (or none) between them. That covers
 * re-wrapped lines, including a line break dropped into a run of Chinese characters, where
 * nothing but spacing changed.
 */
function respacedPattern(exact: string): RegExp | null {
  const letters = splitGraphemes(exact.replace(/\s+/gu, '')).map((cluster) => cluster.replace(REGEX_SYNTAX, '\\$&'));
  return letters.length === 0 ? null : new RegExp(letters.join('\\s*'), 'gu');
}

/**
 * For a quote that is gone: the one place holding the same characters with different spacing,
 * picked by the same clear-winner rule as anchoring when there are several. Only ever offered to
 * the analyst; the caller keeps the annotation orphaned.
 */
export function findRespacedQuote(indexed: IndexedText, quote: TextQuoteSelector): Utf16Range | null {
  const pattern = respacedPattern(quote.exact);
  if (!pattern) return null;
  const candidates: Utf16Range[] = [];
  for (const match of indexed.text.matchAll(pattern)) {
    const range = { start: match.index, end: match.index + match[0].length };
    if (indexed.isBoundary(range.start) && indexed.isBoundary(range.end)) candidates.push(range);
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  const winner = pickClearWinner(
    candidates.map((candidate) => contextScore(indexed.text, candidate, quote)),
    contextLength(quote),
  );
  return winner === null ? null : (candidates[winner] ?? null);
}
