import type { Utf16Range } from './ranges';
import type { TextQuoteSelector } from './selectors';

/**
 * How prefix and suffix decide between several places that hold the same quote.
 *
 * A candidate's score is the number of code points of the stored prefix that match the text just
 * before it, counted from the quote outwards (right-aligned), plus the same for the suffix after
 * it (left-aligned). Matching stops at the first difference, so what counts is unbroken
 * agreement next to the passage, the part an edit elsewhere leaves alone.
 *
 * A candidate wins "clearly" only when (1) its score is strictly higher than every other
 * candidate's, and (2) it matches at least MIN_CONTEXT_MATCH code points of context, or all of
 * the stored context when less was stored. Otherwise nobody wins and the annotation is orphaned:
 * a tie, or a lead built on a character or two, is not evidence enough to move a highlight.
 */
export const MIN_CONTEXT_MATCH = 8;

/** Code points two strings share at their ends (right-aligned). */
function sharedAtEnd(stored: string, actual: string): number {
  const a = Array.from(stored);
  const b = Array.from(actual);
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Code points two strings share at their starts (left-aligned). */
function sharedAtStart(stored: string, actual: string): number {
  const a = Array.from(stored);
  const b = Array.from(actual);
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function contextLength(quote: TextQuoteSelector): number {
  return Array.from(quote.prefix).length + Array.from(quote.suffix).length;
}

export function contextScore(text: string, candidate: Utf16Range, quote: TextQuoteSelector): number {
  // Slicing as many UTF-16 units as the stored context has is always enough to compare it.
  const before = text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start);
  const after = text.slice(candidate.end, candidate.end + quote.suffix.length);
  return sharedAtEnd(quote.prefix, before) + sharedAtStart(quote.suffix, after);
}

/** The index of the clear winner among the scores (see above), or null when there is none. */
export function pickClearWinner(scores: readonly number[], storedContextLength: number): number | null {
  const needed = Math.min(MIN_CONTEXT_MATCH, storedContextLength);
  if (needed === 0) return null;
  let best = -1;
  let runnerUp = -1;
  let bestIndex = -1;
  for (const [index, score] of scores.entries()) {
    if (score > best) {
      runnerUp = best;
      best = score;
      bestIndex = index;
    } else if (score > runnerUp) {
      runnerUp = score;
    }
  }
  return best > runnerUp && best >= needed ? bestIndex : null;
}
