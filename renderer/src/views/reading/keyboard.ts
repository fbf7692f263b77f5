/**
 * Keys in the reading view. The view is not editable, so Chromium gives it no caret of its own;
 * we move the selection with Selection.modify, which follows the layout (lines, words) the way
 * caret browsing does. Pure, so the key table is tested without a browser.
 */

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface CaretMove {
  alter: 'move' | 'extend';
  direction: 'forward' | 'backward';
  granularity: 'character' | 'word' | 'line' | 'lineboundary' | 'documentboundary';
}

/** What a key does to the caret; null for keys the view leaves alone. */
export function caretMoveFor(event: KeyLike): CaretMove | null {
  if (event.altKey) return null;
  const alter = event.shiftKey ? 'extend' : 'move';
  // Ctrl on Windows and Linux, Alt-free Cmd on macOS, both mean "by word" / "to the document's end".
  const wide = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowRight':
      return { alter, direction: 'forward', granularity: wide ? 'word' : 'character' };
    case 'ArrowLeft':
      return { alter, direction: 'backward', granularity: wide ? 'word' : 'character' };
    case 'ArrowDown':
      return wide ? null : { alter, direction: 'forward', granularity: 'line' };
    case 'ArrowUp':
      return wide ? null : { alter, direction: 'backward', granularity: 'line' };
    case 'Home':
      return { alter, direction: 'backward', granularity: wide ? 'documentboundary' : 'lineboundary' };
    case 'End':
      return { alter, direction: 'forward', granularity: wide ? 'documentboundary' : 'lineboundary' };
    default:
      return null;
  }
}

export type ReadingCommand = 'highlight' | 'comment' | 'open-note' | 'dismiss' | 'select-all';

/**
 * The view's own shortcuts: H or Ctrl+Enter highlights the selection, C highlights it with a
 * comment, Enter opens the note under the caret, Escape clears the selection, and Ctrl+A
 * selects the whole text (not the whole window, which could not be highlighted).
 */
export function commandFor(event: KeyLike): ReadingCommand | null {
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  const command = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (command && event.key === 'Enter') return 'highlight';
  if (command && (event.key === 'a' || event.key === 'A')) return 'select-all';
  if (!plain) return null;
  if (event.key === 'Escape') return 'dismiss';
  if (event.key === 'Enter' && !event.shiftKey) return 'open-note';
  if (event.shiftKey) return null;
  if (event.key === 'h' || event.key === 'H') return 'highlight';
  if (event.key === 'c' || event.key === 'C') return 'comment';
  return null;
}

/** The keys, as the hint under the text states them. */
export const KEYBOARD_HINT =
  'Keyboard: Tab into the text, move with the arrow keys, select with Shift+arrows (Ctrl+Shift+arrows by word, Shift+Home/End to the line’s ends, Ctrl+A all of it), then press H (or Ctrl+Enter) to highlight or C to highlight with a comment — or Tab to “Highlight selection”. Enter opens the note under the caret; Escape clears the selection.';
