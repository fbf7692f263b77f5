import { describe, expect, it } from 'vitest';
import { anchor, anchorAll } from './anchor';
import { describeSelection } from './describe';

const text =
  'The plan sets two goals. By 2025, build twenty world-class academic societies. ' +
  'By 2035, make one Chinese journal the world No.1 in overall strength.';

function select(source: string, passage: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = source.indexOf(passage, start + 1);
  if (start === -1) throw new Error(`"${passage}" is not in the text`);
  // ASCII in these fixtures, so UTF-16 and code point offsets agree.
  return describeSelection(source, start, start + passage.length);
}

describe('anchor', () => {
  it('anchors an exact match at its stored position without moving it', () => {
    const selectors = select(text, 'twenty world-class academic societies');
    expect(anchor(text, selectors)).toEqual({
      status: 'anchored',
      start: selectors.position.start,
      end: selectors.position.end,
      moved: false,
    });
  });

  it('follows the passage when text is inserted before it', () => {
    const selectors = select(text, 'twenty world-class academic societies');
    const edited = 'Summary first. ' + text;
    expect(anchor(edited, selectors)).toEqual({
      status: 'anchored',
      start: selectors.position.start + 15,
      end: selectors.position.end + 15,
      moved: true,
    });
  });

  it('leaves the passage in place when text after it changes', () => {
    const selectors = select(text, 'twenty world-class academic societies');
    const edited = text.replace('By 2035', 'By the year 2035');
    expect(anchor(edited, selectors)).toMatchObject({ status: 'anchored', start: selectors.position.start, moved: false });
  });

  it('orphans the annotation when the passage itself was edited', () => {
    const selectors = select(text, 'twenty world-class academic societies');
    const edited = text.replace('twenty world-class', 'thirty world-class');
    expect(anchor(edited, selectors)).toEqual({ status: 'orphaned', reason: 'quote-gone' });
  });

  it('does not move the annotation to a look-alike passage', () => {
    const selectors = select(text, 'twenty world-class academic societies');
    const edited = text.replace('twenty world-class academic societies', 'twenty world class academic society');
    expect(anchor(edited, selectors)).toMatchObject({ status: 'orphaned', reason: 'quote-gone' });
  });

  it('suggests, but does not apply, a passage that differs only in spacing', () => {
    const selectors = select(text, 'twenty world-class academic societies');
    const edited = text.replace('twenty world-class academic societies', 'twenty world-class\n  academic societies');
    const start = edited.indexOf('twenty');
    expect(anchor(edited, selectors)).toEqual({
      status: 'orphaned',
      reason: 'quote-gone',
      suggestion: { start, end: start + 'twenty world-class\n  academic societies'.length, differs: 'whitespace' },
    });
  });

  it('accepts selectors imported without prefix, suffix or position', () => {
    expect(anchor(text, { quote: { type: 'TextQuoteSelector', exact: 'two goals' } })).toEqual({
      status: 'anchored',
      start: text.indexOf('two goals'),
      end: text.indexOf('two goals') + 9,
      moved: true,
    });
  });

  it('matches a quote stored in decomposed form against NFC text', () => {
    const source = 'Le café de la recherche.';
    const start = source.indexOf('café');
    const result = anchor(source, { quote: { type: 'TextQuoteSelector', exact: 'cafe\u0301' } });
    expect(result).toMatchObject({ status: 'anchored', start, end: start + 4 });
  });

  it('refuses malformed selectors with a message naming the field', () => {
    expect(() => anchor(text, { quote: { type: 'TextQuoteSelector', exact: '' } })).toThrow(
      /quote\.exact: The quote cannot be empty/,
    );
    expect(() =>
      anchor(text, {
        quote: { type: 'TextQuoteSelector', exact: 'two' },
        position: { type: 'TextPositionSelector', start: 5, end: 5 },
      }),
    ).toThrow(/position\.end: A position must end after it starts/);
  });

  it('refuses text that is not NFC', () => {
    expect(() => anchor('cafe\u0301', { quote: { type: 'TextQuoteSelector', exact: 'caf' } })).toThrow(/not in Unicode NFC/);
  });
});

describe('anchor with duplicate passages', () => {
  const twice =
    'Article 3. The Ministry shall publish the list every year. ' +
    'Article 4. The Ministry shall publish the list every year. ' +
    'Article 5. Other duties.';

  it('orphans as ambiguous, without moving, when identical contexts cannot tell two places apart', () => {
    const source = 'Intro: the Ministry shall publish the list. End.';
    const selectors = select(source, 'the Ministry shall publish the list');
    // The analyst pasted the paragraph twice under a new heading: both copies fit the stored context.
    const edited = `Preface. ${source} ${source}`;
    expect(anchor(edited, selectors)).toEqual({ status: 'orphaned', reason: 'ambiguous', candidates: 2 });
  });

  it('picks the copy whose context clearly matches better', () => {
    const selectors = select(twice, 'The Ministry shall publish the list', 1);
    const edited = 'Preamble. ' + twice;
    const start = edited.indexOf('Article 4.') + 'Article 4. '.length;
    expect(anchor(edited, selectors)).toEqual({ status: 'anchored', start, end: start + 35, moved: true });
  });

  it('does not keep the old offsets when text shifted a twin under them', () => {
    // The annotation is on the second "ab". Inserting "ab " in front puts the first twin at the
    // old offsets, but the second's context no longer matches there: conflicting evidence.
    const source = 'xy ab ab';
    const selectors = describeSelection(source, 6, 8);
    const edited = 'ab ' + source;
    expect(edited.slice(6, 8)).toBe('ab');
    expect(anchor(edited, selectors)).toMatchObject({ status: 'orphaned', reason: 'ambiguous', candidates: 3 });
  });

  it('keeps the stored position when its twin fits the context no better', () => {
    const selectors = select(twice, 'The Ministry shall publish the list', 0);
    expect(anchor(twice, selectors)).toMatchObject({ status: 'anchored', start: 11, moved: false });
  });

  it('orphans as ambiguous when the only context that differs is too short to trust', () => {
    const source = 'a X b X c';
    const selectors = describeSelection(source, 6, 7, { context: 1 }); // second X, prefix " ", suffix " "
    expect(anchor('_' + source, selectors)).toEqual({ status: 'orphaned', reason: 'ambiguous', candidates: 2 });
  });
});

describe('anchor across grapheme clusters', () => {
  it('does not find a flag made of halves of two neighbouring flags', () => {
    const source = 'Delegations: 🇺🇸🇨🇳.';
    // 🇸🇨 (Seychelles) occurs in the UTF-16 string, but only across two other flags.
    expect(source.includes('🇸🇨')).toBe(true);
    expect(anchor(source, { quote: { type: 'TextQuoteSelector', exact: '🇸🇨' } })).toEqual({
      status: 'orphaned',
      reason: 'quote-gone',
    });
  });

  it('does not find one member of a ZWJ family as a passage of its own', () => {
    expect(anchor('Family: 👨‍👩‍👧', { quote: { type: 'TextQuoteSelector', exact: '👩' } })).toMatchObject({
      status: 'orphaned',
    });
  });

  it('does not find a letter without the combining marks that belong to it', () => {
    expect(anchor('Iraq\u0301 and Iran', { quote: { type: 'TextQuoteSelector', exact: 'Iraq' } })).toMatchObject({
      status: 'orphaned',
      reason: 'quote-gone',
    });
  });

  it('orphans a passage whose last letter gained a combining mark', () => {
    const selectors = describeSelection('Iraq and Iran', 0, 4);
    expect(anchor('Iraq\u0301 and Iran', selectors)).toMatchObject({ status: 'orphaned', reason: 'quote-gone' });
  });

  it('re-finds emoji passages in code points after an astral character is inserted before them', () => {
    const source = 'Reactions 👍🏽 and 👨‍👩‍👧 today';
    const selectors = describeSelection(source, 10, 11); // inside the thumbs-up: widened to both code points
    expect(selectors.quote.exact).toBe('👍🏽');
    expect(anchor('𠀀' + source, selectors)).toEqual({ status: 'anchored', start: 11, end: 13, moved: true });
  });
});

describe('anchorAll', () => {
  it('anchors every highlight of one text, in order', () => {
    const passages = [select(text, 'two goals'), select(text, 'overall strength')];
    const results = anchorAll('Foreword. ' + text, passages);
    expect(results.map((r) => r.status === 'anchored' && r.start)).toEqual([
      passages[0]!.position.start + 10,
      passages[1]!.position.start + 10,
    ]);
  });
});
