import { contextLength, contextScore, pickClearWinner } from './context';
import { AnchoringInputError } from './errors';
import { findOccurrences } from './find';
import { indexText, type IndexedText } from './indexed-text';
import { assertNormalized, normalizeText } from './normalize';
import { anchoredAt, holdsQuote, positionInText } from './passage';
import { passageSelectorsSchema, type AnchorResult, type PassageSelectors } from './selectors';
import { findRespacedQuote } from './suggest';
import type { z } from 'zod';

/** Selectors as they may arrive (prefix and suffix optional, as in the W3C model). */
export type PassageSelectorsInput = z.input<typeof passageSelectorsSchema>;

/** Validates the selectors and brings the quote to NFC, so a quote typed or imported decomposed still matches. */
export function parseSelectors(input: PassageSelectorsInput): PassageSelectors {
  const parsed = passageSelectorsSchema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'selectors'}: ${issue.message}`).join('; ');
    throw new AnchoringInputError('invalid-selectors', `The annotation's selectors are not valid (${detail})`);
  }
  const { quote, position } = parsed.data;
  return {
    quote: {
      ...quote,
      exact: normalizeText(quote.exact),
      prefix: normalizeText(quote.prefix),
      suffix: normalizeText(quote.suffix),
    },
    ...(position ? { position } : {}),
  };
}

export function anchorIn(indexed: IndexedText, selectors: PassageSelectors): AnchorResult {
  const { quote, position } = selectors;
  const stored = positionInText(indexed, position);
  // The usual case, the text unchanged around the passage: the stored range holds the quote with
  // all of its context, which no other occurrence can beat, so there is nothing to search.
  if (stored && holdsQuote(indexed, stored, quote.exact) && contextScore(indexed.text, stored, quote) === contextLength(quote)) {
    return anchoredAt(indexed, stored, position);
  }

  const candidates = findOccurrences(indexed, quote.exact);

  if (candidates.length === 0) {
    const respaced = findRespacedQuote(indexed, quote);
    if (!respaced) return { status: 'orphaned', reason: 'quote-gone' };
    const { toCodePoint } = indexed.offsets;
    const suggestion = { start: toCodePoint(respaced.start), end: toCodePoint(respaced.end), differs: 'whitespace' as const };
    return { status: 'orphaned', reason: 'quote-gone', suggestion };
  }

  const ambiguous: AnchorResult = { status: 'orphaned', reason: 'ambiguous', candidates: candidates.length };
  const scores = candidates.map((candidate) => contextScore(indexed.text, candidate, quote));
  const atStored = stored ? candidates.findIndex((c) => c.start === stored.start && c.end === stored.end) : -1;

  if (atStored !== -1) {
    // The stored range still holds the quote. It stays put unless another occurrence fits the
    // context better: then the text has shifted a look-alike under the old offsets, or the
    // passage was edited next to a twin; the evidence conflicts, so nothing is picked.
    const storedScore = scores[atStored]!;
    return scores.every((score) => score <= storedScore) ? anchoredAt(indexed, candidates[atStored]!, position) : ambiguous;
  }
  if (candidates.length === 1) return anchoredAt(indexed, candidates[0]!, position);

  const winner = pickClearWinner(scores, contextLength(quote));
  return winner === null ? ambiguous : anchoredAt(indexed, candidates[winner]!, position);
}

/**
 * Re-finds a passage in (possibly edited) NFC text:
 * 1. the stored position still holds the quote, and no other occurrence fits the context
 *    better → anchored, not moved;
 * 2. the quote occurs exactly once (as whole grapheme clusters) → anchored there, moved;
 * 3. it occurs several times → the occurrence whose prefix/suffix match clearly best (see
 *    context.ts) → anchored, moved; no clear winner → orphaned 'ambiguous';
 * 4. it occurs nowhere → orphaned 'quote-gone', never fuzzy-matched; a passage differing only in
 *    whitespace comes back as a `suggestion` for the analyst to accept.
 * For all highlights of one text use anchorAll, which prepares the text once; after an edit use
 * reanchorAll, which also follows each untouched passage through the edit.
 */
export function anchor(text: string, selectors: PassageSelectorsInput): AnchorResult {
  assertNormalized(text);
  return anchorIn(indexText(text), parseSelectors(selectors));
}

/** anchor() for every highlight of one text, preparing the text once (what a reading view needs). */
export function anchorAll(text: string, passages: readonly PassageSelectorsInput[]): AnchorResult[] {
  assertNormalized(text);
  const indexed = indexText(text);
  return passages.map((passage) => anchorIn(indexed, parseSelectors(passage)));
}
