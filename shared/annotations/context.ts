import { isHighSurrogate as isHigh, isLowSurrogate as isLow } from './offsets';
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

/** Code points in stored[from, to), counting a surrogate pair once. */
function codePointsIn(stored: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (!(isLow(stored.charCodeAt(i)) && i > from && isHigh(stored.charCodeAt(i - 1)))) count++;
  return count;
}

/**
 * Code points of `stored` that match the text just before `end`, compared from the end.
 * Compares code units in place (this runs for every occurrence of a common quote) and drops a
 * half-matched surrogate pair.
 */
function sharedBefore(stored: string, text: string, end: number): number {
  let n = 0;
  while (n < stored.length && n < end && stored.charCodeAt(stored.length - 1 - n) === text.charCodeAt(end - 1 - n)) n++;
  if (n < stored.length && isLow(stored.charCodeAt(stored.length - n)) && isHigh(stored.charCodeAt(stored.length - n - 1))) n--;
  return codePointsIn(stored, stored.length - n, stored.length);
}

/** Code points of `stored` that match the text from `start`, compared from the start. */
function sharedAfter(stored: string, text: string, start: number): number {
  let n = 0;
  while (n < stored.length && start + n < text.length && stored.charCodeAt(n) === text.charCodeAt(start + n)) n++;
  if (n > 0 && n < stored.length && isHigh(stored.charCodeAt(n - 1)) && isLow(stored.charCodeAt(n))) n--;
  return codePointsIn(stored, 0, n);
}

export function contextLength(quote: TextQuoteSelector): number {
  return Array.from(quote.prefix).length + Array.from(quote.suffix).length;
}

export function contextScore(text: string, candidate: Utf16Range, quote: TextQuoteSelector): number {
  return sharedBefore(quote.prefix, text, candidate.start) + sharedAfter(quote.suffix, text, candidate.end);
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
