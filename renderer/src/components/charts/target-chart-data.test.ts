import { describe, expect, it } from 'vitest';
import { assessTarget } from '../../../../shared/assessment';
import type { AssessableObservation, AssessableTarget } from '../../../../shared/assessment';
import { buildTargetChart, pathValueAt, projectionPath, requiredPath, valueAxis } from './target-chart-data';
import type { TargetChartData, TargetChartView } from './target-chart-data';

const noBaseline = { baselineValue: null, baselineYear: null } as const;

function chartOf(target: AssessableTarget, observations: AssessableObservation[], currentYear = 2024): TargetChartView {
  const assessment = assessTarget(target, observations, { currentYear });
  return buildTargetChart({ target, observations, assessment, currentYear });
}

function dataOf(view: TargetChartView): TargetChartData {
  if (view.kind !== 'chart') throw new Error(`expected a chart, got ${view.kind}`);
  return view.data;
}

// The seed's real ISTO positions, 1,984 (2019) and 2,446 (2021), against a hypothetical 4,000 by 2025.
const isto: AssessableTarget = { direction: 'increase', unit: 'positions', ...noBaseline, targetValue: 4000, dueYear: 2025 };
const istoFigures: AssessableObservation[] = [
  { id: 'o2019', year: 2019, value: 1984, unit: 'positions' },
  { id: 'o2021', year: 2021, value: 2446, unit: 'positions' },
];

// AI Open, 300th (2022, real), a hypothetical 240th (2024), against world No. 1 by 2035.
const journal: AssessableTarget = { direction: 'rank', unit: 'rank', ...noBaseline, targetValue: 1, dueYear: 2035 };
const journalRanks: AssessableObservation[] = [
  { year: 2022, value: 300, unit: 'rank' },
  { year: 2024, value: 240, unit: 'rank' },
];

describe('the required path', () => {
  it('grows by the assessment’s required rate each year when the assessment compounds', () => {
    const data = dataOf(chartOf(isto, istoFigures));
    const assessment = assessTarget(isto, istoFigures, { currentYear: 2024 });
    expect(data.required?.basis).toBe('compound');
    const required = assessment.annualChange!.required; // +12.4% a year
    const points = data.required!.points;
    expect(points.map((point) => point.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (let index = 1; index < points.length; index += 1) {
      expect(points[index]!.value / points[index - 1]!.value).toBeCloseTo(1 + required, 9);
    }
  });

  it('starts on the baseline and ends exactly on the target in the due year', () => {
    const points = dataOf(chartOf(isto, istoFigures)).required!.points;
    expect(points[0]).toEqual({ year: 2019, value: 1984 });
    expect(points.at(-1)).toEqual({ year: 2025, value: 4000 });
  });

  it('is a straight line, the same step each year, when the assessment fell back to one', () => {
    // Ten journals in the top 100 by 2025 from a hypothetical 0 in 2020: no growth rate from 0.
    const target: AssessableTarget = { direction: 'increase', unit: null, ...noBaseline, targetValue: 10, dueYear: 2025 };
    const data = dataOf(
      chartOf(target, [
        { year: 2020, value: 0 },
        { year: 2023, value: 3 },
      ]),
    );
    expect(data.required?.basis).toBe('linear');
    expect(data.required?.points.map((point) => point.value)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('starts from the plan’s stated baseline, not from the first observation', () => {
    const target: AssessableTarget = { ...isto, baselineValue: 2000, baselineYear: 2020 };
    const data = dataOf(chartOf(target, istoFigures));
    expect(data.baseline).toMatchObject({ year: 2020, value: 2000, from: 'target' });
    expect(data.required?.points[0]).toEqual({ year: 2020, value: 2000 });
  });

  it('still shows where a met target had to go, on the basis the assessment would have used', () => {
    const target: AssessableTarget = { ...isto, targetValue: 2400 };
    const view = chartOf(target, istoFigures);
    const data = dataOf(view);
    expect(data.projection).toBeNull();
    expect(data.required?.basis).toBe('compound');
    expect(data.required?.points.at(-1)).toEqual({ year: 2025, value: 2400 });
  });

  it('is left out when the baseline already met the target: a path back down would read as the goal', () => {
    const path = requiredPath('increase', { annualChange: null }, { year: 2019, value: 50 }, null, 40, 2025);
    expect(path).toBeNull();
  });

  it('is left out without a due year', () => {
    const data = dataOf(chartOf({ ...isto, dueYear: null }, istoFigures));
    expect(data.required).toBeNull();
    expect(data.projection).toBeNull();
    expect(data.target).toEqual({ value: 4000, year: null });
  });

  it('is sampled more sparsely over a very long span, with both ends kept exact', () => {
    const path = requiredPath('increase', { annualChange: null }, { year: 1900, value: 1 }, null, 1000, 2100);
    expect(path!.points.length).toBeLessThanOrEqual(61);
    expect(path!.points[0]).toEqual({ year: 1900, value: 1 });
    expect(path!.points.at(-1)).toEqual({ year: 2100, value: 1000 });
  });
});

describe('the projection', () => {
  it('runs from the latest figure at the achieved growth rate and ends on the assessment’s projected value', () => {
    const assessment = assessTarget(isto, istoFigures, { currentYear: 2024 });
    const data = dataOf(chartOf(isto, istoFigures));
    const points = data.projection!.points;
    expect(points[0]).toEqual({ year: 2021, value: 2446 });
    expect(points.at(-1)).toEqual({ year: 2025, value: assessment.projected });
    expect(points[1]!.value).toBeCloseTo(2446 * (1 + assessment.annualChange!.achieved), 9);
  });

  it('runs in a straight line at the achieved slope when the assessment fell back to one', () => {
    // Embargo 12 months (2022, the plan's baseline) to 6 (2024): -3 a year, projected 3 in 2025.
    const target: AssessableTarget = {
      direction: 'decrease',
      unit: 'months',
      baselineValue: 12,
      baselineYear: 2022,
      targetValue: 0,
      dueYear: 2025,
    };
    const data = dataOf(chartOf(target, [{ year: 2024, value: 6, unit: 'months' }]));
    expect(data.projection).toEqual({
      basis: 'linear',
      points: [
        { year: 2024, value: 6 },
        { year: 2025, value: 3 },
      ],
    });
  });

  it('stops at rank 1 where the assessment floored the projection', () => {
    // 40th (2018) to 12th (2020): climbing 45% a year would pass rank 1 before 2030.
    const target: AssessableTarget = { direction: 'rank', unit: 'rank', ...noBaseline, targetValue: 5, dueYear: 2030 };
    const figures = [
      { year: 2018, value: 40 },
      { year: 2020, value: 12 },
    ];
    const assessment = assessTarget(target, figures, { currentYear: 2021 });
    expect(assessment.projected).toBe(1);
    const points = dataOf(chartOf(target, figures, 2021)).projection!.points;
    expect(Math.min(...points.map((point) => point.value))).toBe(1);
    expect(points.at(-1)).toEqual({ year: 2030, value: 1 });
  });

  it('is absent when the assessment projected nothing', () => {
    expect(projectionPath({ annualChange: null, projected: null, notes: [] }, { year: 2021, value: 5 }, 2025)).toBeNull();
  });

  it('is absent when the latest figure is already from the due year', () => {
    const path = projectionPath(
      { annualChange: { basis: 'linear', required: 1, achieved: 1 }, projected: 5, notes: [] },
      { year: 2025, value: 5 },
      2025,
    );
    expect(path).toBeNull();
  });
});

describe('a rank target', () => {
  it('reverses the value axis, so a climb towards rank 1 goes up, and says that 1 is best', () => {
    const data = dataOf(chartOf(journal, journalRanks));
    expect(data.y).toMatchObject({ reversed: true, label: 'rank (1 is best)', wholeNumbers: true });
    expect(data.y.domain[0]).toBe(1);
    expect(data.y.domain[1]).toBeGreaterThanOrEqual(300);
    expect(data.y.ticks[0]).toBe(1);
  });

  it('draws the required climb from 300th to 1st as a compound path that never passes rank 1', () => {
    const required = dataOf(chartOf(journal, journalRanks)).required!;
    expect(required.basis).toBe('compound');
    expect(required.points.every((point) => point.value >= 1)).toBe(true);
    expect(required.points.at(-1)).toEqual({ year: 2035, value: 1 });
  });

  it('keeps an axis of other quantities the right way up', () => {
    expect(dataOf(chartOf(isto, istoFigures)).y.reversed).toBe(false);
  });
});

describe('the figures plotted', () => {
  it('are the series the assessment read: figures in another unit are not plotted', () => {
    const figures = [...istoFigures, { year: 2021, value: 23.3, unit: '%' }];
    const data = dataOf(chartOf(isto, figures));
    expect(data.observed.map((point) => point.value)).toEqual([1984, 2446]);
  });

  it('are one figure a year, by the assessment’s same-year rule', () => {
    const target: AssessableTarget = { direction: 'increase', unit: 'institutes', ...noBaseline, targetValue: 20, dueYear: 2025 };
    const data = dataOf(
      chartOf(target, [
        { year: 2021, value: 15 },
        { year: 2023, value: 14, date: '2023-04', qualifier: 'at-least' },
        { year: 2023, value: 13, date: '2023-05' },
      ]),
    );
    expect(data.observed.map((point) => [point.year, point.value])).toEqual([
      [2021, 15],
      [2023, 13],
    ]);
  });

  it('leave out observations from before the plan’s stated baseline year', () => {
    const target: AssessableTarget = { ...isto, baselineValue: 2000, baselineYear: 2020 };
    expect(dataOf(chartOf(target, istoFigures)).observed.map((point) => point.year)).toEqual([2021]);
  });

  it('mark the figure judged at a past due year as the latest, not a later one', () => {
    const target: AssessableTarget = { direction: 'increase', unit: null, ...noBaseline, targetValue: 50, dueYear: 2015 };
    const data = dataOf(
      chartOf(target, [
        { year: 2009, value: 30 },
        { year: 2015, value: 50 },
        { year: 2018, value: 45 },
      ]),
    );
    expect(data.latest).toMatchObject({ year: 2015, value: 50 });
  });
});

describe('what there is to draw', () => {
  it('is nothing for a qualitative target', () => {
    const target: AssessableTarget = { direction: 'qualitative', unit: null, ...noBaseline, targetValue: null, dueYear: null };
    expect(chartOf(target, istoFigures).kind).toBe('qualitative');
  });

  it('is nothing while no figure has been observed, even with a stated baseline', () => {
    expect(chartOf(isto, []).kind).toBe('no-figures');
    expect(chartOf({ ...isto, baselineValue: 1984, baselineYear: 2019 }, []).kind).toBe('no-figures');
  });

  it('is the one figure and the target when there is only one figure', () => {
    const data = dataOf(chartOf(journal, journalRanks.slice(0, 1)));
    expect(data.observed).toHaveLength(1);
    expect(data.latest).toMatchObject({ year: 2022, value: 300 });
    expect(data.projection).toBeNull();
    expect(data.target).toEqual({ value: 1, year: 2035 });
  });

  it('is the observed figures alone when the target has no target value', () => {
    const data = dataOf(chartOf({ ...isto, targetValue: null }, istoFigures));
    expect(data.target).toBeNull();
    expect(data.required).toBeNull();
  });

  it('marks the current year only when it falls inside the years shown', () => {
    expect(dataOf(chartOf(isto, istoFigures, 2024)).now).toBe(2024);
    expect(dataOf(chartOf(isto, istoFigures, 2030)).now).toBeNull();
  });

  it('spans the years from the baseline to the due year', () => {
    expect(dataOf(chartOf(isto, istoFigures)).x.domain).toEqual([2019, 2025]);
  });
});

describe('the value axis', () => {
  it('starts at 0 for a count that is not far from 0', () => {
    expect(valueAxis('increase', 'positions', [1984, 2446, 4000]).domain).toEqual([0, 4000]);
    expect(valueAxis('increase', 'positions', [1984, 2446, 3718]).domain).toEqual([0, 4000]);
  });

  it('fits a series far from 0 instead of flattening it against 0', () => {
    const axis = valueAxis('increase', 'index', [98, 101, 104]);
    expect(axis.domain[0]).toBeGreaterThan(90);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(104);
  });

  it('holds negative values', () => {
    const axis = valueAxis('increase', 'net flow', [-20, 5, 30]);
    expect(axis.domain[0]).toBeLessThanOrEqual(-20);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(30);
  });

  it('is labelled with the target’s unit, or "value" without one', () => {
    expect(valueAxis('increase', ' students ', [1, 2]).label).toBe('students');
    expect(valueAxis('increase', null, [1, 2]).label).toBe('value');
  });

  it('gives a rank axis whole-number ticks from rank 1 even for a few places', () => {
    expect(valueAxis('rank', 'rank', [1, 3, 5]).ticks).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('the data table', () => {
  it('has a row for each figure, the baseline and the due year, with the path values there', () => {
    // Required in 2021: 1,984 * 1.123966^2 = 2,506.4; projected 2025: 3,717.8 (see shared/assessment).
    const rows = dataOf(chartOf(isto, istoFigures)).rows;
    expect(rows).toEqual([
      { year: 2019, figure: '1,984', required: '1,984', projection: '', target: '' },
      { year: 2021, figure: '2,446', required: '2,506', projection: '2,446', target: '' },
      { year: 2025, figure: '', required: '4,000', projection: '3,718', target: '4,000' },
    ]);
  });

  it('writes a stated baseline as the plan’s and a qualified figure with its qualifier', () => {
    const target: AssessableTarget = { ...isto, baselineValue: 1900, baselineYear: 2018 };
    const rows = dataOf(chartOf(target, [{ year: 2021, value: 2446, qualifier: 'approximately' }])).rows;
    expect(rows[0]).toMatchObject({ year: 2018, figure: "1,900 (plan's baseline)" });
    expect(rows[1]).toMatchObject({ year: 2021, figure: 'about 2,446' });
  });

  it('reads a path’s value only at the years it was sampled', () => {
    const path = { basis: 'linear' as const, points: [{ year: 2020, value: 1 }] };
    expect(pathValueAt(path, 2020)).toBe(1);
    expect(pathValueAt(path, 2021)).toBeNull();
    expect(pathValueAt(null, 2020)).toBeNull();
  });
});
