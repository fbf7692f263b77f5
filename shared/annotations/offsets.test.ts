import { describe, expect, it } from 'vitest';
import { AnchoringInputError } from './errors';
import { codePointLength, codePointToUtf16, createOffsetIndex, utf16ToCodePoint } from './offsets';

// 𠀀 is U+20000, CJK Extension B: one code point, two UTF-16 units.
const text = 'a𠀀b𠀀𠀀c';

describe('offsets', () => {
  it('counts an astral character as one code point', () => {
    expect(text.length).toBe(9);
    expect(codePointLength(text)).toBe(6);
    expect(codePointLength('国际会议')).toBe(4);
    expect(codePointLength('')).toBe(0);
  });

  it('converts UTF-16 offsets around astral characters to code points', () => {
    expect([0, 1, 3, 4, 6, 8, 9].map((offset) => utf16ToCodePoint(text, offset))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('converts code points back to the same UTF-16 offsets', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => codePointToUtf16(text, offset))).toEqual([0, 1, 3, 4, 6, 8, 9]);
  });

  it('refuses a UTF-16 offset inside a surrogate pair unless told which way to round', () => {
    expect(() => utf16ToCodePoint(text, 2)).toThrow(/inside a surrogate pair/);
    expect(utf16ToCodePoint(text, 2, 'down')).toBe(1);
    expect(utf16ToCodePoint(text, 2, 'up')).toBe(2);
  });

  it('round-trips every code point offset of a text with emoji, CJK and lone surrogates', () => {
    const mixed = '政策👨‍👩‍👧 policy 🇨🇳\ud800x𠀀';
    const index = createOffsetIndex(mixed);
    expect(index.codePointLength).toBe(Array.from(mixed).length);
    for (let cp = 0; cp <= index.codePointLength; cp++) {
      expect(index.toCodePoint(index.toUtf16(cp))).toBe(cp);
    }
  });

  it('rejects offsets that are negative, fractional or past the end with a clear error', () => {
    expect(() => codePointToUtf16(text, 7)).toThrow(/from 0 to 6, got 7/);
    expect(() => utf16ToCodePoint(text, -1)).toThrow(AnchoringInputError);
    expect(() => utf16ToCodePoint(text, 1.5)).toThrow(/whole number/);
  });
});
