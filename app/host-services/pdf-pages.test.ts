import { describe, expect, it } from 'vitest';
import { countPdfPages } from './pdf-pages';

const pdf = (body: string) => Buffer.from(`%PDF-1.4\n%\xe2\xe3\xcf\xd3\n${body}\n%%EOF\n`, 'latin1');

const twoPages = [
  '1 0 obj\n<</Type /Catalog /Pages 2 0 R /Outlines 9 0 R>>\nendobj',
  '2 0 obj\n<</Type /Pages /Count 2 /Kids [3 0 R 4 0 R]>>\nendobj',
  '3 0 obj\n<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>\nendobj',
  '4 0 obj\n<</Type/Page/Parent 2 0 R>>\nendobj',
].join('\n');

describe('countPdfPages', () => {
  it('counts page objects and not the page tree', () => {
    expect(countPdfPages(pdf(twoPages))).toBe(2);
  });

  it('follows a nested page tree', () => {
    const nested = [
      '1 0 obj\n<</Type /Pages /Count 3 /Kids [2 0 R 5 0 R]>>\nendobj',
      '2 0 obj\n<</Type /Pages /Count 2 /Parent 1 0 R /Kids [3 0 R 4 0 R]>>\nendobj',
      '3 0 obj\n<</Type /Page>>\nendobj',
      '4 0 obj\n<</Type\n/Page\n>>\nendobj',
      '5 0 obj\n<</Parent 1 0 R /Type /Page>>\nendobj',
    ].join('\n');
    expect(countPdfPages(pdf(nested))).toBe(3);
  });

  it('does not count names that merely start with Page', () => {
    expect(countPdfPages(pdf(`${twoPages}\n5 0 obj\n<</Type /PageLabel /Type /Pagefoo>>\nendobj`))).toBe(2);
  });

  it('ignores "/Type /Page" inside strings, comments and streams', () => {
    const decoys = [
      '5 0 obj\n<</Title (Heading: /Type /Page \\) still (nested /Type /Page) inside) /Count 1>>\nendobj',
      '% /Type /Page in a comment',
      '6 0 obj\n<</Length 30>>\nstream\n/Type /Page (unbalanced\nendstream\nendobj',
      '7 0 obj\n<</Length 20>>\nstream\r\n\u0000\u00ff/Type /Page\nendstream\nendobj',
    ].join('\n');
    expect(countPdfPages(pdf(`${twoPages}\n${decoys}`))).toBe(2);
  });

  it('refuses what is not a PDF, or has no page objects to count', () => {
    expect(() => countPdfPages(Buffer.from('<html>'))).toThrow(/Not a PDF/u);
    expect(() => countPdfPages(pdf('1 0 obj\n<</Type /ObjStm /N 3>>\nstream\nxx\nendstream\nendobj'))).toThrow(
      /No page objects/u,
    );
  });

  it('reads a view into a larger buffer correctly', () => {
    const whole = Buffer.concat([Buffer.from('junk /Type /Page '), pdf(twoPages)]);
    expect(countPdfPages(whole.subarray(17))).toBe(2);
  });
});
