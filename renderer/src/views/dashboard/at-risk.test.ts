import { describe, expect, it } from 'vitest';
import type { AnalystJudgement, AssessmentStatus } from '../../../../shared/assessment';
import { mostAtRisk, riskStatusOf } from './at-risk';

const ORDER: AssessmentStatus[] = [
  'missed',
  'stagnating',
  'needs-acceleration',
  'not-enough-data',
  'qualitative',
  'on-track',
  'met',
];

const target = (
  id: string,
  status: AssessmentStatus,
  dueYear: number | null,
  ratio: number | null,
  analyst: AnalystJudgement | null = null,
) => ({
  id,
  status,
  dueYear,
  ratio,
  assessment: { analyst },
});

describe('the targets most at risk', () => {
  it('puts the worst status first, then the soonest due year, then the lowest ratio', () => {
    const ranked = mostAtRisk(
      [
        target('accelerate-2025', 'needs-acceleration', 2025, 0.5),
        target('stagnating-2030', 'stagnating', 2030, 0.05),
        target('stagnating-2025-high', 'stagnating', 2025, 0.08),
        target('stagnating-2025-low', 'stagnating', 2025, -0.2),
        target('missed', 'missed', 2020, null),
      ],
      ORDER,
    );
    expect(ranked.map((entry) => entry.id)).toEqual([
      'missed',
      'stagnating-2025-low',
      'stagnating-2025-high',
      'stagnating-2030',
      'accelerate-2025',
    ]);
  });

  it('leaves out targets that are met, on track or cannot be judged', () => {
    const ranked = mostAtRisk(
      [
        target('met', 'met', 2025, 1.2),
        target('on-track', 'on-track', 2030, 1),
        target('unknown', 'not-enough-data', null, null),
      ],
      ORDER,
    );
    expect(ranked).toEqual([]);
  });

  it('puts a missing due year or ratio after the known ones', () => {
    const ranked = mostAtRisk(
      [
        target('no-year', 'stagnating', null, 0),
        target('no-ratio', 'stagnating', 2025, null),
        target('known', 'stagnating', 2025, 0.05),
      ],
      ORDER,
    );
    expect(ranked.map((entry) => entry.id)).toEqual(['known', 'no-ratio', 'no-year']);
  });

  it("ranks a qualitative target by the analyst's own status", () => {
    const judged = target('judged', 'qualitative', 2025, null, { status: 'missed', evidenceIds: ['obs-1'] });
    expect(riskStatusOf(judged)).toBe('missed');
    expect(mostAtRisk([target('stagnating', 'stagnating', 2020, 0), judged], ORDER).map((entry) => entry.id)).toEqual([
      'judged',
      'stagnating',
    ]);
  });
});
