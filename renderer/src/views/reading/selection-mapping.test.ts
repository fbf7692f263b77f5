// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domRangeFromUtf16, passageFromUtf16, utf16OffsetOf, utf16RangeWithin } from './selection-mapping';

/** A reading view as ReadingView renders it: text runs and marks, nothing else. */
function readingView(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = 'ab👍<mark>国际</mark>会议 end';
  document.body.replaceChildren(root);
  return root;
}

describe('passageFromUtf16', () => {
  it('turns UTF-16 offsets into code points', () => {
    // "👍" is two UTF-16 units and one code point.
    expect(passageFromUtf16('ab👍国际会议', { start: 4, end: 6 })).toEqual({ start: 3, end: 5 });
  });

  it('widens a selection that cuts an emoji in half to the whole emoji', () => {
    expect(passageFromUtf16('ab👍cd', { start: 3, end: 6 })).toEqual({ start: 2, end: 5 });
  });

  it('takes a letter with its combining accent together', () => {
    // q + U+0301 has no precomposed form, so even in NFC it is one cluster of two code points.
    expect(passageFromUtf16('xq\u0301y', { start: 1, end: 2 })).toEqual({ start: 1, end: 3 });
  });

  it('refuses an empty or whitespace-only selection', () => {
    expect(passageFromUtf16('a  b', { start: 1, end: 1 })).toBeNull();
    expect(passageFromUtf16('a  b', { start: 1, end: 3 })).toBeNull();
  });
});

describe('DOM offsets in the reading view', () => {
  it('counts a boundary inside a mark from the start of the view', () => {
    const root = readingView();
    const mark = root.querySelector('mark')!;
    expect(utf16OffsetOf(root, mark.firstChild!, 1)).toBe(5);
  });

  it('maps a range across a mark to its offsets in the text', () => {
    const root = readingView();
    const range = document.createRange();
    range.setStart(root.querySelector('mark')!.firstChild!, 1);
    range.setEnd(root.lastChild!, 2);
    expect(utf16RangeWithin(root, range)).toEqual({ start: 5, end: 8 });
  });

  it('cuts a selection that starts outside the view at the view’s start', () => {
    const root = readingView();
    const before = document.createElement('p');
    before.textContent = 'heading';
    root.before(before);
    const range = document.createRange();
    range.setStart(before.firstChild!, 2);
    range.setEnd(root.firstChild!, 2);
    expect(utf16RangeWithin(root, range)).toEqual({ start: 0, end: 2 });
  });

  it('returns null for a selection elsewhere on the page', () => {
    const root = readingView();
    const after = document.createElement('p');
    after.textContent = 'elsewhere';
    root.after(after);
    const range = document.createRange();
    range.selectNodeContents(after);
    expect(utf16RangeWithin(root, range)).toBeNull();
  });

  it('builds a DOM range back from offsets, across text nodes', () => {
    const root = readingView();
    expect(domRangeFromUtf16(root, 4, 8)?.toString()).toBe('国际会议');
  });
});
