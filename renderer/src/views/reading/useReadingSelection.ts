import { type RefObject, useEffect, useState } from 'react';
import type { CodePointRange } from '../../../../shared/annotations';
import { passageFromUtf16, utf16RangeWithin } from './selection-mapping';

/** A spot in the reading area, in pixels from its top-left corner. */
export interface Spot {
  top: number;
  left: number;
}

export interface PendingSelection extends CodePointRange {
  /** Just under the selection's last line, where the toolbar goes. */
  spot: Spot;
}

export interface Caret extends Spot {
  height: number;
}

/** A client rect as a spot in the area, which scrolls with it. */
export function spotIn(area: HTMLElement, rect: DOMRect, below = true): Spot {
  const box = area.getBoundingClientRect();
  return { top: (below ? rect.bottom : rect.top) - box.top, left: rect.left - box.left };
}

/** The passage a DOM range selects in the reading view, or null if none worth highlighting. */
function passageIn(view: HTMLElement, text: string, range: Range): CodePointRange | null {
  const offsets = utf16RangeWithin(view, range);
  return offsets && passageFromUtf16(text, offsets);
}

/**
 * The passage selected in the reading view right now. Key handlers read this rather than the
 * state below: selectionchange arrives a task later, and a fast typist's H must not be lost.
 */
export function currentPassage(view: HTMLElement, text: string): CodePointRange | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return passageIn(view, text, selection.getRangeAt(0));
}

/**
 * Follows the document's selection and reports the passage selected in the reading view (code
 * points of `text`, whole grapheme clusters) and, while the view has focus and nothing is
 * selected, where its caret is: the view is not editable, so the browser draws no caret there.
 */
export function useReadingSelection(
  area: RefObject<HTMLElement | null>,
  view: RefObject<HTMLElement | null>,
  text: string,
): { pending: PendingSelection | null; caret: Caret | null } {
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [caret, setCaret] = useState<Caret | null>(null);

  useEffect(() => {
    const update = () => {
      const selection = document.getSelection();
      const root = view.current;
      const frame = area.current;
      if (!selection || selection.rangeCount === 0 || !root || !frame) {
        setPending(null);
        setCaret(null);
        return;
      }
      const range = selection.getRangeAt(0);
      if (range.collapsed) {
        setPending(null);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        const visible = document.activeElement === root && root.contains(range.startContainer) && rect.height > 0;
        setCaret(visible ? { ...spotIn(frame, rect, false), height: rect.height } : null);
        return;
      }
      setCaret(null);
      const passage = passageIn(root, text, range);
      if (!passage) {
        setPending(null);
        return;
      }
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
      setPending({ ...passage, spot: spotIn(frame, last) });
    };
    update();
    document.addEventListener('selectionchange', update);
    // Focus changes show or hide the caret without changing the selection.
    const root = view.current;
    root?.addEventListener('focus', update);
    root?.addEventListener('blur', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      root?.removeEventListener('focus', update);
      root?.removeEventListener('blur', update);
    };
  }, [area, view, text]);

  return { pending, caret };
}
