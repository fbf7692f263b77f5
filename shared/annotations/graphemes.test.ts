import { describe, expect, it } from 'vitest';
import { isGraphemeBoundary, snapToGraphemes } from './graphemes';
import { codePointRangeFromUtf16, utf16RangeFromCodePoints } from './ranges';

const family = '👨‍👩‍👧'; // man ZWJ woman ZWJ girl: 5 code points, one cluster
const thumb = '👍🏽'; // thumbs up + skin tone modifier: 2 code points
const flags = '🇺🇸🇨🇳'; // four regional indicators, two flags

describe('snapToGraphemes', () => {
  it('widens a range that starts inside a ZWJ family to the whole family', () => {
    const text = `a${family}b`;
    expect(snapToGraphemes(text, 3, 7)).toEqual({ start: 1, end: 7 });
  });

  it('widens a range that ends inside a ZWJ family to the whole family', () => {
    const text = `a${family}b`;
    expect(snapToGraphemes(text, 0, 2)).toEqual({ start: 0, end: 6 });
  });

  it('keeps a skin tone with its hand', () => {
    const text = `ok ${thumb}!`;
    expect(snapToGraphemes(text, 3, 4)).toEqual({ start: 3, end: 5 });
    expect(snapToGraphemes(text, 4, 6)).toEqual({ start: 3, end: 6 });
  });

  it('never takes half of a flag', () => {
    expect(snapToGraphemes(flags, 1, 3)).toEqual({ start: 0, end: 4 });
    expect(snapToGraphemes(flags, 2, 3)).toEqual({ start: 2, end: 4 });
  });

  it('keeps combining marks with their letter', () => {
    // NFC has no precomposed q with acute, so the mark stays a second code point.
    const text = 'Iraq\u0301 x';
    expect(snapToGraphemes(text, 0, 4)).toEqual({ start: 0, end: 5 });
  });

  it('leaves ranges already on cluster boundaries, and Chinese characters, alone', () => {
    expect(snapToGraphemes('关于在华举办国际会议', 6, 10)).toEqual({ start: 6, end: 10 });
    expect(snapToGraphemes(`x${family}`, 1, 6)).toEqual({ start: 1, end: 6 });
  });

  it('reports which offsets are between clusters', () => {
    expect([0, 1, 2, 3, 4].map((offset) => isGraphemeBoundary(flags, offset))).toEqual([true, false, true, false, true]);
  });

  it('rejects a range that ends before it starts', () => {
    expect(() => snapToGraphemes('abc', 2, 1)).toThrow(/starts at 2, after its end at 1/);
  });
});

describe('DOM offsets', () => {
  it('turns a DOM selection in UTF-16 units into whole clusters in code points', () => {
    const text = `见${family}和𠀀。`;
    // UTF-16: 见 0, family 1..9, 和 9, 𠀀 10..12, 。12
    expect(codePointRangeFromUtf16(text, 3, 11)).toEqual({ start: 1, end: 8 });
  });

  it('turns a stored code point range back into UTF-16 offsets for a DOM Range', () => {
    const text = `见${family}和𠀀。`;
    const { start, end } = utf16RangeFromCodePoints(text, 6, 8);
    expect(text.slice(start, end)).toBe('和𠀀');
  });
});
