import { describe, expect, it } from 'vitest';
import { assessTarget } from './assess';
import type { AssessableTarget } from './types';

/** The wording of explanations where it carries a judgement: qualified figures and ranks. */

const now = { currentYear: 2024 };

const increase = (overrides: Partial<AssessableTarget> = {}): AssessableTarget => ({
  direction: 'increase',
  unit: null,
  baselineValue: null,
  baselineYear: null,
  targetValue: 100,
  dueYear: 2030,
  ...overrides,
});

describe('figures the source states as approximate or as a bound', () => {
  const target = increase({ baselineValue: 10, baselineYear: 2020 });

  it('are used as stated and flagged, saying which way a bound moves the progress measured', () => {
    const latestLowerBound = assessTarget(target, [{ year: 2024, value: 16, qualifier: 'more-than' }], now);
    expect(latestLowerBound.ratio).toBeCloseTo(0.248686, 6);
    expect(latestLowerBound.explanation).toMatch(
      /; the source gives the 2024 figure as more than 16, so progress may be greater$/,
    );

    const latestUpperBound = assessTarget(target, [{ year: 2024, value: 16, qualifier: 'less-than' }], now);
    expect(latestUpperBound.explanation).toMatch(/as less than 16, so progress may be smaller$/);

    const approximate = assessTarget(target, [{ year: 2024, value: 16, qualifier: 'approximately' }], now);
    expect(approximate.explanation).toMatch(/; the source gives the 2024 figure as about 16$/);
  });

  it('flag a bound on the baseline the opposite way, since a higher start means less progress', () => {
    const result = assessTarget(
      increase(),
      [
        { year: 2020, value: 10, qualifier: 'at-least' },
        { year: 2024, value: 16 },
      ],
      now,
    );
    expect(result.explanation).toMatch(/; the source gives the 2020 figure as at least 10, so progress may be smaller$/);
  });

  it('flag a bound on a lower-is-better target the other way round', () => {
    const result = assessTarget(
      increase({ direction: 'rank', targetValue: 1 }),
      [
        { year: 2020, value: 40 },
        { year: 2024, value: 30, qualifier: 'less-than' },
      ],
      now,
    );
    expect(result.explanation).toMatch(/as less than 30, so progress may be greater$/);
  });

  it('are flagged on a met target too, where a lower bound above the target leaves no doubt', () => {
    const result = assessTarget(
      increase({ targetValue: 400, dueYear: null }),
      [{ year: 2019, value: 1500, qualifier: 'more-than' }],
      now,
    );
    expect(result.status).toBe('met');
    expect(result.notes).toEqual([
      { code: 'qualified-figure', text: 'the source gives the 2019 figure as more than 1,500, so progress may be greater' },
    ]);
  });

  it('are not flagged when the figure is not one the result rests on', () => {
    const result = assessTarget(
      target,
      [
        { year: 2022, value: 12, qualifier: 'approximately' },
        { year: 2024, value: 16 },
      ],
      now,
    );
    expect(result.notes).toEqual([]);
  });
});
