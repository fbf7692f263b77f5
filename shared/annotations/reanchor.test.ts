import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describeSelection } from './describe';
import { reanchorAll } from './reanchor';

const text =
  'Article 3. The Ministry shall publish the list every year. ' +
  'Article 4. The Ministry shall publish the list every year. ' +
  'Article 5. Other duties.';
const quote = 'The Ministry shall publish the list';
const first = text.indexOf(quote);
const second = text.indexOf(quote, first + 1);
const other = text.indexOf('Other duties');

describe('reanchorAll', () => {
  it('follows twin passages exactly through an insertion before them, where anchor() alone cannot tell them apart', () => {
    // No stored context at all: only the edit says which copy is which.
    const passages = [
      describeSelection(text, first, first + quote.length, { context: 0 }),
      describeSelection(text, second, second + quote.length, { context: 0 }),
    ];
    const edited = 'Preamble. ' + text;
    expect(anchor(edited, passages[1]!)).toMatchObject({ status: 'orphaned', reason: 'ambiguous' });
    expect(reanchorAll(text, edited, passages).map((o) => o.result)).toEqual([
      { status: 'anchored', start: first + 10, end: first + 10 + quote.length, moved: true },
      { status: 'anchored', start: second + 10, end: second + 10 + quote.length, moved: true },
    ]);
  });

  it('orphans twin passages when one edit rewrites the context that told them apart', () => {
    const edited = 'Preamble. ' + text.replaceAll(/Article \d\./g, 'Art.');
    const outcomes = reanchorAll(text, edited, [
      describeSelection(text, first, first + quote.length),
      describeSelection(text, second, second + quote.length),
    ]);
    expect(outcomes.map((o) => o.result)).toEqual([
      { status: 'orphaned', reason: 'ambiguous', candidates: 2 },
      { status: 'orphaned', reason: 'ambiguous', candidates: 2 },
    ]);
  });

  it('re-anchors one annotation and orphans another after an edit inside the second', () => {
    const edited = text.replace('Other duties', 'Further duties');
    const [kept, lost] = reanchorAll(text, edited, [
      describeSelection(text, first, first + quote.length),
      describeSelection(text, other, other + 'Other duties'.length),
    ]);
    expect(kept?.result).toEqual({ status: 'anchored', start: first, end: first + quote.length, moved: false });
    expect(lost?.result).toEqual({ status: 'orphaned', reason: 'quote-gone' });
  });

  it('stores fresh context for anchored passages and keeps the old quote of orphans', () => {
    const selectors = describeSelection(text, other, other + 'Other duties'.length);
    const [moved] = reanchorAll(text, 'New. ' + text, [describeSelection(text, first, first + 10)]);
    expect(moved?.selectors.quote.prefix).toBe('New. Article 3. ');
    expect(moved?.selectors.position).toEqual({ type: 'TextPositionSelector', start: first + 5, end: first + 15 });
    const [orphan] = reanchorAll(text, text.replace('Other', 'No'), [selectors]);
    expect(orphan?.selectors).toEqual(selectors);
  });

  it('falls back to search when the stored position was already stale', () => {
    const stale = {
      quote: { type: 'TextQuoteSelector' as const, exact: 'Other duties', prefix: 'Article 5. ', suffix: '.' },
      position: { type: 'TextPositionSelector' as const, start: 0, end: 12 },
    };
    const [outcome] = reanchorAll(text, text + ' End.', [stale]);
    expect(outcome?.result).toEqual({ status: 'anchored', start: other, end: other + 12, moved: true });
  });

  it('does not follow a passage whose last letter gained a combining mark', () => {
    const source = 'Iraq and Iran';
    const [outcome] = reanchorAll(source, 'Iraq\u0301 and Iran', [describeSelection(source, 0, 4)]);
    expect(outcome?.result).toMatchObject({ status: 'orphaned', reason: 'quote-gone' });
  });

  it('returns nothing for no annotations and refuses texts that are not NFC', () => {
    expect(reanchorAll('a', 'b', [])).toEqual([]);
    expect(() => reanchorAll('a', 'cafe\u0301', [])).toThrow(/The new text is not in Unicode NFC/);
  });
});
