import { describe, expect, it } from 'vitest';
import { splitIntoSegments, type PlacedHighlight } from './segments';

const hl = (id: string, start: number, end: number): PlacedHighlight => ({ id, start, end, color: 'yellow' });
const view = (text: string, highlights: PlacedHighlight[]) =>
  splitIntoSegments(text, highlights).map((segment) => [segment.text, segment.highlights.map((h) => h.id).join('+')]);

describe('splitIntoSegments', () => {
  it('leaves text without highlights as one plain run', () => {
    expect(view('plain text', [])).toEqual([['plain text', '']]);
  });

  it('marks one passage and keeps the text around it', () => {
    expect(view('the naming rules apply', [hl('a', 4, 16)])).toEqual([
      ['the ', ''],
      ['naming rules', 'a'],
      [' apply', ''],
    ]);
  });

  it('splits overlapping highlights into runs that know every highlight over them', () => {
    expect(view('abcdefgh', [hl('a', 1, 5), hl('b', 3, 7)])).toEqual([
      ['a', ''],
      ['bc', 'a'],
      ['de', 'a+b'],
      ['fg', 'b'],
      ['h', ''],
    ]);
  });

  it('puts a nested highlight on top of the one around it, whichever came first', () => {
    const segments = splitIntoSegments('abcdef', [hl('inner', 2, 4), hl('outer', 0, 6)]);
    expect(segments.map((segment) => segment.highlights.map((h) => h.id))).toEqual([['outer'], ['outer', 'inner'], ['outer']]);
  });

  it('counts code points, so Chinese and emoji land on the right characters', () => {
    // 𠀀 (U+20000) and 👍 are two UTF-16 units each, one code point each.
    const text = '𠀀关于在华举办国际会议👍的管理办法';
    expect(view(text, [hl('a', 7, 12)])).toEqual([
      ['𠀀关于在华举办', ''],
      ['国际会议👍', 'a'],
      ['的管理办法', ''],
    ]);
  });

  it('keeps a run of the whole text when two highlights cover the same passage', () => {
    expect(view('same', [hl('a', 0, 4), hl('b', 0, 4)])).toEqual([['same', 'a+b']]);
  });

  it('ignores highlights outside the text or empty, which are not drawable', () => {
    expect(view('short', [hl('a', 2, 9), hl('b', 3, 3)])).toEqual([['short', '']]);
  });
});
