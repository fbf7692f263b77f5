import { AnchoringInputError } from './errors';
import { snapIn } from './graphemes';
import { indexText, type IndexedText } from './indexed-text';
import { assertNormalized } from './normalize';
import { checkOffset } from './offsets';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';

/** Code points of context kept on each side, as Hypothesis and most W3C implementations keep. */
export const DEFAULT_CONTEXT = 32;

export interface DescribeOptions {
  /** Code points of prefix and suffix, at most; fewer near the ends of the text. */
  context?: number;
}

export interface DescribedSelection {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export function describeIn(indexed: IndexedText, start: number, end: number, context: number): DescribedSelection {
  const { offsets, text } = indexed;
  const range = snapIn(indexed, start, end);
  const from = offsets.toUtf16(range.start);
  const to = offsets.toUtf16(range.end);
  const exact = text.slice(from, to);
  // Context is cut inwards to whole grapheme clusters, so it never ends in half a character.
  const prefixFrom = indexed.boundaryAtOrAfter(offsets.toUtf16(Math.max(0, range.start - context)));
  const suffixTo = indexed.boundaryAtOrBefore(offsets.toUtf16(Math.min(offsets.codePointLength, range.end + context)));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(prefixFrom, from),
      suffix: text.slice(to, suffixTo),
    },
    position: { type: 'TextPositionSelector', start: range.start, end: range.end },
  };
}

/**
 * The selectors for a selection of [start, end) code points of the NFC text. The range is first
 * widened to whole grapheme clusters (the returned position says where it ended up). An empty or
 * out-of-range selection, or one of only whitespace, is refused with an AnchoringInputError.
 */
export function describeSelection(
  text: string,
  start: number,
  end: number,
  { context = DEFAULT_CONTEXT }: DescribeOptions = {},
): DescribedSelection {
  assertNormalized(text);
  if (!Number.isInteger(context) || context < 0) {
    throw new AnchoringInputError('invalid-option', `The context must be a whole number of code points, got ${String(context)}`);
  }
  const indexed = indexText(text);
  checkOffset(start, indexed.offsets.codePointLength, 'The start');
  checkOffset(end, indexed.offsets.codePointLength, 'The end');
  if (start === end) throw new AnchoringInputError('empty-selection', 'The selection is empty; select some text to highlight');
  const described = describeIn(indexed, start, end, context);
  // A highlight on nothing but spacing could not be seen, and would match everywhere.
  if (described.quote.exact.trim() === '') {
    throw new AnchoringInputError('blank-selection', 'The selection holds only whitespace; select some words to highlight');
  }
  return described;
}
