import { describe, expect, it } from 'vitest';
import { changedElsewhere, resolveConflict } from './ConflictPanel';
import type { FieldSpec } from './field-specs';

const specs = [
  { name: 'title', label: 'English title', type: 'text' },
  { name: 'summary', label: 'Summary', type: 'textarea' },
  { name: 'citation.section', label: 'Section', type: 'text' },
] as unknown as FieldSpec[];

const opened = { title: 'Plan', summary: 'Old', citation: { section: '1' }, revision: 1 };

describe('a save refused because the item changed elsewhere', () => {
  it('keeps the other window’s change to a field the analyst left alone', () => {
    const conflict = {
      current: { ...opened, title: 'Plan (revised)', revision: 2 },
      mine: { title: 'Plan', summary: 'New summary', citation: { section: '1' } },
    };
    expect(changedElsewhere(specs, opened, conflict)).toMatchObject({ clashing: [], theirsOnly: [{ name: 'title' }] });
    expect(resolveConflict(specs, opened, conflict, new Set())).toEqual({
      title: 'Plan (revised)',
      summary: 'New summary',
      citation: { section: '1' },
    });
  });

  it('lets the analyst keep their value or take the other, field by field, nested fields included', () => {
    const conflict = {
      current: { ...opened, title: 'Theirs', citation: { section: '2' }, revision: 2 },
      mine: { title: 'Mine', summary: 'Old', citation: { section: '3' } },
    };
    const { clashing } = changedElsewhere(specs, opened, conflict);
    expect(clashing.map((spec) => spec.name)).toEqual(['title', 'citation.section']);
    expect(resolveConflict(specs, opened, conflict, new Set(['citation.section']))).toEqual({
      title: 'Mine',
      summary: 'Old',
      citation: { section: '2' },
    });
  });

  it('does not count as a clash a field both windows changed to the same value', () => {
    const conflict = { current: { ...opened, summary: 'Same', revision: 2 }, mine: { ...opened, summary: 'Same' } };
    expect(changedElsewhere(specs, opened, conflict).clashing).toEqual([]);
  });
});
