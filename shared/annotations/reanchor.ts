import { anchorIn, parseSelectors, type PassageSelectorsInput } from './anchor';
import { DEFAULT_CONTEXT, describeIn } from './describe';
import { findEdit, mapThroughEdit } from './edit';
import { indexText } from './indexed-text';
import { assertNormalized } from './normalize';
import { anchoredAt, holdsQuote, positionInText } from './passage';
import type { AnchorResult, PassageSelectors } from './selectors';

export interface ReanchorOutcome {
  result: AnchorResult;
  /**
   * What to store from now on. Anchored: the new position with prefix and suffix taken afresh
   * from the new text, so the next edit is judged against today's context. Orphaned: the old
   * selectors unchanged, so the "needs attention" list can show the old quote.
   */
  selectors: PassageSelectors;
}

/**
 * Re-anchors every annotation of a text after an edit; the outcomes come back in the order of
 * `passages`. Both texts must be NFC.
 *
 * Knowing the old text adds certainty that anchor() alone lacks: a passage the edit did not
 * touch (wholly before or after the changed span) is followed to its exact new place, even when
 * its quote occurs several times. Only passages the edit reached, or whose stored position no
 * longer held the quote before the edit, go through anchor()'s search and may be orphaned.
 */
export function reanchorAll(oldText: string, newText: string, passages: readonly PassageSelectorsInput[]): ReanchorOutcome[] {
  assertNormalized(oldText, 'The old text');
  assertNormalized(newText, 'The new text');
  const before = indexText(oldText);
  const after = indexText(newText);
  const edit = findEdit(oldText, newText);

  return passages.map((input) => {
    const selectors = parseSelectors(input);
    const { quote, position } = selectors;
    const stored = positionInText(before, position);
    const followed = stored && holdsQuote(before, stored, quote.exact) ? mapThroughEdit(edit, stored) : null;
    const result =
      followed && holdsQuote(after, followed, quote.exact) ? anchoredAt(after, followed, position) : anchorIn(after, selectors);
    if (result.status === 'orphaned') return { result, selectors };
    return { result, selectors: describeIn(after, result.start, result.end, DEFAULT_CONTEXT) };
  });
}
