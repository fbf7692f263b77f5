import { describe, expect, it } from 'vitest';
import { describeSelection } from '../../../../shared/annotations';
import type { AnnotationRecord } from '../../../../shared/domain/records';
import { placeAnnotations } from './placement';

const TEXT = 'Regarding the naming rules (关于在华举办国际会议的管理办法) 👍 the rules apply.';

let clock = 0;
function record(fields: Partial<AnnotationRecord>): AnnotationRecord {
  clock += 1;
  const at = new Date(Date.UTC(2024, 0, 1, 0, 0, clock)).toISOString();
  return {
    id: `ann-${clock}`,
    itemKind: 'policy',
    itemId: 'pol-1',
    kind: 'highlight',
    body: '',
    color: 'yellow',
    tagIds: [],
    selector: null,
    anchor: 'anchored',
    author: 'Analyst',
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    origin: 'user',
    revision: 1,
    ...fields,
  };
}

/** A highlight on the first occurrence of `quote` in TEXT, as the data layer would store it. */
function highlightOn(quote: string, fields: Partial<AnnotationRecord> = {}): AnnotationRecord {
  const start = [...TEXT.slice(0, TEXT.indexOf(quote))].length;
  const { quote: q, position } = describeSelection(TEXT, start, start + [...quote].length);
  return record({ selector: { quote: q, position }, ...fields });
}

describe('placeAnnotations', () => {
  it('places highlights in text order, whatever order they were made in', () => {
    const later = highlightOn('国际会议');
    const earlier = highlightOn('naming rules');
    const { placed } = placeAnnotations(TEXT, [later, earlier]);
    expect(placed.map((p) => [p.annotation.id, p.start, p.end])).toEqual([
      [earlier.id, 14, 26],
      [later.id, 34, 38],
    ]);
  });

  it('keeps notes on the whole item apart, oldest first', () => {
    const first = record({ kind: 'note', body: 'first', color: null, anchor: null });
    const second = record({ kind: 'note', body: 'second', color: null, anchor: null });
    const { notes, placed } = placeAnnotations(TEXT, [second, first]);
    expect(notes.map((n) => n.body)).toEqual(['first', 'second']);
    expect(placed).toEqual([]);
  });

  it('never draws a highlight the data layer marked orphaned, even if its quote is there', () => {
    const orphan = highlightOn('naming rules', { anchor: 'orphaned' });
    const { placed, needsAttention } = placeAnnotations(TEXT, [orphan]);
    expect(placed).toEqual([]);
    expect(needsAttention).toMatchObject([
      { annotation: { id: orphan.id }, reason: 'quote-gone', suggestion: { start: 14, end: 26 } },
    ]);
  });

  it('lists a highlight whose quote left the text, instead of drawing it at its old offsets', () => {
    const gone = highlightOn('国际会议');
    const edited = TEXT.replace('国际会议', '');
    const { placed, needsAttention } = placeAnnotations(edited, [gone]);
    expect(placed).toEqual([]);
    expect(needsAttention).toMatchObject([{ reason: 'quote-gone' }]);
  });

  it('draws a highlight at its stored place, and offers, not applies, a new place when that place no longer holds its quote', () => {
    const highlight = highlightOn('国际会议');
    expect(placeAnnotations(TEXT, [highlight]).placed.map((p) => [p.start, p.end])).toEqual([[34, 38]]);
    // Text changed without a save re-anchoring it (only the write path moves a highlight).
    const { placed, needsAttention } = placeAnnotations(`Preface. ${TEXT}`, [highlight]);
    expect(placed).toEqual([]);
    expect(needsAttention).toMatchObject([{ reason: 'quote-gone', suggestion: { start: 43, end: 47 } }]);
  });

  it('does not pick between two equally good look-alikes', () => {
    const rules = highlightOn('rules', {
      selector: { quote: { type: 'TextQuoteSelector', exact: 'rules', prefix: '', suffix: '' } },
    });
    const { needsAttention } = placeAnnotations(TEXT, [rules]);
    expect(needsAttention).toMatchObject([{ reason: 'ambiguous', candidates: 2 }]);
  });
});
