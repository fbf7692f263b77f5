import { describe, expect, it } from 'vitest';
import { findEdit, mapThroughEdit } from './edit';

describe('findEdit', () => {
  it('finds the changed span between identical head and tail', () => {
    expect(findEdit('abcXYZdef', 'abcQdef')).toEqual({ start: 3, oldEnd: 6, newEnd: 4 });
  });

  it('reports no edit for identical texts', () => {
    expect(findEdit('same', 'same')).toBeNull();
  });

  it('does not let head and tail overlap when text is inserted into a repetition', () => {
    expect(findEdit('aXa', 'aaXa')).toEqual({ start: 1, oldEnd: 1, newEnd: 2 });
  });

  it('never cuts an astral character in half', () => {
    // U+20000 and U+20001 share their high surrogate.
    expect(findEdit('x𠀀y', 'x𠀁y')).toEqual({ start: 1, oldEnd: 3, newEnd: 3 });
    expect(findEdit('𠀀', '𡀀')).toEqual({ start: 0, oldEnd: 2, newEnd: 2 });
  });
});

describe('mapThroughEdit', () => {
  const edit = { start: 10, oldEnd: 12, newEnd: 15 };

  it('keeps a range before the edit, even one ending right where it starts', () => {
    expect(mapThroughEdit(edit, { start: 2, end: 10 })).toEqual({ start: 2, end: 10 });
  });

  it('shifts a range after the edit, even one starting right where it ends', () => {
    expect(mapThroughEdit(edit, { start: 12, end: 14 })).toEqual({ start: 15, end: 17 });
  });

  it('gives up on a range the edit reaches into', () => {
    expect(mapThroughEdit(edit, { start: 8, end: 11 })).toBeNull();
    expect(mapThroughEdit({ start: 5, oldEnd: 5, newEnd: 6 }, { start: 4, end: 6 })).toBeNull();
  });
});
