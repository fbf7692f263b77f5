import { describe, expect, it } from 'vitest';
import { assessTarget } from '../../../../shared/assessment';
import type { AssessableTarget } from '../../../../shared/assessment';
import { buildTargetChart } from './target-chart-data';
import type { TargetChartData } from './target-chart-data';
import {
  chartName,
  chartSummary,
  latestLabel,
  legendEntries,
  notesBesideSummary,
  tableCaption,
  targetLabel,
} from './target-chart-text';

const figure = { year: 2021, value: 2446, qualifier: 'exact' as const, from: 'observations' as const, observationIds: [] };

function chartData(target: AssessableTarget, observations: { year: number; value: number }[]): TargetChartData {
  const assessment = assessTarget(target, observations, { currentYear: 2024 });
  const view = buildTargetChart({ target, observations, assessment, currentYear: 2024 });
  if (view.kind !== 'chart') throw new Error(view.kind);
  return view.data;
}

describe('the summary sentence', () => {
  it('is the status label, then the assessment’s explanation, as one sentence', () => {
    expect(chartSummary({ status: 'on-track', explanation: 'needs +7.1% a year; achieving +11.0% a year' })).toBe(
      'On track: needs +7.1% a year; achieving +11.0% a year.',
    );
  });

  it('does not name an analyst’s status twice', () => {
    expect(
      chartSummary({ status: 'qualitative', explanation: "analyst's status: on track, resting on 2 linked evidence items" }),
    ).toBe("Analyst's status: on track, resting on 2 linked evidence items.");
  });

  it('keeps the notes the explanation leaves out, and only those', () => {
    const notes = notesBesideSummary({
      explanation: 'needs +2 a year; achieving +1 a year; 1 figure in another unit (%) left out',
      notes: [
        { code: 'other-unit-left-out', text: '1 figure in another unit (%) left out' },
        { code: 'before-baseline-left-out', text: '2 figures from 2019 or earlier left out' },
      ],
    });
    expect(notes.map((note) => note.code)).toEqual(['before-baseline-left-out']);
  });
});

describe('the direct labels', () => {
  it('write the latest figure with its year and qualifier', () => {
    expect(latestLabel('increase', figure)).toBe('2,446 (2021)');
    expect(latestLabel('increase', { ...figure, value: 13, qualifier: 'at-least' })).toBe('at least 13 (2021)');
    expect(latestLabel('rank', { ...figure, value: 240 })).toBe('rank 240 (2021)');
  });

  it('write the target with its due year, or say it has none', () => {
    expect(targetLabel('increase', { value: 3000, year: 2025 })).toBe('Target 3,000 by 2025');
    expect(targetLabel('rank', { value: 1, year: 2035 })).toBe('Target rank 1 by 2035');
    expect(targetLabel('increase', { value: 200, year: null })).toBe('Target 200, no due year');
  });
});

describe('the legend', () => {
  it('names every series drawn, saying how the required path runs', () => {
    const target: AssessableTarget = {
      direction: 'increase',
      unit: null,
      baselineValue: null,
      baselineYear: null,
      targetValue: 4000,
      dueYear: 2025,
    };
    const entries = legendEntries(
      chartData(target, [
        { year: 2019, value: 1984 },
        { year: 2021, value: 2446 },
      ]),
    );
    expect(entries.map((entry) => entry.label)).toEqual([
      'Observed',
      'Baseline (first figure)',
      'Required path (steady growth rate)',
      'Projection at current pace',
      'Target',
    ]);
  });

  it('gives every series its own line style or marker, so it reads without colour', () => {
    const target: AssessableTarget = {
      direction: 'increase',
      unit: null,
      baselineValue: null,
      baselineYear: null,
      targetValue: 4000,
      dueYear: 2025,
    };
    const entries = legendEntries(
      chartData(target, [
        { year: 2019, value: 1984 },
        { year: 2021, value: 2446 },
      ]),
    );
    const looks = entries.map(
      (entry) => `${entry.style.lineWidth > 0 ? (entry.style.dash ?? 'solid') : 'none'}/${entry.style.marker}`,
    );
    expect(new Set(looks).size).toBe(entries.length);
  });

  it('names only what is drawn when there is no due year', () => {
    const target: AssessableTarget = {
      direction: 'increase',
      unit: null,
      baselineValue: null,
      baselineYear: null,
      targetValue: 200,
      dueYear: null,
    };
    const entries = legendEntries(
      chartData(target, [
        { year: 2020, value: 150 },
        { year: 2022, value: 184 },
      ]),
    );
    expect(entries.map((entry) => entry.label)).toEqual(['Observed', 'Baseline (first figure)', 'Target (no due year)']);
  });
});

describe('the accessible name and the table caption', () => {
  it('name the chart after its target', () => {
    expect(chartName('10 journals in the top 100 by 2025')).toBe(
      'Progress chart for the target: 10 journals in the top 100 by 2025',
    );
  });

  it('say what the figures count, and give a target without due year in words', () => {
    const target: AssessableTarget = {
      direction: 'increase',
      unit: 'students',
      baselineValue: null,
      baselineYear: null,
      targetValue: 200,
      dueYear: null,
    };
    const data = chartData(target, [{ year: 2022, value: 184 }]);
    expect(tableCaption(data, 'students')).toBe('Figures plotted in the chart (students); target 200, no due year');
  });

  it('say that rank 1 is best', () => {
    const target: AssessableTarget = {
      direction: 'rank',
      unit: 'rank',
      baselineValue: null,
      baselineYear: null,
      targetValue: 1,
      dueYear: 2035,
    };
    const data = chartData(target, [{ year: 2022, value: 300 }]);
    expect(tableCaption(data, 'rank')).toBe('Ranks plotted in the chart (1 is best)');
  });
});
