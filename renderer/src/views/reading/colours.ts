import type { HighlightColour } from '../../../../shared/domain/annotation';

/** Colour names as the analyst reads them; CSS classes are `hl-<colour>`. */
export const COLOUR_LABELS: Record<HighlightColour, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  orange: 'Orange',
};

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

/** "3 May 2024": the day a note was written. */
export function formatNoteDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}
