import { describe, expect, it } from 'vitest';
import { briefingFieldsSchema, moveSection, newSection, placeSectionBefore } from './model';

const sections = ['a', 'b', 'c'].map((id) => newSection('text', id, '2026-01-01'));
const order = (list: readonly { id: string }[]) => list.map((section) => section.id).join('');

describe('the briefing section model', () => {
  it('moves a section one place with the keyboard, and not past either end', () => {
    expect(order(moveSection(sections, 'b', -1))).toBe('bac');
    expect(order(moveSection(sections, 'c', 1))).toBe('abc');
    expect(order(moveSection(sections, 'a', -1))).toBe('abc');
  });

  it('places a dragged section before another, or last', () => {
    expect(order(placeSectionBefore(sections, 'c', 'a'))).toBe('cab');
    expect(order(placeSectionBefore(sections, 'a', null))).toBe('bca');
    expect(order(placeSectionBefore(sections, 'b', 'b'))).toBe('abc');
  });

  it('validates a briefing, with a message for what is missing', () => {
    const result = briefingFieldsSchema.safeParse({
      title: '',
      date: '2026-11-22',
      sections: [{ id: 'x', type: 'target-pages', heading: 'Detail', targetIds: [] }],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['title', 'The title is required'],
      ['sections.0.targetIds', 'Choose at least one target'],
    ]);
  });

  it('starts each kind of section with a sensible heading', () => {
    expect(newSection('changes-since', 'x', '2026-11-22')).toEqual({
      id: 'x',
      type: 'changes-since',
      heading: 'What changed',
      since: '2026-11-22',
    });
  });
});
