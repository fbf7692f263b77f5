import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describeSelection } from './describe';
import { reanchorAll } from './reanchor';

// Chinese is mostly in the Basic Multilingual Plane (one code point, one UTF-16 unit, one
// cluster per character), so the traps are the context, the mixing with English and the
// rare astral characters of Extension B.
const paragraph =
  '为规范外事管理，2006年中共中央办公厅、国务院办公厅印发《关于在华举办国际会议的管理办法》（中办发〔2006〕10号），' +
  '明确由科协系统主办的国际会议须经审批。此后，各学会举办国际会议的数量逐年增加。';

function cp(text: string, passage: string, from = 0): number {
  const at = text.indexOf(passage, from);
  return Array.from(text.slice(0, at)).length;
}

describe('anchoring Chinese text', () => {
  it('selects 国际会议 inside the title with Chinese prefix and suffix', () => {
    const title = '关于在华举办国际会议的管理办法';
    const start = cp(paragraph, '国际会议', paragraph.indexOf(title));
    const { quote, position } = describeSelection(paragraph, start, start + 4, { context: 8 });
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '国际会议',
      prefix: '发《关于在华举办',
      suffix: '的管理办法》（中',
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 4 });
    expect(anchor(paragraph, { quote, position })).toEqual({ status: 'anchored', start, end: start + 4, moved: false });
  });

  it('tells the three 国际会议 apart by their Chinese context after an edit before them', () => {
    const start = cp(paragraph, '国际会议', paragraph.indexOf('科协'));
    const selectors = describeSelection(paragraph, start, start + 4);
    const edited = '【摘要】' + paragraph;
    expect(anchor(edited, selectors)).toEqual({ status: 'anchored', start: start + 4, end: start + 8, moved: true });
  });

  it('orphans 国际会议 when its context can no longer tell the copies apart', () => {
    const source = '第一条 举办国际会议。第二条 举办国际会议。';
    const selectors = describeSelection(source, 6, 10, { context: 3 });
    expect(selectors.quote).toMatchObject({ prefix: ' 举办', suffix: '。第二' });
    // A new first paragraph, and a new 第三条 followed by a stray 第二条: the first and the last
    // 国际会议 now both match all six stored context characters.
    const edited = '总则。第一条 举办国际会议。第二条 举办国际会议。第三条 举办国际会议。第二条';
    expect(anchor(edited, selectors)).toMatchObject({ status: 'orphaned', reason: 'ambiguous' });
  });

  it('handles mixed Chinese and English with document numbers', () => {
    const text = 'The 2006 rules (中办发〔2006〕10号) govern 国际会议 held in China by CAST member societies.';
    const start = cp(text, '中办发〔2006〕10号');
    const selectors = describeSelection(text, start, start + 12);
    expect(selectors.quote.exact).toBe('中办发〔2006〕10号');
    expect(anchor('Summary. ' + text, selectors)).toMatchObject({ status: 'anchored', start: start + 9, moved: true });
  });

  it('counts an Extension B character as one code point in positions', () => {
    const text = '𠀀字在前，国际会议在后';
    const { position } = describeSelection(text, 5, 9);
    expect(position).toMatchObject({ start: 5, end: 9 });
    expect(text.slice(6, 10)).toBe('国际会议'); // UTF-16 offsets are one further along
  });

  it('offers a re-wrapped Chinese line only as a suggestion', () => {
    const start = cp(paragraph, '关于在华举办国际会议的管理办法');
    const [outcome] = reanchorAll(paragraph, paragraph.replace('举办国际', '举办\n国际'), [
      describeSelection(paragraph, start, start + 15),
    ]);
    expect(outcome?.result).toEqual({
      status: 'orphaned',
      reason: 'quote-gone',
      suggestion: { start, end: start + 16, differs: 'whitespace' },
    });
  });
});
