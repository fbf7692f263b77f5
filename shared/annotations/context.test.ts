import { describe, expect, it } from 'vitest';
import { contextScore, MIN_CONTEXT_MATCH, pickClearWinner } from './context';

const quote = { type: 'TextQuoteSelector' as const, exact: 'X', prefix: 'Article 4. ', suffix: ' shall' };

describe('contextScore', () => {
  it('counts matching code points outwards from the passage on both sides', () => {
    const text = 'Article 3. X shall';
    // Prefix matches ". " back to the differing digit (2 code points), the suffix fully (6).
    expect(contextScore(text, { start: 11, end: 12 }, quote)).toBe(2 + 6);
  });

  it('counts an astral character of context as one code point', () => {
    const astral = { ...quote, prefix: '𠀀', suffix: '' };
    expect(contextScore('𠀀X', { start: 2, end: 3 }, astral)).toBe(1);
  });

  it('does not count half of an astral character as matching context', () => {
    // U+20000 and U+20001 share their high surrogate and differ in the low one.
    const astral = { ...quote, prefix: 'a𠀀', suffix: '𠀀b' };
    expect(contextScore('a𠀁X𠀁b', { start: 3, end: 4 }, astral)).toBe(0);
    expect(contextScore('a𠀀X𠀀c', { start: 3, end: 4 }, astral)).toBe(2 + 1);
  });
});

describe('pickClearWinner', () => {
  it('picks a candidate that matches strictly more context than all others', () => {
    expect(pickClearWinner([3, 20, 9], 64)).toBe(1);
  });

  it('picks nobody on a tie for first place', () => {
    expect(pickClearWinner([20, 3, 20], 64)).toBeNull();
  });

  it(`picks nobody whose lead rests on fewer than ${MIN_CONTEXT_MATCH} code points of context`, () => {
    expect(pickClearWinner([MIN_CONTEXT_MATCH - 1, 0], 64)).toBeNull();
    expect(pickClearWinner([MIN_CONTEXT_MATCH, 0], 64)).toBe(0);
  });

  it('accepts all of a short stored context as enough, but never an empty one', () => {
    expect(pickClearWinner([3, 1], 3)).toBe(0);
    expect(pickClearWinner([0, 0], 0)).toBeNull();
  });
});
