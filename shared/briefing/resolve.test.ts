import { describe, expect, it } from 'vitest';
import type { BriefingSection } from './model';
import { resolveBriefing } from './resolve';
import { briefing, library } from './test-briefing';

const withSections = (...sections: BriefingSection[]) => resolveBriefing({ ...briefing, sections }, library);
const table = (selection: Extract<BriefingSection, { type: 'status-table' }>['selection']) => {
  const [section] = withSections({ id: 't', type: 'status-table', heading: 'Status', selection }).sections;
  if (section?.type !== 'status-table') throw new Error('not a status table');
  return section;
};
const ids = (section: ReturnType<typeof table>) => section.rows.map((row) => row.target.id);

describe('resolving a briefing against the library', () => {
  it('lists chosen targets in the chosen order and names the ones no longer in the library', () => {
    const section = table({ mode: 'chosen', targetIds: ['tgt-secretariats', 'tgt-gone', 'tgt-positions'] });
    expect(ids(section)).toEqual(['tgt-secretariats', 'tgt-positions']);
    expect(section.missing).toEqual(['tgt-gone']);
    expect(section.selectionText).toBe('2 targets chosen by the analyst');
  });

  it('filters by due year, status and plan together, and says so', () => {
    const section = table({ mode: 'filter', dueYear: 2025, statuses: ['on-track', 'met'], planId: 'pln-14th' });
    expect(ids(section)).toEqual(['tgt-positions']);
    expect(section.selectionText).toBe('1 target due in 2025, in CAST 14th Five-Year Plan, with the status On track or Met');
    expect(ids(table({ mode: 'filter', dueYear: 2030, statuses: [], planId: null }))).toEqual([]);
  });

  it('names an empty filter as every target, ordered by due year and then statement', () => {
    const section = table({ mode: 'filter', dueYear: null, statuses: [], planId: null });
    expect(section.selectionText).toBe('All 2 targets in the library');
    expect(ids(section)).toEqual(['tgt-secretariats', 'tgt-positions']);
  });

  it('numbers each distinct source once per table', () => {
    const section = table({ mode: 'chosen', targetIds: ['tgt-positions', 'tgt-secretariats'] });
    expect(section.rows.map((row) => [row.targetRef, row.latestRef])).toEqual([
      [1, 2],
      [3, null],
    ]);
    expect(section.sources.map((note) => note.n)).toEqual([1, 2, 3]);
  });

  it('gives an empty heading the section type’s name, and every section an anchor for the contents', () => {
    const document = withSections({ id: 'x', type: 'text', heading: '  ', markdown: '' });
    expect(document.sections[0]).toMatchObject({ heading: 'Text', anchor: 'briefing-section-1' });
    expect(document.contents).toEqual([{ anchor: 'briefing-section-1', heading: 'Text', children: [] }]);
  });

  it('lists a target page’s latest figures oldest first and cites every charted figure', () => {
    const [section] = withSections({
      id: 'p',
      type: 'target-pages',
      heading: 'T',
      targetIds: ['tgt-positions'],
      latestObservations: 5,
    }).sections;
    if (section?.type !== 'target-pages') throw new Error('not target pages');
    const [page] = section.pages;
    expect(page!.latest.map(({ observation }) => observation.year)).toEqual([2019, 2021]);
    expect(page!.parentTitle).toBe('CAST 14th Five-Year Plan');
    expect(page!.chartRefs).toEqual([2, 3]);
  });
});
