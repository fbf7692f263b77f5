import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '../../../../shared/assessment';
import { buildStatusMatrix, dueYearMatches, NO_DUE_YEAR } from './status-matrix';

const target = (status: AssessmentStatus, dueYear: number | null) => ({ status, dueYear });

describe('the status × due-year matrix', () => {
  it('counts every target once, so the totals add up to the number of targets', () => {
    const targets = [
      target('met', 2025),
      target('missed', 2020),
      target('missed', 2025),
      target('on-track', 2030),
      target('not-enough-data', null),
    ];
    const matrix = buildStatusMatrix(targets, ASSESSMENT_STATUSES);
    expect(matrix.total).toBe(5);
    expect(matrix.columns.map((column) => column.label)).toEqual(['2020', '2025', '2030', 'No due year']);
    expect(matrix.columnTotals).toEqual([1, 2, 1, 1]);
    expect(matrix.rows.find((row) => row.status === 'missed')).toEqual({ status: 'missed', cells: [1, 1, 0, 0], total: 2 });
    expect(matrix.rows.reduce((sum, row) => sum + row.total, 0)).toBe(5);
  });

  it('lists every status in the order given, even those no target has', () => {
    const order = ['missed', 'met', 'on-track'] as const;
    const matrix = buildStatusMatrix([target('met', 2025)], order);
    expect(matrix.rows.map((row) => [row.status, row.total])).toEqual([
      ['missed', 0],
      ['met', 1],
      ['on-track', 0],
    ]);
  });

  it('bands due years by five when there are too many to show one by one', () => {
    const targets = [2021, 2022, 2025, 2026, 2031].map((year) => target('met', year));
    const matrix = buildStatusMatrix(targets, ['met'], 3);
    expect(matrix.columns).toEqual([
      { key: '2021-2025', label: '2021–2025' },
      { key: '2026-2030', label: '2026–2030' },
      { key: '2031-2035', label: '2031–2035' },
    ]);
    expect(matrix.columnTotals).toEqual([3, 1, 1]);
  });

  it('shows nothing but zero totals for an empty library', () => {
    const matrix = buildStatusMatrix([], ['met', 'missed']);
    expect(matrix).toEqual({
      columns: [],
      rows: [
        { status: 'met', cells: [], total: 0 },
        { status: 'missed', cells: [], total: 0 },
      ],
      columnTotals: [],
      total: 0,
    });
  });
});

describe('matching a due year to a column', () => {
  it('matches single years, five-year bands and the missing year', () => {
    expect(dueYearMatches(2025, '2025')).toBe(true);
    expect(dueYearMatches(2024, '2025')).toBe(false);
    expect(dueYearMatches(2023, '2021-2025')).toBe(true);
    expect(dueYearMatches(2026, '2021-2025')).toBe(false);
    expect(dueYearMatches(null, NO_DUE_YEAR)).toBe(true);
    expect(dueYearMatches(2025, NO_DUE_YEAR)).toBe(false);
    expect(dueYearMatches(null, '2025')).toBe(false);
  });
});
