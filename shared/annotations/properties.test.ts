import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describeSelection } from './describe';
import { codePointRangeFromUtf16 } from './ranges';
import { reanchorAll } from './reanchor';

/**
 * Properties checked over generated texts mixing English, Chinese, Extension B, emoji
 * sequences, flags, combining marks and spacing. The generator is seeded, so a failure names a
 * case that can be replayed exactly.
 */
function random(seed: number): () => number {
  // mulberry32: small, fast and good enough to spread test cases.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'the ', 'plan ', 'shall ', 'journal ', '2035 ', 'CAST ', '国际', '会议', '管理', '办法', '的', '。', '，',
  '𠀀', '𠀁', '👨‍👩‍👧', '👍🏽', '🇨🇳', '🇺🇸', 'q\u0301', 'é', '\n', '\u3000', 'ABC', 'x',
]; // prettier-ignore

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

function generateText(next: () => number, pieces: number): string {
  let text = '';
  for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text.normalize('NFC');
}

/** Grapheme boundaries in code points, computed independently of the code under test. */
function boundaries(text: string): Set<number> {
  const found = new Set<number>([Array.from(text).length]);
  for (const { index } of graphemes.segment(text)) found.add(Array.from(text.slice(0, index)).length);
  return found;
}

function randomSelection(next: () => number, text: string): { start: number; end: number } | null {
  const length = Array.from(text).length;
  const start = Math.floor(next() * length);
  const end = Math.min(length, start + 1 + Math.floor(next() * 12));
  const quote = Array.from(text).slice(start, end).join('');
  return quote.trim() === '' ? null : { start, end };
}

const CASES = 400;

describe('anchoring properties', () => {
  it('anchors a fresh description of any selection on the unchanged text at the same range', () => {
    const next = random(1);
    for (let n = 0; n < CASES; n++) {
      const text = generateText(next, 5 + Math.floor(next() * 30));
      const selection = randomSelection(next, text);
      if (!selection) continue;
      const selectors = describeSelection(text, selection.start, selection.end, { context: Math.floor(next() * 40) });
      const { start, end } = selectors.position;
      expect(anchor(text, selectors), `case ${n}: ${JSON.stringify(text)}`).toEqual({
        status: 'anchored',
        start,
        end,
        moved: false,
      });
    }
  });

  it('never leaves a described range, its prefix or its suffix in the middle of a grapheme cluster', () => {
    const next = random(2);
    for (let n = 0; n < CASES; n++) {
      const text = generateText(next, 5 + Math.floor(next() * 30));
      const selection = randomSelection(next, text);
      if (!selection) continue;
      const { quote, position } = describeSelection(text, selection.start, selection.end, { context: 5 });
      const cuts = boundaries(text);
      const prefixStart = position.start - Array.from(quote.prefix).length;
      const suffixEnd = position.end + Array.from(quote.suffix).length;
      for (const offset of [prefixStart, position.start, position.end, suffixEnd]) {
        expect(cuts.has(offset), `case ${n}: offset ${offset} in ${JSON.stringify(text)}`).toBe(true);
      }
      expect(position.start).toBeLessThanOrEqual(selection.start);
      expect(position.end).toBeGreaterThanOrEqual(selection.end);
      expect(Array.from(text).slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  it('converts any UTF-16 selection into a code point range on cluster boundaries that covers it', () => {
    const next = random(3);
    for (let n = 0; n < CASES; n++) {
      const text = generateText(next, 3 + Math.floor(next() * 20));
      const a = Math.floor(next() * (text.length + 1));
      const b = Math.floor(next() * (text.length + 1));
      const range = codePointRangeFromUtf16(text, Math.min(a, b), Math.max(a, b));
      const cuts = boundaries(text);
      expect(cuts.has(range.start) && cuts.has(range.end), `case ${n}`).toBe(true);
      expect(Array.from(text).slice(0, range.start).join('').length).toBeLessThanOrEqual(Math.min(a, b));
      expect(Array.from(text).slice(0, range.end).join('').length).toBeGreaterThanOrEqual(Math.max(a, b));
    }
  });

  it('follows a passage exactly through any edit that does not touch it, and never anchors elsewhere on a different text', () => {
    const next = random(4);
    let followed = 0;
    for (let n = 0; n < CASES; n++) {
      const text = generateText(next, 10 + Math.floor(next() * 30));
      const selection = randomSelection(next, text);
      if (!selection) continue;
      const selectors = describeSelection(text, selection.start, selection.end);
      const { start, end } = selectors.position;
      const chars = Array.from(text);
      // Replace a random span of whole code points with a random piece of text.
      const from = Math.floor(next() * (chars.length + 1));
      const to = Math.min(chars.length, from + Math.floor(next() * 4));
      const insert = generateText(next, Math.floor(next() * 3));
      const edited = (chars.slice(0, from).join('') + insert + chars.slice(to).join('')).normalize('NFC');
      const [outcome] = reanchorAll(text, edited, [selectors]);
      const result = outcome!.result;
      const label = `case ${n}: ${JSON.stringify(text)} → ${JSON.stringify(edited)}`;
      if (result.status === 'anchored') {
        // Whatever happens, an anchored result holds exactly the quote.
        expect(Array.from(edited).slice(result.start, result.end).join(''), label).toBe(selectors.quote.exact);
      }
      // An edit at least one code point away from the passage is followed exactly, unless it
      // changed how the characters next to the passage group into clusters.
      if (to < start || from > end) {
        const shift = Array.from(edited).length - chars.length;
        const expected = from > end ? { start, end } : { start: start + shift, end: end + shift };
        const cuts = boundaries(edited);
        if (cuts.has(expected.start) && cuts.has(expected.end)) {
          expect(result, label).toMatchObject({ status: 'anchored', ...expected });
          followed++;
        }
      }
    }
    // Guards against a generator that stops exercising the property.
    expect(followed).toBeGreaterThan(CASES / 3);
  });
});
