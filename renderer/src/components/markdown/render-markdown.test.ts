// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';

/** The rendered comment as a DOM, to ask what is in it rather than match strings. */
function rendered(source: string): HTMLDivElement {
  const holder = document.createElement('div');
  holder.innerHTML = renderMarkdown(source);
  return holder;
}

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('renderMarkdown', () => {
  it('renders bold, italics, lists, inline code, code blocks and quotes', () => {
    const html = rendered('**bold** and *soft*\n\n- one\n- two\n\n1. first\n\n`code`\n\n```\nblock\n```\n\n> quoted');
    expect(html.querySelector('strong')?.textContent).toBe('bold');
    expect(html.querySelector('em')?.textContent).toBe('soft');
    expect([...html.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(html.querySelector('ol li')?.textContent).toBe('first');
    expect(html.querySelector('p code')?.textContent).toBe('code');
    expect(html.querySelector('pre code')?.textContent).toBe('block\n');
    expect(html.querySelector('blockquote')?.textContent?.trim()).toBe('quoted');
  });

  it('keeps Chinese text and emoji as typed', () => {
    expect(rendered('**国际会议** 需要批准 👍🏽').textContent?.trim()).toBe('国际会议 需要批准 👍🏽');
  });

  it('turns a typed script tag into visible text, never an element', () => {
    const html = rendered('before <script>alert(1)</script> after');
    expect(html.querySelector('script')).toBeNull();
    expect(html.textContent).toContain('<script>alert(1)</script>');
  });

  it('never produces an event handler, even from raw HTML with onerror', () => {
    const html = rendered('<img src=x onerror="alert(1)"> and <b onclick="alert(2)">b</b>');
    expect(html.querySelector('img')).toBeNull();
    expect(html.querySelectorAll('[onerror], [onclick]')).toHaveLength(0);
    expect(html.innerHTML).not.toMatch(/<[^>]+\son\w+=/iu);
  });

  it('leaves no javascript: link, in any spelling', () => {
    const html = rendered('[click](javascript:alert(1)) [again](JaVaScRiPt:alert(1)) [ent](&#106;avascript:alert(1))');
    expect(html.querySelectorAll('a')).toHaveLength(0);
    expect(html.innerHTML).not.toMatch(/href="\s*javascript:/iu);
  });

  it('never loads a remote image; its alt text is shown instead', () => {
    const html = rendered('![chart of funding](https://example.org/track.png) ![](//example.org/x.gif)');
    expect(html.querySelector('img')).toBeNull();
    expect(html.textContent).toContain('[image: chart of funding]');
    expect(html.textContent).toContain('[image: no description]');
  });

  it('draws an image given inline as a data: URI', () => {
    const image = rendered(`![dot](${PIXEL})`).querySelector('img');
    expect(image?.getAttribute('src')).toBe(PIXEL);
    expect(image?.getAttribute('alt')).toBe('dot');
  });

  it('refuses an SVG data image, which could carry script', () => {
    const html = rendered('![x](data:image/svg+xml;base64,PHN2Zy8+)');
    expect(html.querySelector('img')).toBeNull();
  });

  it('shows a web link as text with its address, so nothing opens inside the app', () => {
    const html = rendered('See [the plan](https://www.most.gov.cn/plan.html) and <https://example.org>.');
    expect(html.querySelectorAll('a')).toHaveLength(0);
    expect(html.textContent?.trim()).toBe('See the plan <https://www.most.gov.cn/plan.html> and https://example.org.');
  });

  it('keeps a link into the app, with rel noreferrer noopener and no target', () => {
    const link = rendered('[the policy](#/policies/pol-1)').querySelector('a');
    expect(link?.getAttribute('href')).toBe('#/policies/pol-1');
    expect(link?.getAttribute('rel')).toBe('noreferrer noopener');
    expect(link?.hasAttribute('target')).toBe(false);
  });

  it('removes iframes, forms and styles', () => {
    const html = rendered('<iframe src="https://example.org"></iframe><form><input></form><style>*{}</style>');
    expect(html.querySelectorAll('iframe, form, input, style')).toHaveLength(0);
  });

  it('turns a single line break into a break, as a note is typed', () => {
    expect(rendered('line one\nline two').querySelector('br')).not.toBeNull();
  });
});
