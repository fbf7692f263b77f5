/**
 * Anchoring highlights in policy text, after the W3C Web Annotation Data Model: a
 * TextQuoteSelector (exact text with prefix and suffix) and a TextPositionSelector.
 *
 * Conventions, everywhere in this folder:
 * - Text is Unicode NFC and otherwise as stored; whitespace is not collapsed (normalize.ts says
 *   why). Functions refuse text that is not NFC.
 * - Offsets count Unicode code points, half-open [start, end). The DOM counts UTF-16 units;
 *   convert at the boundary with codePointRangeFromUtf16 / utf16RangeFromCodePoints.
 * - A range never splits a grapheme cluster: selections are widened to whole clusters, and an
 *   occurrence of a quote that would cut one is not a match.
 * - A passage is never moved to a look-alike: when the quote is gone or several places fit
 *   equally, the result is orphaned for the analyst to resolve.
 *
 * Pure and environment-free (Intl.Segmenter is ECMAScript).
 */
export { anchor, anchorAll, parseSelectors } from './anchor';
export type { PassageSelectorsInput } from './anchor';
export { MIN_CONTEXT_MATCH } from './context';
export { DEFAULT_CONTEXT, describeSelection } from './describe';
export type { DescribedSelection, DescribeOptions } from './describe';
export { AnchoringInputError } from './errors';
export type { AnchoringErrorCode } from './errors';
export { isGraphemeBoundary, snapToGraphemes } from './graphemes';
export type { CodePointRange } from './graphemes';
export { assertNormalized, isNormalized, normalizeText } from './normalize';
export { codePointLength, codePointToUtf16, createOffsetIndex, utf16ToCodePoint } from './offsets';
export type { OffsetIndex, SurrogateRounding } from './offsets';
export { codePointRangeFromUtf16, utf16RangeFromCodePoints } from './ranges';
export type { Utf16Range } from './ranges';
export { reanchorAll } from './reanchor';
export type { ReanchorOutcome } from './reanchor';
export {
  anchorResultSchema,
  ORPHAN_REASONS,
  passageSelectorsSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from './selectors';
export type {
  AnchoredResult,
  AnchorResult,
  OrphanedResult,
  OrphanReason,
  PassageSelectors,
  TextPositionSelector,
  TextQuoteSelector,
} from './selectors';
