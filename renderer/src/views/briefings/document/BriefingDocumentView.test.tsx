// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { STATUS_SYMBOLS as PRINTED_SYMBOLS } from '../../../../../shared/briefing/figures';
import { resolveBriefing } from '../../../../../shared/briefing/resolve';
import { briefing, library } from '../../../../../shared/briefing/test-briefing';
import { STATUS_SYMBOLS } from '../../../components/StatusBadge';
import { BriefingDocumentView } from './BriefingDocumentView';

function rendered(): HTMLElement {
  const holder = document.createElement('article');
  holder.innerHTML = renderToStaticMarkup(
    <BriefingDocumentView document={resolveBriefing(briefing, library)} generated="10 Mar 2025, 10:00" currentYear={2024} />,
  );
  return holder;
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

describe('the printed briefing', () => {
  const doc = rendered();

  it('opens with a cover: marking, title, audience, date, author and when it was generated', () => {
    const cover = doc.querySelector('.briefing-cover');
    expect(text(cover?.querySelector('.briefing-cover-marking'))).toBe('INTERNAL');
    expect(text(cover?.querySelector('h1'))).toBe('ISTO participation: 2025 check');
    expect([...(cover?.querySelectorAll('dt, dd') ?? [])].map(text)).toEqual([
      'For',
      'Deputy director',
      'Date',
      '10 March 2025',
      'Author',
      'Li Wei',
    ]);
    expect(text(cover)).toContain('Generated 10 Mar 2025, 10:00');
  });

  it('lists every section in the contents, linking to its heading', () => {
    const links = [...doc.querySelectorAll('.briefing-contents a')].map((link) => [link.getAttribute('href'), text(link)]);
    expect(links).toEqual([
      ['#briefing-section-1', 'Summary'],
      ['#briefing-section-2', 'Target status table'],
      ['#briefing-section-3', 'Targets in detail'],
      ['#briefing-section-3-target-1', 'Raise positions held by Chinese experts in ISTOs to 3,000 by 2025'],
      ['#briefing-section-4', 'Notes'],
      ['#briefing-section-5', 'What changed'],
    ]);
    for (const [href] of links) expect(doc.querySelector(href!)).not.toBeNull();
  });

  it('renders the Markdown of a text section', () => {
    expect(doc.querySelector('#briefing-section-1 strong')?.textContent).toBe('rose');
  });

  it('gives each status-table row the status as symbol and label, the figures and their source numbers', () => {
    const rows = [...doc.querySelectorAll('#briefing-section-2 tbody tr')].map((row) => [...row.children].map(text));
    expect(rows).toEqual([
      ['Encourage ISTOs to set up secretariats in China [1]', '2025', 'Not enough data', '—', '—', '—'],
      [
        'Raise positions held by Chinese experts in ISTOs to 3,000 by 2025 [2]',
        '2025',
        'On track',
        '2,446 (2021) [3]',
        '3,718 (2025)',
        '170%',
      ],
    ]);
    expect([...doc.querySelectorAll('#briefing-section-2 .briefing-sources li')].map(text)).toEqual([
      '000_b644b3690899bdb2.txt, 3 Plans',
      '000_b644b3690899bdb2.txt, 4.3 Participation | in ISTOs',
      '000_b644b3690899bdb2.txt, 4.3 Participation, 2021',
    ]);
  });

  it('puts each target on a page with its status sentence, chart caption, latest figures and sources', () => {
    const page = doc.querySelector('#briefing-section-3-target-1');
    expect(page?.classList.contains('briefing-target-page')).toBe(true);
    expect(text(page?.querySelector('[lang="zh-Hans"]'))).toBe('到2025年国际科技组织任职专家达到3000人');
    expect(text(page?.querySelector('.briefing-status-line'))).toMatch(
      /^On track Needs \+7\.1% a year; achieving \+11\.0% a year;/u,
    );
    expect(text(page?.querySelector('.briefing-figure-caption'))).toBe(
      'Chart: Positions held by Chinese experts in ISTOs, 2 observed figures; target from the plan. Sources: [1] [2] [3].',
    );
    const figures = [...(page?.querySelectorAll('.briefing-table tbody tr') ?? [])].map((row) => [...row.children].map(text));
    expect(figures).toEqual([['2021', '2,446 positions', 'Positions held by Chinese experts in ISTOs', '[2]']]);
    expect(text(page?.querySelector('h4'))).toBe('Latest 1 of 2 figures');
    expect(text(doc.querySelector('#briefing-section-3 > .briefing-empty'))).toBe(
      '1 chosen target is no longer in the library and left out.',
    );
  });

  it('shows each item with its citation, its notes and its highlights with the quoted passage', () => {
    const item = doc.querySelector('#briefing-section-4 .briefing-item');
    expect(text(item?.querySelector('[lang="zh-Hans"]'))).toBe('关于在华举办国际会议的管理办法 · 中办发〔2006〕10号');
    expect(text(item?.querySelector('.briefing-citation'))).toContain('000_b644b3690899bdb2.txt, 2.1 Policies');
    expect(text(item?.querySelector('.briefing-quote.colour-yellow'))).toBe('require approval');
    expect(text(item?.querySelector('.briefing-annotation'))).toContain('Note · Li Wei · 2 March 2025 · Tags: approval');
  });

  it('lists what changed since the date per target', () => {
    const section = doc.querySelector('#briefing-section-5');
    expect(text(section?.querySelector('p'))).toBe(
      'Since 1 March 2025: 1 new figure, 0 edited figures, 0 removed figures, 1 status change, 1 new note or highlight.',
    );
    expect([...(section?.querySelectorAll('.briefing-change-list > li') ?? [])].map(text).slice(0, 2)).toEqual([
      'New figure: 2,446 positions (2021), Positions held by Chinese experts in ISTOs [1]',
      'Status: Not enough data → On track, after the 2021 figure for Positions held by Chinese experts in ISTOs (2,446 positions) changed (2 March 2025)',
    ]);
  });

  it('draws each status symbol as a shape, so it prints without depending on a font', () => {
    const marks = [...doc.querySelectorAll('.status-badge')];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks)
      expect(mark.querySelector('svg[aria-hidden="true"] path, svg[aria-hidden="true"] circle')).not.toBeNull();
  });

  it('writes the same status symbols into Markdown as the app shows', () => {
    expect(PRINTED_SYMBOLS).toEqual(STATUS_SYMBOLS);
  });
});
