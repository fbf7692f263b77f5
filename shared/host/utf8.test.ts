import { describe, expect, it } from 'vitest';
import { fitsInUtf8Bytes, utf8ByteLength } from './utf8';

describe('utf8ByteLength', () => {
  it('counts one, two, three and four bytes per character as UTF-8 does', () => {
    expect(utf8ByteLength('')).toBe(0);
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('科技')).toBe(6);
    expect(utf8ByteLength('😀')).toBe(4);
  });

  it('agrees with a real encoder, lone surrogates included', () => {
    for (const text of ['Policy 政策 😀 ∑', '\ud800', 'a\udc00b', '\ud83d', '\u0000\u007f\u0080\u07ff\u0800\uffff']) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('fitsInUtf8Bytes', () => {
  it('checks bytes, not characters', () => {
    expect(fitsInUtf8Bytes('科技', 6)).toBe(true);
    expect(fitsInUtf8Bytes('科技', 5)).toBe(false);
    expect(fitsInUtf8Bytes('abcdef', 6)).toBe(true);
    expect(fitsInUtf8Bytes('abcdefg', 6)).toBe(false);
  });
});
