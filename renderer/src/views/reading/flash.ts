/**
 * Bringing an annotation into view: its marks in the text (a highlight split by overlaps has
 * several), its card in the Notes section or its entry under "Needs attention", scrolled to the middle and flashed so the eye finds
 * it. DOM-only on purpose: any list (the margin, the workspace via ?annotation=) can call it
 * without sharing state with the reading view.
 */

const FLASH_MS = 2000;

function flash(element: HTMLElement): void {
  element.classList.remove('flash');
  // Forcing a reflow restarts the animation when the same passage is shown twice in a row.
  void element.offsetWidth;
  element.classList.add('flash');
  window.setTimeout(() => element.classList.remove('flash'), FLASH_MS);
}

/** The marks of one highlight in the reading view. */
export function marksOf(id: string, root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark[data-annotation-ids~="${CSS.escape(id)}"]`)];
}

/** Scrolls to and flashes an annotation; false when it is not on the page. */
export function showAnnotation(id: string): boolean {
  const marks = marksOf(id);
  // A note on the whole item, or a highlight waiting in "Needs attention", has no marks.
  const card = document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"], [data-attention-id="${CSS.escape(id)}"]`);
  const targets = marks.length > 0 ? marks : card ? [card] : [];
  if (targets.length === 0) return false;
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  targets[0]!.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  targets.forEach(flash);
  return true;
}
