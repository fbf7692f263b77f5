// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fontFilesFor } from './embed-fonts';
import { documentText, EXPORT_CONTENT_SECURITY_POLICY, printableBody, wrapPrintableHtml } from './printable-html';

function dom(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder.firstElementChild as HTMLElement;
}

describe('the printable HTML', () => {
  it('is one document with the styles, fonts and paper rules inline, and a policy that allows nothing else', () => {
    const html = wrapPrintableHtml({
      title: 'ISTO <check> & more',
      bodyHtml: '<article class="briefing-doc">x</article>',
      fontCss: '@font-face { font-family: "Noto Sans SC"; src: url(data:font/woff2;base64,AAAA); }',
      pageCss: '@page { size: A4; }',
      stylesheets: ['.briefing-doc { color: black; }'],
    });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${EXPORT_CONTENT_SECURITY_POLICY}">`);
    expect(html).toContain('<title>ISTO &lt;check&gt; &amp; more</title>');
    expect(html).toContain('src: url(data:font/woff2;base64,AAAA)');
    expect(html).toContain('@page { size: A4; }');
    expect(html).toContain('<body class="briefing-print">\n<article class="briefing-doc">x</article>\n</body>');
    // Nothing is loaded from anywhere: no scripts, no external stylesheets or images.
    expect(html).not.toMatch(/<script|<link|src="http|url\(http/iu);
  });

  it('keeps a stylesheet from closing its own style element', () => {
    const html = wrapPrintableHtml({ title: 't', bodyHtml: '', fontCss: '', pageCss: '', stylesheets: ['a{}</style><script>'] });
    expect(html).not.toContain('</style><script>');
  });

  it('turns links into the app into text, and keeps the links of the contents', () => {
    const root = dom(
      '<article class="briefing-doc"><a href="#section-1">Summary</a><a href="#/targets/tgt-1" class="x">Target <b>1</b></a><div tabindex="0">f</div></article>',
    );
    const body = printableBody(root);
    expect(body).toContain('<a href="#section-1">Summary</a>');
    expect(body).toContain('<span class="x">Target <b>1</b></span>');
    expect(body).not.toContain('#/targets');
    expect(body).not.toContain('tabindex');
    // The preview itself is left as it was.
    expect(root.querySelector('a[href="#/targets/tgt-1"]')).not.toBeNull();
  });

  it('sorts the text by weight, adding what the page margins print', () => {
    // Weights set explicitly: the test DOM has no browser stylesheet making headings bold.
    const root = dom(
      '<article><h2 style="font-weight: 700">标题</h2><p>正文 <strong style="font-weight: bold">重点</strong></p></article>',
    );
    const text = documentText(root, 'INTERNAL');
    expect(text.bold).toContain('标题');
    expect(text.bold).toContain('重点');
    expect(text.bold).not.toContain('正文');
    expect(text.regular).toContain('正文');
    expect(text.regular).toContain('INTERNAL');
  });
});

describe('the fonts a briefing embeds', () => {
  it('embeds only the files its characters need, in the weight they are set in', () => {
    const latin = fontFilesFor({ regular: 'Positions held', bold: '' });
    expect(latin.every((file) => file.weight === 400)).toBe(true);
    expect(latin.map((file) => file.subset.file)).toContain('noto-sans-sc-latin-400-normal.woff2');
    const chinese = fontFilesFor({ regular: 'Positions held', bold: '国际会议' });
    expect(chinese.some((file) => file.weight === 700)).toBe(true);
    expect(chinese.length).toBeGreaterThan(latin.length);
    expect(chinese.length).toBeLessThan(15);
    expect(chinese.every((file) => file.url !== '')).toBe(true);
  });
});
