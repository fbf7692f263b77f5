import { describe, expect, it } from 'vitest';
import { prepareDocumentForPrinting, PRINT_CONTENT_SECURITY_POLICY } from './print-document';

const settings = { paper: 'A4', title: 'Briefing' } as const;
const POLICY = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`;

describe('PRINT_CONTENT_SECURITY_POLICY', () => {
  it('allows inline styles and data: fonts and images, and nothing else', () => {
    expect(PRINT_CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; style-src 'unsafe-inline' data:; font-src data:; img-src data:; base-uri 'none'; form-action 'none'",
    );
    expect(PRINT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|http|file:|'self'/u);
  });
});

describe('prepareDocumentForPrinting', () => {
  it('puts the policy, the title and the default paper right after the doctype, behind a UTF-8 BOM', () => {
    const html = '<!doctype html>\n<html lang="zh"><head><meta charset="utf-8"></head><body>简报</body></html>';
    expect(prepareDocumentForPrinting(html, settings)).toBe(
      `\uFEFF<!doctype html>${POLICY}<title>Briefing</title><style>@page { size: A4; }</style>\n<html lang="zh"><head><meta charset="utf-8"></head><body>简报</body></html>`,
    );
  });

  it('finds a doctype behind space and comments, in any case', () => {
    const prepared = prepareDocumentForPrinting('\n<!-- built by PolicyDesk -->\n<!DOCTYPE html><p>x</p>', settings);
    expect(prepared.startsWith('\uFEFF\n<!-- built by PolicyDesk -->\n<!DOCTYPE html><meta http-equiv')).toBe(true);
  });

  it('puts them first in a document without a doctype', () => {
    expect(prepareDocumentForPrinting('<p>x</p>', settings).startsWith(`\uFEFF${POLICY}`)).toBe(true);
  });

  it('keeps a single BOM', () => {
    expect(prepareDocumentForPrinting('\uFEFF<!doctype html><p>x</p>', settings).startsWith('\uFEFF<!doctype html><meta')).toBe(
      true,
    );
  });

  it('names the paper it is given', () => {
    expect(prepareDocumentForPrinting('<p>x</p>', { ...settings, paper: 'Letter' })).toContain('@page { size: Letter; }');
  });

  it('removes meta refreshes, however they are written, and keeps other meta tags', () => {
    const html = [
      '<!doctype html><head>',
      '<meta http-equiv="refresh" content="0; url=http://example.com/">',
      "<META HTTP-EQUIV='Refresh' CONTENT='5'>",
      '<meta content="0;url=http://x/" http-equiv=refresh>',
      '<meta name="author" content="refresh http-equiv">',
      '<meta http-equiv="content-type" content="text/html; charset=utf-8">',
      '</head>',
    ].join('');
    const prepared = prepareDocumentForPrinting(html, settings);
    expect(prepared).not.toMatch(/refresh"|refresh'|=refresh/iu);
    expect(prepared).toContain('<meta name="author" content="refresh http-equiv">');
    expect(prepared).toContain('<meta http-equiv="content-type" content="text/html; charset=utf-8">');
  });

  it('escapes the title', () => {
    expect(prepareDocumentForPrinting('<p>x</p>', { ...settings, title: '</title><script>R&D</script>' })).toContain(
      '<title>&lt;/title&gt;&lt;script&gt;R&amp;D&lt;/script&gt;</title>',
    );
  });
});
