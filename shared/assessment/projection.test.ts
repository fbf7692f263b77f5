import { describe, expect, it } from 'vitest';
import {
  chooseTrajectory,
  classifyRatio,
  compoundAnnualGrowthRate,
  linearSlope,
  progressRatio,
  project,
  projectCompound,
  projectLinear,
} from './projection';
import { DEFAULT_ASSESSMENT_SETTINGS } from './settings';

describe('the formulas of the UN SDG Progress Chart method', () => {
  it('computes the growth rate since the baseline as a compound annual rate', () => {
    // (2446 / 1984)^(1/2) - 1 = 1.232863^0.5 - 1 = 0.110344
    expect(compoundAnnualGrowthRate({ year: 2019, value: 1984 }, { year: 2021, value: 2446 })).toBeCloseTo(0.110344, 6);
  });

  it('projects the latest figure to the due year at that rate', () => {
    // 2446 * 1.110344^4 = 2446 * 1.519951 = 3717.80
    expect(projectCompound({ year: 2021, value: 2446 }, 0.1103436, 2025)).toBeCloseTo(3717.8, 1);
  });

  it('measures projected progress as a share of the progress required', () => {
    // (3717.80 - 1984) / (4000 - 1984) = 1733.80 / 2016 = 0.8600
    expect(progressRatio(3717.8, 1984, 4000)).toBeCloseTo(0.86, 4);
  });

  it('gives the same ratio for a lower-is-better target, where both differences are negative', () => {
    // (3 - 12) / (0 - 12) = 0.75
    expect(progressRatio(3, 12, 0)).toBe(0.75);
  });

  it('draws the straight line through the baseline and the latest figure', () => {
    expect(linearSlope({ year: 2020, value: 0 }, { year: 2023, value: 3 })).toBe(1);
    expect(projectLinear({ year: 2023, value: 3 }, 1, 2025)).toBe(5);
  });
});

describe('choosing the trajectory', () => {
  it('uses compound growth when the baseline, the latest figure and the target are all above zero', () => {
    expect(chooseTrajectory(1984, 2446, 4000)).toBeNull();
  });

  it('falls back to a straight line when a figure or the target is zero or negative, and says which', () => {
    expect(chooseTrajectory(0, 3, 10)).toBe('baseline-not-positive');
    expect(chooseTrajectory(-5, 3, 10)).toBe('baseline-not-positive');
    expect(chooseTrajectory(12, 0, 5)).toBe('latest-not-positive');
    expect(chooseTrajectory(12, 6, 0)).toBe('target-not-positive');
  });
});

describe('projecting to the due year', () => {
  it('reports the achieved and required rates and the ratio, compound when it can', () => {
    const projection = project({
      baseline: { year: 2019, value: 1984 },
      latest: { year: 2021, value: 2446 },
      targetValue: 4000,
      dueYear: 2025,
      floor: 0,
    });
    // required = (4000 / 1984)^(1/6) - 1 = 0.123966
    expect(projection).toMatchObject({ method: 'cagr', linearReason: null, floored: false });
    expect(projection.achievedPerYear).toBeCloseTo(0.110344, 6);
    expect(projection.requiredPerYear).toBeCloseTo(0.123966, 6);
    expect(projection.projected).toBeCloseTo(3717.8, 1);
    expect(projection.ratio).toBeCloseTo(0.86, 4);
  });

  it('stops the projection at the floor and measures the ratio from there', () => {
    // slope = (2 - 12) / 2 = -5 a year; 2025: 2 - 5 = -3, held at 0; R = (0 - 12) / (0 - 12) = 1
    const projection = project({
      baseline: { year: 2022, value: 12 },
      latest: { year: 2024, value: 2 },
      targetValue: 0,
      dueYear: 2025,
      floor: 0,
    });
    expect(projection).toMatchObject({
      method: 'linear',
      linearReason: 'target-not-positive',
      projected: 0,
      floored: true,
      ratio: 1,
    });
  });

  it('never projects backwards: a latest figure from after the due year stands as the projection', () => {
    const projection = project({
      baseline: { year: 2018, value: 10 },
      latest: { year: 2026, value: 15 },
      targetValue: 20,
      dueYear: 2025,
      floor: 0,
    });
    expect(projection.projected).toBe(15);
    expect(projection.ratio).toBe(0.5);
  });
});

describe('classifying the ratio with the method’s thresholds', () => {
  const settings = DEFAULT_ASSESSMENT_SETTINGS;

  it('calls a ratio of 0.95 or more on track', () => {
    expect(classifyRatio(0.95, settings)).toBe('on-track');
    expect(classifyRatio(1.7, settings)).toBe('on-track');
  });

  it('calls a ratio from 0.10 up to 0.95 progress that needs acceleration', () => {
    expect(classifyRatio(0.9499, settings)).toBe('needs-acceleration');
    expect(classifyRatio(0.1, settings)).toBe('needs-acceleration');
  });

  it('calls a ratio below 0.10, including any regression, stagnating', () => {
    expect(classifyRatio(0.0999, settings)).toBe('stagnating');
    expect(classifyRatio(0, settings)).toBe('stagnating');
    expect(classifyRatio(-0.75, settings)).toBe('stagnating');
  });

  it('puts a ratio on the threshold up to floating-point error where a hand calculation puts it', () => {
    expect(classifyRatio(0.95 - 1e-12, settings)).toBe('on-track');
    expect(classifyRatio(0.1 - 1e-12, settings)).toBe('needs-acceleration');
  });

  it('uses the thresholds it is given', () => {
    expect(classifyRatio(0.9, { onTrackRatio: 0.85, progressRatio: 0.5 })).toBe('on-track');
    expect(classifyRatio(0.4, { onTrackRatio: 0.85, progressRatio: 0.5 })).toBe('stagnating');
  });
});
