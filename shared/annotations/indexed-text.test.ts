import { describe, expect, it } from 'vitest';
import { indexText, splitGraphemes } from './indexed-text';

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Boundaries from segmenting the whole text in one piece: the reference. */
function referenceBoundaries(text: string): boolean[] {
  const marks = Array.from({ length: text.length + 1 }, () => false);
  marks[text.length] = true;
  for (const { index } of segmenter.segment(text)) marks[index] = true;
  return marks;
}

// Pieces chosen to exercise every UAX #29 rule next to the plain text that skips segmentation:
// CR LF, Hangul jamo, prepend, spacing marks, Indic conjuncts, runs of regional indicators,
// ZWJ sequences, a combining mark straight after ASCII, CJK tone marks after an ideograph.
const PIECES = [
  'a', ' ', '国', '。', '\r', '\n', '\r\n', '\t', '\u0301', '\u200d', '👩', '🇨', '🇳', '🇨🇳', '\u1100', '\u1161', '\u11a8',
  '\u0600', '1', 'क', '्', 'ष', 'ि', '\u302a', '👍', '🏽', '𠀀', '\ud800', '©', '\ufe0f',
]; // prettier-ignore

function random(seed: number): () => number {
  // mulberry32, as in properties.test.ts.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('indexText', () => {
  it('finds exactly the boundaries that segmenting the whole text finds', () => {
    const next = random(7);
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let i = 0, count = 1 + Math.floor(next() * 40); i < count; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const indexed = indexText(text);
      const expected = referenceBoundaries(text);
      const actual = expected.map((_, offset) => indexed.isBoundary(offset));
      expect(actual, `case ${n}: ${JSON.stringify(text)}`).toEqual(expected);
    }
  });

  it('widens an offset inside a cluster to the cluster around it', () => {
    const indexed = indexText('ab🇨🇳🇯🇵\r\ncd');
    expect(indexed.boundaryAtOrBefore(5)).toBe(2);
    expect(indexed.boundaryAtOrAfter(5)).toBe(6);
    expect(indexed.boundaryAtOrBefore(11)).toBe(10); // between CR and LF
    expect(indexed.boundaryAtOrAfter(11)).toBe(12);
  });

  it('splits a text into its grapheme clusters', () => {
    expect(splitGraphemes('国际👨‍👩‍👧q\u0301🇨🇳\r\n')).toEqual(['国', '际', '👨‍👩‍👧', 'q\u0301', '🇨🇳', '\r\n']);
    expect(splitGraphemes('')).toEqual([]);
  });
});
