import type { IndexedText } from './indexed-text';
import type { Utf16Range } from './ranges';

/**
 * Every place the needle occurs whose both ends fall between grapheme clusters. Occurrences that
 * cut a cluster are not the passage: "🇸🇨" (Seychelles) inside "🇺🇸🇨🇳" is made of the second half
 * of one flag and the first half of the next, and "q" in "q́" is only part of a letter.
 * Overlapping occurrences all count, since each could be the one the analyst meant.
 */
export function findOccurrences(indexed: IndexedText, needle: string): Utf16Range[] {
  const found: Utf16Range[] = [];
  if (needle.length === 0) return found;
  for (let at = indexed.text.indexOf(needle); at !== -1; at = indexed.text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (indexed.isBoundary(at) && indexed.isBoundary(end)) found.push({ start: at, end });
  }
  return found;
}
