import { describe, expect, it } from 'vitest';
import { annotationsChangedByMerge } from './merge';

describe('the count a merge confirmation gives', () => {
  const annotations = [
    { tagIds: ['a', 'b'] },
    { tagIds: ['b'] },
    { tagIds: ['into'] },
    { tagIds: ['a', 'into'] },
    { tagIds: [] },
  ];

  it('counts each annotation carrying a merged tag once, even when it carries several', () => {
    expect(annotationsChangedByMerge(annotations, ['a', 'b'])).toBe(3);
  });

  it('leaves out annotations that carry only the tag merged into', () => {
    expect(annotationsChangedByMerge(annotations, ['b'])).toBe(2);
  });
});
