import { AnchoringInputError } from './errors';

/**
 * THE normalisation for anchoring, stated once: text is Unicode NFC, and nothing else is changed.
 *
 * - NFC, because the same visible text can arrive composed (é, U+00E9) or decomposed
 *   (e + U+0301), and CJK compatibility ideographs (U+F900...) fold to their unified forms; a
 *   quote must match however it was typed or pasted.
 * - Whitespace is NOT collapsed and case is NOT folded. The reading view renders the stored text
 *   as it is, so DOM offsets count in exactly that text; collapsing would need a second offset
 *   map back to the rendered text, and every bug in that map would misplace highlights. The cost
 *   is that an edit that only re-wraps whitespace inside a quote orphans it; anchor() then offers
 *   the re-spaced passage as a suggestion (status stays orphaned), which fails in the safe
 *   direction.
 *
 * The policy text must be stored already normalised (normalizeText on save). The functions here
 * refuse text that is not NFC instead of normalising it themselves: offsets into a normalised
 * copy would silently disagree with the text the caller holds and renders.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC');
}

export function isNormalized(text: string): boolean {
  return text.normalize('NFC') === text;
}

export function assertNormalized(text: string, what = 'The text'): void {
  if (!isNormalized(text)) {
    throw new AnchoringInputError(
      'text-not-normalised',
      `${what} is not in Unicode NFC form; store policy text through normalizeText() so offsets mean the same everywhere`,
    );
  }
}
