import { describe, expect, it } from 'vitest';
import { cssString, pageCss } from './page-css';

describe('the paper rules of a printed briefing', () => {
  it('sets the paper size and prints the marking, the generation date and "Page X of Y"', () => {
    const css = pageCss({ paper: 'Letter', marking: 'INTERNAL', generated: '10 Mar 2025, 10:00' });
    expect(css).toContain('size: letter;');
    expect(css).toContain('@top-center { content: "INTERNAL";');
    expect(css).toContain('@bottom-left { content: "Generated 10 Mar 2025, 10:00";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(pageCss({ paper: 'A4', marking: '', generated: 'x' })).toContain('size: A4;');
  });

  it('prints no header when there is no marking', () => {
    expect(pageCss({ paper: 'A4', marking: '  ', generated: 'x' })).not.toContain('@top-center');
  });

  it('escapes a marking so it can neither end the string nor close the style element', () => {
    expect(cssString('SECRET "A" \\ </style><script>')).toBe('"SECRET \\22 A\\22  \\5C  \\3C /style\\3E \\3C script\\3E "');
    expect(cssString('内部 · 仅供参考')).toBe('"内部 · 仅供参考"');
  });
});
