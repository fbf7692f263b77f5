import { describe, expect, it } from 'vitest';
import { anchorResultSchema, passageSelectorsSchema, textPositionSelectorSchema } from './selectors';

describe('selector schemas', () => {
  it('loads a W3C quote selector without prefix or suffix', () => {
    expect(passageSelectorsSchema.parse({ quote: { type: 'TextQuoteSelector', exact: '国际会议' } })).toEqual({
      quote: { type: 'TextQuoteSelector', exact: '国际会议', prefix: '', suffix: '' },
    });
  });

  it('rejects empty, negative and fractional positions', () => {
    expect(textPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', start: 3, end: 3 }).success).toBe(false);
    expect(textPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', start: -1, end: 3 }).success).toBe(false);
    expect(textPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', start: 0.5, end: 3 }).success).toBe(false);
  });

  it('accepts both anchoring outcomes and nothing in between', () => {
    expect(anchorResultSchema.safeParse({ status: 'anchored', start: 1, end: 2, moved: false }).success).toBe(true);
    expect(anchorResultSchema.safeParse({ status: 'orphaned', reason: 'ambiguous', candidates: 2 }).success).toBe(true);
    expect(anchorResultSchema.safeParse({ status: 'orphaned', reason: 'look-alike' }).success).toBe(false);
    expect(anchorResultSchema.safeParse({ status: 'anchored', start: 1, end: 2 }).success).toBe(false);
  });
});
