import { describe, expect, it } from 'vitest';
import unicodeRanges from '@fontsource/noto-sans-sc/unicode.json';
import { STATUS_SYMBOLS } from '../../../../../shared/briefing/figures';
import { codePointsOf, parseUnicodeRange, subsetsForText, subsetsFromUnicodeJson } from './font-subsets';

describe('unicode-range parsing', () => {
  it('reads single code points, ranges and wildcards, sorted', () => {
    expect(parseUnicodeRange('U+4e00-4e0f, U+0041,U+1F1E9-1F1F5,u+4??')).toEqual([
      [0x41, 0x41],
      [0x400, 0x4ff],
      [0x4e00, 0x4e0f],
      [0x1f1e9, 0x1f1f5],
    ]);
  });

  it('refuses what is not a unicode-range, so a changed font package fails loudly', () => {
    expect(() => parseUnicodeRange('4e00')).toThrow('Not a unicode-range');
    expect(() => parseUnicodeRange('U+4e00-')).toThrow('Not a unicode-range');
    expect(() => parseUnicodeRange('U+4e0f-4e00')).toThrow('ends before it starts');
  });

  it('reads every file and range of the shipped font package', () => {
    const subsets = subsetsFromUnicodeJson(unicodeRanges, 'noto-sans-sc', 400);
    expect(subsets.length).toBeGreaterThan(90);
    expect(subsets.every((subset) => subset.file.endsWith('-400-normal.woff2') && subset.ranges.length > 0)).toBe(true);
    expect(subsets.map((subset) => subset.file)).toEqual(
      expect.arrayContaining(['noto-sans-sc-latin-400-normal.woff2', 'noto-sans-sc-119-400-normal.woff2']),
    );
  });
});

describe('choosing font files for a text', () => {
  const subsets = subsetsFromUnicodeJson(unicodeRanges, 'noto-sans-sc', 400);
  const files = (text: string) => subsetsForText(subsets, text).map((subset) => subset.file);

  it('counts each character once and ignores spaces and line breaks', () => {
    expect(codePointsOf('a b\na\u00a0𠀀')).toEqual([0x61, 0x62, 0x20000]);
  });

  it('chooses nothing for a text with nothing to draw', () => {
    expect(files(' \n\t')).toEqual([]);
  });

  it('chooses only the files holding the characters present', () => {
    const chosen = files('关于在华举办国际会议的管理办法');
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.length).toBeLessThan(12);
    // Every character is covered by some chosen file, and every chosen file covers one.
    const covering = (char: string) =>
      subsets.filter((subset) =>
        subset.ranges.some(([start, end]) => char.codePointAt(0)! >= start && char.codePointAt(0)! <= end),
      );
    for (const char of '关于在华举办国际会议的管理办法')
      expect(covering(char).some((subset) => chosen.includes(subset.file))).toBe(true);
    for (const file of chosen)
      expect([...'关于在华举办国际会议的管理办法'].some((char) => covering(char).some((s) => s.file === file))).toBe(true);
  });

  it('covers the status symbols and the punctuation a briefing prints', () => {
    const text = `${Object.values(STATUS_SYMBOLS).join('')}→—“”·›〔〕…`;
    for (const char of text) expect(files(char), `a file for ${char}`).not.toEqual([]);
  });

  it('keeps the package order, so overlapping ranges resolve as the package intends', () => {
    const chosen = subsetsForText(subsets, 'A中');
    const order = chosen.map((subset) => subsets.indexOf(subset));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
