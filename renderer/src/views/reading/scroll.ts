/** The nearest ancestor that scrolls vertically (the app's main pane), or the document's. */
function scrollParent(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return document.scrollingElement as HTMLElement;
}

/**
 * Keeps the moving end of the selection on screen while a keyboard user extends it line by
 * line; Selection.modify moves the selection but does not scroll to it.
 */
export function keepSelectionFocusInView(view: HTMLElement): void {
  const selection = document.getSelection();
  if (!selection?.focusNode) return;
  const point = document.createRange();
  point.setStart(selection.focusNode, selection.focusOffset);
  const rect = point.getClientRects()[0] ?? point.getBoundingClientRect();
  if (rect.height === 0) return;
  const scroller = scrollParent(view);
  const bounds =
    scroller === document.scrollingElement ? { top: 0, bottom: window.innerHeight } : scroller.getBoundingClientRect();
  const margin = 40;
  if (rect.top < bounds.top + margin) scroller.scrollTop -= bounds.top + margin - rect.top;
  else if (rect.bottom > bounds.bottom - margin) scroller.scrollTop += rect.bottom - (bounds.bottom - margin);
}
