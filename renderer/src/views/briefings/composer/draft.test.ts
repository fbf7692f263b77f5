import { describe, expect, it } from 'vitest';
import { type BriefingSection, newSection } from '../../../../../shared/briefing/model';
import {
  errorPlace,
  moveAnnouncement,
  newBriefingFields,
  sameFields,
  splitErrors,
  todayIso,
  validateDraft,
  withItemsOfKind,
} from './draft';

const sections: BriefingSection[] = [
  newSection('text', 'sec-a', '2025-05-01'),
  newSection('target-pages', 'sec-b', '2025-05-01'),
  { ...newSection('status-table', 'sec-c', '2025-05-01'), heading: '' },
];

describe('the briefing composer', () => {
  it("dates a new briefing in the analyst's own day", () => {
    expect(todayIso(new Date(2025, 0, 9, 23, 30))).toBe('2025-01-09');
  });

  it('starts a new briefing valid, signed by the analyst and without sections', () => {
    const fields = newBriefingFields('Li Wei', '2025-05-01');
    expect(validateDraft(fields)).toEqual({});
    expect(fields).toMatchObject({ author: 'Li Wei', date: '2025-05-01', sections: [] });
  });

  it('finds every problem of a draft at once', () => {
    const draft = { ...newBriefingFields('Li Wei', '2025-05-01'), title: ' ', date: '', sections };
    expect(validateDraft(draft)).toEqual({
      title: 'The title is required',
      date: 'Use a date as YYYY-MM-DD',
      'sections.1.targetIds': 'Choose at least one target',
    });
  });

  it('says in plain words what is wrong with a number', () => {
    const pages = { ...newSection('target-pages', 'sec-p', '2025-05-01'), targetIds: ['tgt-1'], latestObservations: Number.NaN };
    const table = {
      ...newSection('status-table', 'sec-t', '2025-05-01'),
      selection: { mode: 'filter' as const, dueYear: 20, statuses: [], planId: null },
    };
    expect(validateDraft({ ...newBriefingFields('Li Wei', '2025-05-01'), sections: [pages, table] })).toEqual({
      'sections.0.latestObservations': 'Enter a whole number from 1 to 50',
      'sections.1.selection.dueYear': 'Enter a year from 1900 to 2200, or leave it empty for any year',
    });
  });

  it('shows a section error on the section it belongs to, wherever that section now is', () => {
    const errors = { title: 'The title is required', 'sections.1.targetIds': 'Choose at least one target' };
    expect(splitErrors(errors, sections)).toEqual({
      fields: { title: 'The title is required' },
      sections: { 'sec-b': { targetIds: 'Choose at least one target' } },
    });
  });

  it('names where an error is for the summary', () => {
    expect(errorPlace('title', sections)).toBe('Title');
    expect(errorPlace('sections.1.targetIds', sections)).toBe('Section 2 (Targets in detail): Targets');
    expect(errorPlace('sections.2.selection.dueYear', sections)).toBe('Section 3 (Target status table): Due year');
  });

  it('announces where a moved section went', () => {
    expect(moveAnnouncement(sections, 'sec-b')).toBe('Moved “Targets in detail” to position 2 of 3.');
    expect(moveAnnouncement(sections, 'sec-x')).toBe('');
  });

  it('compares drafts by content, not by the order keys were written in', () => {
    expect(sameFields({ mode: 'filter', dueYear: null }, { dueYear: null, mode: 'filter' })).toBe(true);
    expect(sameFields({ ids: ['a', 'b'] }, { ids: ['b', 'a'] })).toBe(false);
  });

  it('keeps the places of chosen items when the picker of one kind changes', () => {
    const items = [
      { kind: 'target' as const, id: 't1' },
      { kind: 'policy' as const, id: 'p1' },
      { kind: 'target' as const, id: 't2' },
    ];
    expect(withItemsOfKind(items, 'target', ['t2', 't3'])).toEqual([
      { kind: 'policy', id: 'p1' },
      { kind: 'target', id: 't2' },
      { kind: 'target', id: 't3' },
    ]);
  });
});
