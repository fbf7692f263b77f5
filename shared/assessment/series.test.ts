import { describe, expect, it } from 'vitest';
import { buildSeries, unitsAgree } from './series';
import type { AssessableObservation, AssessableTarget } from './types';

const target = (overrides: Partial<AssessableTarget> = {}): AssessableTarget => ({
  direction: 'increase',
  unit: null,
  baselineValue: null,
  baselineYear: null,
  targetValue: 100,
  dueYear: 2030,
  ...overrides,
});

const values = (observations: readonly AssessableObservation[], over: Partial<AssessableTarget> = {}) =>
  buildSeries(target(over), observations).points.map((point) => [point.year, point.value]);

describe('the series the method reads', () => {
  it('starts at the earliest observation when the target states no baseline, one figure a year in year order', () => {
    const series = buildSeries(target(), [
      { id: 'b', value: 2446, year: 2021 },
      { id: 'a', value: 1984, year: 2019 },
    ]);
    expect(series.points).toEqual([
      { year: 2019, value: 1984, qualifier: 'exact', from: 'observations', observationIds: ['a'] },
      { year: 2021, value: 2446, qualifier: 'exact', from: 'observations', observationIds: ['b'] },
    ]);
  });

  it("starts at the target's own baseline when the plan states one", () => {
    const series = buildSeries(target({ baselineValue: 12, baselineYear: 2022 }), [{ value: 6, year: 2024 }]);
    expect(series.points[0]).toEqual({ year: 2022, value: 12, qualifier: 'exact', from: 'target', observationIds: [] });
    expect(series.points).toHaveLength(2);
  });

  it("leaves out observations from the stated baseline's year or earlier, and says so", () => {
    const series = buildSeries(target({ baselineValue: 12, baselineYear: 2022 }), [
      { value: 14, year: 2021 },
      { value: 11, year: 2022 },
      { value: 6, year: 2024 },
    ]);
    expect(series.points.map((point) => point.value)).toEqual([12, 6]);
    expect(series.notes).toEqual([
      {
        code: 'before-baseline-left-out',
        text: "2 figures from 2022 or earlier left out; progress is measured from the target's 2022 baseline",
      },
    ]);
  });

  it('gives the same series whatever order the observations come in', () => {
    const observations = [
      { value: 1, year: 2010 },
      { value: 6, year: 2022 },
      { value: 2, year: 2012 },
      { value: 3, year: 2021 },
    ];
    expect(values(observations)).toEqual(values([...observations].reverse()));
  });
});

describe('the same-year rule', () => {
  it('lets the latest-dated figure of a year stand for the year (Confucius Institutes in Japan, seed figures)', () => {
    // 15 (2021-03); "at least 13" (2023-04); 13 (2023-05): the May count supersedes April's.
    const series = buildSeries(target(), [
      { id: 'ci-2023-05', value: 13, year: 2023, date: '2023-05', qualifier: 'exact' },
      { id: 'ci-2023-04', value: 13, year: 2023, date: '2023-04', qualifier: 'at-least' },
      { id: 'ci-2021', value: 15, year: 2021, date: '2021-03' },
    ]);
    expect(series.points.at(-1)).toEqual({
      year: 2023,
      value: 13,
      qualifier: 'exact',
      from: 'observations',
      observationIds: ['ci-2023-05'],
    });
    expect(series.sameYear.get(2023)?.text).toBe('2 figures for 2023: the latest-dated (2023-05) stands for the year');
  });

  it('ranks an undated figure below a dated one of the same year', () => {
    expect(
      values([
        { value: 20, year: 2020, date: '2020-03' },
        { value: 30, year: 2020 },
      ]),
    ).toEqual([[2020, 20]]);
    expect(
      values([
        { value: 20, year: 2020, date: '2020' },
        { value: 30, year: 2020, date: '2020-01-02' },
      ]),
    ).toEqual([[2020, 30]]);
  });

  it('averages figures that tie on the latest date, whatever their order, and says so', () => {
    const series = buildSeries(target(), [
      { id: 'x', value: 10, year: 2020 },
      { id: 'y', value: 13, year: 2020 },
    ]);
    expect(series.points).toEqual([
      { year: 2020, value: 11.5, qualifier: 'exact', from: 'observations', observationIds: ['x', 'y'] },
    ]);
    expect(series.sameYear.get(2020)?.text).toBe('2 equally dated figures for 2020 averaged to 11.5');
  });

  it('calls an average of differently qualified figures approximate', () => {
    const [point] = buildSeries(target(), [
      { value: 10, year: 2020, qualifier: 'more-than' },
      { value: 12, year: 2020, qualifier: 'exact' },
    ]).points;
    expect(point?.qualifier).toBe('approximately');
  });
});

describe('units', () => {
  it("leaves out figures recorded in a unit other than the target's, and says which", () => {
    // The seed files growth rates in % under a count of positions (ISTO positions, 2019-2021).
    const series = buildSeries(target({ unit: 'positions' }), [
      { value: 1984, year: 2019, unit: 'positions' },
      { value: 2446, year: 2021, unit: 'positions' },
      { value: 23.3, year: 2021, unit: '%' },
      { value: 51.5, year: 2021, unit: '%' },
    ]);
    expect(series.points.map((point) => point.value)).toEqual([1984, 2446]);
    expect(series.notes).toEqual([{ code: 'other-unit-left-out', text: '2 figures in another unit (%) left out' }]);
  });

  it('measures a per-year target by yearly figures of the thing counted', () => {
    expect(values([{ value: 300, year: 2022, unit: 'students' }], { unit: 'students per year' })).toEqual([[2022, 300]]);
    expect(values([{ value: 300, year: 2022, unit: 'Students ' }], { unit: 'students a year' })).toEqual([[2022, 300]]);
  });

  it('accepts any figure when either side has no unit', () => {
    expect(values([{ value: 5, year: 2022, unit: null }], { unit: 'journals' })).toEqual([[2022, 5]]);
    expect(values([{ value: 5, year: 2022, unit: 'journals' }], { unit: null })).toEqual([[2022, 5]]);
  });
});

describe('unitsAgree', () => {
  it('accepts the same unit written differently, a count for a per-year target, and a missing unit', () => {
    expect(unitsAgree('Positions', ' positions ')).toBe(true);
    expect(unitsAgree('students per year', 'students')).toBe(true);
    expect(unitsAgree(null, '%')).toBe(true);
  });
  it('refuses a different unit', () => {
    expect(unitsAgree('positions', '%')).toBe(false);
  });
});
