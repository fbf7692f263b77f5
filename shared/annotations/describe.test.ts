import { describe, expect, it } from 'vitest';
import { describeSelection } from './describe';
import { AnchoringInputError } from './errors';

describe('describeSelection', () => {
  it('records the exact text, its position and up to 32 code points of context on each side', () => {
    const text = 'By 2025, build twenty world-class academic societies and ten journals in the top 100 of their fields.';
    const start = text.indexOf('twenty');
    const end = start + 'twenty world-class academic societies'.length;
    const { quote, position } = describeSelection(text, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'twenty world-class academic societies',
      prefix: 'By 2025, build ',
      suffix: ' and ten journals in the top 100',
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('takes as much context as asked for', () => {
    const { quote } = describeSelection('abcdefghij', 4, 6, { context: 2 });
    expect(quote).toMatchObject({ prefix: 'cd', exact: 'ef', suffix: 'gh' });
    expect(describeSelection('abcdefghij', 4, 6, { context: 0 }).quote).toMatchObject({ prefix: '', suffix: '' });
  });

  it('counts the position in code points and widens it over a split emoji', () => {
    const text = '会议👨‍👩‍👧结束';
    // Code points: 会 0, 议 1, family 2..7, 结 7, 束 8. The selection stops inside the family.
    const { quote, position } = describeSelection(text, 1, 4);
    expect(quote.exact).toBe('议👨‍👩‍👧');
    expect(position).toMatchObject({ start: 1, end: 7 });
  });

  it('cuts context inwards rather than through a cluster', () => {
    const text = '🇨🇳🇯🇵 passage 🇺🇸🇨🇳';
    // Three code points of context would take half a flag; only whole flags are kept.
    const { quote } = describeSelection(text, 4, 13, { context: 3 });
    expect(quote).toMatchObject({ prefix: '🇯🇵', exact: ' passage ', suffix: '🇺🇸' });
  });

  it('refuses an empty selection', () => {
    expect(() => describeSelection('abc', 1, 1)).toThrow(expect.objectContaining({ code: 'empty-selection' }));
  });

  it('refuses a selection of only whitespace, including ideographic spaces', () => {
    expect(() => describeSelection('a \u3000\nb', 1, 4)).toThrow(expect.objectContaining({ code: 'blank-selection' }));
  });

  it('refuses a selection outside the text or backwards', () => {
    expect(() => describeSelection('abc', 0, 4)).toThrow(/The end must be a whole number from 0 to 3, got 4/);
    expect(() => describeSelection('abc', 2, 1)).toThrow(expect.objectContaining({ code: 'invalid-range' }));
    expect(() => describeSelection('abc', 0, 1, { context: -1 })).toThrow(AnchoringInputError);
  });

  it('refuses text that is not NFC, since its offsets would not match the stored text', () => {
    expect(() => describeSelection('cafe\u0301', 0, 4)).toThrow(expect.objectContaining({ code: 'text-not-normalised' }));
  });
});
