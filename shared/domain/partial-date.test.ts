import { describe, expect, it } from 'vitest';
import { partialDateSchema, yearOf } from './partial-date';

describe('partial dates', () => {
  it('keep the precision the source gives: a year, a month or a day', () => {
    for (const date of ['2019', '2021-06', '2008-02-29']) {
      expect(partialDateSchema.safeParse(date).success, date).toBe(true);
    }
  });

  it('refuse days that do not exist and other formats, with a message that shows the format', () => {
    expect(partialDateSchema.safeParse('2021-02-30').error?.issues[0]?.message).toBe('That day does not exist in that month');
    expect(partialDateSchema.safeParse('June 2021').error?.issues[0]?.message).toBe(
      'Use YYYY, YYYY-MM or YYYY-MM-DD, for example 2019 or 2021-06 or 2021-06-10',
    );
    expect(partialDateSchema.safeParse('2021-13').success).toBe(false);
  });

  it('give their year for grouping and year filters', () => {
    expect(yearOf('2021-06-10')).toBe(2021);
    expect(yearOf(null)).toBeNull();
  });
});
