import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './plain-text';

describe('a Markdown comment as plain text', () => {
  it('drops emphasis, code and heading marks but keeps the words', () => {
    expect(markdownToPlainText('## Why\nNeeds **State Council** _approval_ and `code`')).toBe(
      'Why Needs State Council approval and code',
    );
  });

  it('keeps the text of links and images, not their addresses', () => {
    expect(markdownToPlainText('See [the report](https://example.org) ![chart](x.png)')).toBe('See the report chart');
  });

  it('joins list items and quotes into one line', () => {
    expect(markdownToPlainText('> quoted\n\n- one\n- two\n1. three')).toBe('quoted one two three');
  });

  it('drops HTML tags and keeps Chinese text whole', () => {
    expect(markdownToPlainText('<b>国际</b>会议')).toBe('国际会议');
  });

  it('keeps an asterisk that marks nothing', () => {
    expect(markdownToPlainText('5 * 3 = 15')).toBe('5 * 3 = 15');
  });
});
