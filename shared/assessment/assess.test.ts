import { describe, expect, it } from 'vitest';
import { assessTarget, assessTargets } from './assess';
import type { AssessableObservation, AssessableTarget, AssessOptions } from './types';

const now: AssessOptions = { currentYear: 2024 };

const increase = (overrides: Partial<AssessableTarget> = {}): AssessableTarget => ({
  direction: 'increase',
  unit: null,
  baselineValue: null,
  baselineYear: null,
  targetValue: 100,
  dueYear: 2030,
  ...overrides,
});

const figures = (...pairs: [year: number, value: number][]): AssessableObservation[] =>
  pairs.map(([year, value]) => ({ year, value }));

describe('qualitative targets', () => {
  const qualitative = increase({ direction: 'qualitative', targetValue: null });

  it("carry the analyst's own status when it rests on at least one linked evidence item", () => {
    const result = assessTarget(qualitative, [], { ...now, analyst: { status: 'on-track', evidenceIds: ['obs-1', 'pol-2'] } });
    expect(result).toMatchObject({ status: 'qualitative', method: 'analyst', reason: null });
    expect(result.analyst?.status).toBe('on-track');
    expect(result.explanation).toBe("analyst's status: on track, resting on 2 linked evidence items");
  });

  it('need evidence: a status without any is not enough data, and the result says what is missing', () => {
    const result = assessTarget(qualitative, [], { ...now, analyst: { status: 'met', evidenceIds: [] } });
    expect(result).toMatchObject({ status: 'not-enough-data', reason: 'needs-evidence' });
    expect(result.explanation).toBe('qualitative target: the analyst\'s status "met" needs at least one linked evidence item');
  });

  it('are not enough data until an analyst sets a status', () => {
    const result = assessTarget(qualitative, figures([2020, 1], [2022, 5]), now);
    expect(result).toMatchObject({ status: 'not-enough-data', reason: 'no-analyst-status', method: 'none' });
    expect(result.explanation).toBe('qualitative target: no analyst has set its status yet');
  });
});

describe('targets with nothing to measure', () => {
  it('are not enough data without a target value', () => {
    const result = assessTarget(increase({ targetValue: null }), figures([2020, 1], [2022, 5]), now);
    expect(result).toMatchObject({ status: 'not-enough-data', reason: 'no-target-value' });
    expect(result.explanation).toBe('no target value to measure against');
  });

  it('are not enough data without observations', () => {
    const result = assessTarget(increase(), [], now);
    expect(result).toMatchObject({ status: 'not-enough-data', reason: 'no-figures', baseline: null, latest: null });
    expect(result.explanation).toBe('no figures yet');
  });

  it("count the plan's stated baseline as a starting point, not as a figure of progress", () => {
    const result = assessTarget(increase({ baselineValue: 40, baselineYear: 2020 }), [], now);
    expect(result).toMatchObject({ status: 'not-enough-data', reason: 'no-figures' });
    expect(result.baseline?.value).toBe(40);
    expect(result.explanation).toBe('no figures since the 2020 baseline 40');
  });

  it('say so when every figure was in another unit', () => {
    const result = assessTarget(increase({ unit: 'bases' }), [{ year: 2016, value: 9, unit: 'centres' }], now);
    expect(result.reason).toBe('no-figures');
    expect(result.explanation).toBe('no figures yet; 1 figure in another unit (centres) left out');
  });
});

describe('targets whose due year has passed', () => {
  const due2020 = increase({ targetValue: 50, dueYear: 2020 });

  it('are met when the latest figure at or before the due year meets the target, whatever came later', () => {
    const result = assessTarget(due2020, figures([2015, 30], [2019, 52], [2022, 45]), now);
    expect(result).toMatchObject({ status: 'met', method: 'latest-value', projected: null, ratio: null });
    expect(result.latest?.year).toBe(2019);
    expect(result.explanation).toBe('due 2020: value 52 in 2019 met the target 50');
  });

  it('are missed when that figure falls short, even if a later one meets the target', () => {
    const result = assessTarget(due2020, figures([2015, 30], [2020, 48], [2023, 60]), now);
    expect(result).toMatchObject({ status: 'missed', method: 'latest-value' });
    expect(result.explanation).toBe('due 2020: value 48 in 2020 fell short of the target 50');
  });

  it('can be judged on a single figure, since no projection is needed', () => {
    expect(assessTarget(due2020, figures([2020, 50]), now).status).toBe('met');
  });

  it('are not enough data when no figure comes from the due year or before', () => {
    const result = assessTarget(due2020, figures([2022, 60]), now);
    expect(result).toMatchObject({ status: 'not-enough-data', reason: 'no-figure-by-due-year' });
    expect(result.explanation).toBe('due 2020: no figure for 2020 or earlier');
  });

  it('are not judged past due during the due year itself: the year is still running', () => {
    const result = assessTarget(increase({ targetValue: 50, dueYear: 2024 }), figures([2020, 10], [2024, 40]), now);
    expect(result.status).toBe('needs-acceleration');
  });

  it('judge lower-is-better targets by falling to the target', () => {
    const result = assessTarget(
      increase({ direction: 'decrease', targetValue: 5, dueYear: 2020 }),
      figures([2018, 9], [2020, 5]),
      now,
    );
    expect(result.status).toBe('met');
  });
});

describe('targets already met before the due year', () => {
  it('are met as soon as the latest figure meets the target, on one figure alone', () => {
    const result = assessTarget(increase(), figures([2022, 120]), now);
    expect(result).toMatchObject({ status: 'met', method: 'latest-value', reason: null });
    expect(result.explanation).toBe('latest value 120 (2022) already meets the target 100');
  });

  it('are met for a decrease when the figure is at or below the target', () => {
    expect(assessTarget(increase({ direction: 'decrease', targetValue: 12 }), figures([2022, 12]), now).status).toBe('met');
  });

  it('are met for a rank when the position is at or above the target position (a lower number)', () => {
    const result = assessTarget(increase({ direction: 'rank', targetValue: 10 }), figures([2019, 40], [2023, 7]), now);
    expect(result.status).toBe('met');
    expect(result.explanation).toBe('latest rank 7 (2023) already meets the target 10');
  });
});

describe('targets that cannot be projected', () => {
  it('are not enough data without a due year, and still show the latest figure against the target', () => {
    const result = assessTarget(increase({ dueYear: null }), figures([2020, 40], [2022, 60]), now);
    expect(result).toMatchObject({ status: 'not-enough-data', reason: 'no-due-year' });
    expect(result.explanation).toBe('no due year to project to; latest value 60 (2022) against the target 100');
  });

  it('are not enough data on one figure', () => {
    const result = assessTarget(increase(), figures([2022, 60]), now);
    expect(result).toMatchObject({ status: 'not-enough-data', reason: 'one-figure' });
    expect(result.explanation).toBe('only one figure, 60 (2022) against the target 100; a trend needs two');
  });
});

describe('projecting by compound growth (the UN method)', () => {
  // Baseline 10 (2020); target 100 by 2030. Required rate = (100/10)^(1/10) - 1 = 0.258925.
  const target = increase({ baselineValue: 10, baselineYear: 2020 });

  it('is on track when the projection reaches 95% of the required progress', () => {
    // CAGR = (40/10)^(1/4) - 1 = 0.414214; 2030: 40 * 1.414214^6 = 40 * 8 = 320; R = (320-10)/(100-10) = 3.444
    const result = assessTarget(target, figures([2024, 40]), now);
    expect(result).toMatchObject({ status: 'on-track', method: 'cagr' });
    expect(result.annualChange?.basis).toBe('compound');
    expect(result.annualChange?.achieved).toBeCloseTo(0.414214, 6);
    expect(result.annualChange?.required).toBeCloseTo(0.258925, 6);
    expect(result.projected).toBeCloseTo(320, 9);
    expect(result.ratio).toBeCloseTo(3.444444, 6);
    expect(result.explanation).toBe(
      'needs +25.9% a year; achieving +41.4% a year; projected 2030 value 320 against 100 (344% of the required progress)',
    );
  });

  it('needs acceleration when the projection makes 10% to 95% of the required progress', () => {
    // CAGR = (16/10)^(1/4) - 1 = 0.124683; 2030: 16 * 1.6^(6/4) = 16 * 2.023858 = 32.38; R = 22.38/90 = 0.2487
    const result = assessTarget(target, figures([2024, 16]), now);
    expect(result.status).toBe('needs-acceleration');
    expect(result.projected).toBeCloseTo(32.3817, 4);
    expect(result.ratio).toBeCloseTo(0.248686, 6);
  });

  it('is stagnating when the projection makes less than 10% of the required progress', () => {
    // CAGR = (11/10)^(1/4) - 1 = 0.024114; 2030: 11 * 1.1^1.5 = 12.69059; R = 2.69059/90 = 0.029895
    const result = assessTarget(target, figures([2024, 11]), now);
    expect(result.status).toBe('stagnating');
    expect(result.ratio).toBeCloseTo(0.029895, 6);
  });

  it('is stagnating when the figure has gone backwards, with a negative ratio', () => {
    // CAGR = (8/10)^(1/4) - 1 = -0.054258; 2030: 8 * 0.8^1.5 = 5.724; R = (5.724-10)/90 = -0.0475
    const result = assessTarget(target, figures([2024, 8]), now);
    expect(result.status).toBe('stagnating');
    expect(result.ratio).toBeCloseTo(-0.047508, 5);
    expect(result.explanation).toMatch(/^needs \+25\.9% a year; achieving -5\.4% a year; projected 2030 value 5\.72 against 100/);
  });

  it('uses the thresholds from the settings', () => {
    const strict = { ...now, settings: { onTrackRatio: 0.95, progressRatio: 0.3 } };
    expect(assessTarget(target, figures([2024, 16]), strict).status).toBe('stagnating');
  });

  it('reads progress from the baseline and the latest figure only, not the figures between', () => {
    const direct = assessTarget(target, figures([2024, 16]), now);
    const winding = assessTarget(target, figures([2021, 3], [2022, 90], [2024, 16]), now);
    expect(winding.ratio).toBe(direct.ratio);
  });
});

describe('projecting in a straight line where compound growth does not apply', () => {
  it('falls back to a straight line from a zero baseline, and says why', () => {
    // slope = (3 - 0) / 3 = 1 a year; required = 10 / 5 = 2 a year; 2025: 3 + 1*2 = 5; R = 5/10 = 0.5
    const result = assessTarget(increase({ targetValue: 10, dueYear: 2025 }), figures([2020, 0], [2023, 3]), now);
    expect(result).toMatchObject({ status: 'needs-acceleration', method: 'linear', projected: 5, ratio: 0.5 });
    expect(result.annualChange).toEqual({ basis: 'linear', required: 2, achieved: 1 });
    expect(result.notes.map((note) => note.code)).toEqual(['linear-fallback']);
    expect(result.explanation).toBe(
      'needs +2 a year; achieving +1 a year; projected 2025 value 5 against 10 (50% of the required progress); ' +
        'straight-line projection, because a growth rate from a baseline of 0 is undefined',
    );
  });

  it('falls back to a straight line when the latest figure is zero', () => {
    // 4 (2020) -> 0 (2022): slope -2; 2030: 0 - 16 = -16, held at 0; R = (0-4)/(10-4) = -0.667
    const result = assessTarget(increase({ targetValue: 10 }), figures([2020, 4], [2022, 0]), now);
    expect(result).toMatchObject({ method: 'linear', status: 'stagnating' });
    expect(result.explanation).toContain('a growth rate to a latest figure of 0 is undefined');
  });

  it('falls back to a straight line for negative figures, which have no growth rate', () => {
    // net flow -20 (2020) -> -10 (2022): slope +5; 2030: -10 + 5*8 = 30; R = (30+20)/(10+20) = 1.667
    const result = assessTarget(increase({ targetValue: 10 }), figures([2020, -20], [2022, -10]), now);
    expect(result).toMatchObject({ method: 'linear', status: 'on-track', projected: 30 });
    expect(result.ratio).toBeCloseTo(1.666667, 6);
    expect(result.notes.some((note) => note.code === 'projection-floored')).toBe(false);
  });

  it('falls back to a straight line for a target of zero, which compound decline never reaches', () => {
    // baseline 12 (2022), 6 (2024): slope -3; required (0-12)/3 = -4; 2025: 3; R = (3-12)/(0-12) = 0.75
    const result = assessTarget(
      { direction: 'decrease', baselineValue: 12, baselineYear: 2022, targetValue: 0, dueYear: 2025 },
      figures([2024, 6]),
      now,
    );
    expect(result).toMatchObject({ status: 'needs-acceleration', method: 'linear', projected: 3, ratio: 0.75 });
    expect(result.explanation).toBe(
      'needs -4 a year; achieving -3 a year; projected 2025 value 3 against 0 (75% of the required progress); ' +
        'straight-line projection, because compound growth never reaches a target of 0',
    );
  });

  it('stops a projection at zero for a quantity that cannot be negative', () => {
    // 12 (2022) -> 2 (2024): slope -5; 2025: -3, held at 0; R = 1
    const result = assessTarget(
      { direction: 'decrease', baselineValue: 12, baselineYear: 2022, targetValue: 0, dueYear: 2025 },
      figures([2024, 2]),
      now,
    );
    expect(result).toMatchObject({ status: 'on-track', projected: 0, ratio: 1 });
    expect(result.explanation).toContain('; projection stops at 0');
  });
});

describe('lower-is-better targets: decrease and rank', () => {
  it('count a fall as progress for a decrease, with compound decline', () => {
    // 40 (2020) -> 20 (2024): CAGR = 0.5^(1/4) - 1 = -0.159104; 2030: 20 * 0.5^1.5 = 7.071; R = (7.071-40)/(10-40) = 1.0976
    const result = assessTarget(increase({ direction: 'decrease', targetValue: 10 }), figures([2020, 40], [2024, 20]), now);
    expect(result).toMatchObject({ status: 'on-track', method: 'cagr' });
    expect(result.ratio).toBeCloseTo(1.097631, 5);
    expect(result.explanation).toMatch(/^needs -12\.9% a year; achieving -15\.9% a year; projected 2030 value 7\.07 against 10/);
  });

  it('count a rise as regression for a decrease', () => {
    const result = assessTarget(increase({ direction: 'decrease', targetValue: 10 }), figures([2020, 40], [2024, 50]), now);
    expect(result.status).toBe('stagnating');
    expect(result.ratio).toBeLessThan(0);
  });

  it('project ranks by compound change, say "climb" for a fall in rank number, and never past rank 1', () => {
    // 64 (2020) -> 4 (2024): CAGR = (1/16)^(1/4) - 1 = -0.5; required = (2/64)^(1/10) - 1 = -0.292893;
    // 2030: 4 * 0.5^6 = 0.0625, held at rank 1; R = (1-64)/(2-64) = 1.016
    const result = assessTarget(increase({ direction: 'rank', targetValue: 2 }), figures([2020, 64], [2024, 4]), now);
    expect(result).toMatchObject({ status: 'on-track', method: 'cagr', projected: 1 });
    expect(result.ratio).toBeCloseTo(1.016129, 6);
    expect(result.explanation).toBe(
      'needs to climb 29.3% a year; climbing 50.0% a year; projected 2030 rank 1 against 2 (101% of the required progress); ' +
        'projection stops at rank 1',
    );
  });

  it('say "falling back" when a rank number rises', () => {
    const result = assessTarget(increase({ direction: 'rank', targetValue: 1 }), figures([2020, 10], [2024, 20]), now);
    expect(result.status).toBe('stagnating');
    expect(result.explanation).toMatch(/^needs to climb \d+\.\d% a year; falling back 18\.9% a year; projected 2030 rank/);
  });

  it('say "not moving" when a rank holds', () => {
    const result = assessTarget(increase({ direction: 'rank', targetValue: 1 }), figures([2020, 10], [2024, 10]), now);
    expect(result.status).toBe('stagnating');
    expect(result.explanation).toContain('; not moving; projected 2030 rank 10 against 1 (0% of the required progress)');
  });
});

describe('a target the baseline already met', () => {
  it('is stagnating or regressing once the figure falls back below it, without a meaningless ratio', () => {
    const result = assessTarget(increase({ baselineValue: 120, baselineYear: 2020 }), figures([2023, 90]), now);
    expect(result).toMatchObject({ status: 'stagnating', method: 'latest-value', ratio: null, projected: null });
    expect(result.notes.map((note) => note.code)).toContain('baseline-already-met');
    expect(result.explanation).toBe(
      'the 2020 baseline 120 already met the target 100; the latest value 90 (2023) no longer does',
    );
  });
});

describe('several figures in one year', () => {
  it('are reduced by the same-year rule, and the line says how when the year is one the result uses', () => {
    const result = assessTarget(
      increase({ baselineValue: 10, baselineYear: 2020 }),
      [
        { year: 2024, value: 12, date: '2024-03' },
        { year: 2024, value: 16, date: '2024-09' },
      ],
      now,
    );
    expect(result.latest?.value).toBe(16);
    expect(result.explanation).toMatch(/; 2 figures for 2024: the latest-dated \(2024-09\) stands for the year$/);
  });
});

describe('the current year', () => {
  it('must be a whole year, since it is passed in rather than read from the clock', () => {
    expect(() => assessTarget(increase(), [], { currentYear: 2024.5 })).toThrow(RangeError);
  });
});

describe('assessing many targets', () => {
  it('matches observations to targets by id, ignores free-standing figures, and passes on analysts’ statuses', () => {
    const results = assessTargets(
      [
        { ...increase({ targetValue: 50 }), id: 'tgt-a' },
        { ...increase({ direction: 'qualitative', targetValue: null }), id: 'tgt-b' },
        { ...increase(), id: 'tgt-c' },
      ],
      [
        { targetId: 'tgt-a', year: 2020, value: 60 },
        { targetId: null, year: 2020, value: 1 },
        { targetId: 'tgt-elsewhere', year: 2020, value: 1 },
      ],
      { currentYear: 2024, judgements: new Map([['tgt-b', { status: 'missed' as const, evidenceIds: ['obs-9'] }]]) },
    );
    expect([...results.keys()]).toEqual(['tgt-a', 'tgt-b', 'tgt-c']);
    expect(results.get('tgt-a')?.status).toBe('met');
    expect(results.get('tgt-b')).toMatchObject({ status: 'qualitative', analyst: { status: 'missed' } });
    expect(results.get('tgt-c')?.reason).toBe('no-figures');
  });

  it('gives each target the same result as assessing it alone', () => {
    const target = { ...increase({ baselineValue: 10, baselineYear: 2020 }), id: 'tgt-a' };
    const observations = [{ targetId: 'tgt-a', year: 2024, value: 16 }];
    expect(assessTargets([target], observations, now).get('tgt-a')).toEqual(assessTarget(target, observations, now));
  });
});
