import { codePointRangeFromUtf16, type CodePointRange, type Utf16Range } from '../../../../shared/annotations';

/**
 * From a DOM selection to the code points the selectors count, in two steps:
 * 1. DOM → UTF-16 offsets into the reading view's text. The view holds nothing but the policy's
 *    text (marks add elements, never characters), so its text content *is* the stored text and
 *    a Range's toString() length from the view's start is the UTF-16 offset.
 * 2. UTF-16 → code points, widened to whole grapheme clusters (shared/annotations does this).
 */

/** The UTF-16 offset of a DOM boundary point (node, offset) within root's text. */
export function utf16OffsetOf(root: Node, node: Node, offset: number): number {
  const before = root.ownerDocument!.createRange();
  before.selectNodeContents(root);
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * The part of a DOM Range inside root, as UTF-16 offsets into root's text; null when the range
 * does not reach into root. A selection dragged from outside the view is cut to the view.
 */
export function utf16RangeWithin(root: Node, range: Range): Utf16Range | null {
  if (!range.intersectsNode(root)) return null;
  const whole = root.ownerDocument!.createRange();
  whole.selectNodeContents(root);
  const length = whole.toString().length;
  const offsetOf = (node: Node, offset: number) => {
    const where = whole.comparePoint(node, offset);
    return where < 0 ? 0 : where > 0 ? length : utf16OffsetOf(root, node, offset);
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return start < end ? { start, end } : null;
}

/**
 * The passage a UTF-16 selection of `text` stands for, in code points and whole grapheme
 * clusters; null when nothing worth highlighting is selected (empty, or only spacing).
 */
export function passageFromUtf16(text: string, selection: Utf16Range): CodePointRange | null {
  const start = Math.max(0, Math.min(selection.start, text.length));
  const end = Math.max(start, Math.min(selection.end, text.length));
  if (text.slice(start, end).trim() === '') return null;
  return codePointRangeFromUtf16(text, start, end);
}

/** A DOM Range over [start, end) UTF-16 offsets of root's text, walking its text nodes. */
export function domRangeFromUtf16(root: Node, start: number, end: number): Range | null {
  const document = root.ownerDocument!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.length;
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}
