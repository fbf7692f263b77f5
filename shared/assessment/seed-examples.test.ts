import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { libraryBundleSchema } from '../domain/library-bundle';
import { assessTarget, assessTargets } from './assess';
import type { AssessableTarget } from './types';

/**
 * Worked examples from the seeded library, with the arithmetic done by hand in the comments.
 * Most seeded targets have one figure or none, so where the method needs more, a
 * "HYPOTHETICAL" example uses the seed's real figures with a target value or a further
 * figure that is invented and says so.
 */
// Imported by a computed path: tsconfig.node.json (which type-checks shared/) does not list
// fixtures/*.json, and the records are validated by the library schema below in any case.
const SEED_LIBRARY_PATH = '../../fixtures/seed-library.json';
const seedModule: unknown = await import(/* @vite-ignore */ SEED_LIBRARY_PATH);
const seed = z.object({ default: libraryBundleSchema }).parse(seedModule).default;

function seedTarget(id: string) {
  const target = seed.targets.find((item) => item.id === id);
  if (target === undefined) throw new Error(`The seeded library has no target ${id}`);
  return target;
}

function seedObservations(...ids: string[]) {
  return ids.map((id) => {
    const observation = seed.observations.find((item) => item.id === id);
    if (observation === undefined) throw new Error(`The seeded library has no observation ${id}`);
    return observation;
  });
}

const observationsOf = (targetId: string) => seed.observations.filter((item) => item.targetId === targetId);

const in2024 = { currentYear: 2024 };

describe('seeded targets as they stand', () => {
  it('ANSO doctoral scholarships: 300 awarded in 2022 meets "300 a year"', () => {
    // Target: 300 students per year, no due year. Observation: 300 students (2022). 300 >= 300: met.
    const result = assessTarget(
      seedTarget('tgt-anso-scholarship-doctoral'),
      observationsOf('tgt-anso-scholarship-doctoral'),
      in2024,
    );
    expect(result).toMatchObject({ status: 'met', method: 'latest-value' });
    expect(result.latest?.observationIds).toEqual(['obs-anso-scholarship-doctoral-2022']);
    expect(result.explanation).toBe('latest value 300 (2022) already meets the target 300');
  });

  it("ANSO master's scholarships: 184 in 2022 against 200 a year, with no due year to project to", () => {
    // 184 < 200, so not met; the target states no due year, so there is nothing to project to.
    const result = assessTarget(
      seedTarget('tgt-anso-scholarship-masters'),
      observationsOf('tgt-anso-scholarship-masters'),
      in2024,
    );
    expect(result).toMatchObject({ status: 'not-enough-data', reason: 'no-due-year' });
    expect(result.explanation).toBe('no due year to project to; latest value 184 (2022) against the target 200');
  });

  it('CAS postgraduates from Belt and Road countries: "more than 1,500" meets 400 a year, flagged as a lower bound', () => {
    // 1,500 >= 400: met, and a lower bound can only be higher. The seed's indicator says the
    // figure is cumulative while the target is per year: that mismatch of meaning is for the
    // analyst to judge (the units, "students" and "students per year", are compatible).
    const result = assessTarget(
      seedTarget('tgt-cas-bri-train-400-postgraduates-per-year'),
      observationsOf('tgt-cas-bri-train-400-postgraduates-per-year'),
      in2024,
    );
    expect(result.status).toBe('met');
    expect(result.explanation).toBe(
      'latest value 1,500 (2019) already meets the target 400; the source gives the 2019 figure as more than 1,500, so progress may be greater',
    );
  });

  it('CAS overseas science education bases: a count of "centres" is not read as a count of "bases"', () => {
    const result = assessTarget(
      seedTarget('tgt-cas-overseas-science-education-bases-10'),
      observationsOf('tgt-cas-overseas-science-education-bases-10'),
      in2024,
    );
    expect(result).toMatchObject({ status: 'not-enough-data', reason: 'no-figures' });
    expect(result.explanation).toBe('no figures yet; 1 figure in another unit (centres) left out');
  });

  it('a Chinese journal world No. 1 by 2035: one rank (AI Open, 300th in 2022) is not yet a trend', () => {
    const result = assessTarget(
      seedTarget('tgt-chinese-journal-world-no1-overall-strength-2035'),
      observationsOf('tgt-chinese-journal-world-no1-overall-strength-2035'),
      in2024,
    );
    expect(result).toMatchObject({ status: 'not-enough-data', reason: 'one-figure' });
    expect(result.explanation).toBe('only one figure, 300 (2022) against the target 1; a trend needs two');
  });

  it('US public access without embargo by 2025: the 12-month baseline alone is not progress, even after the due year', () => {
    const target = seedTarget('tgt-us-public-access-no-embargo-2025');
    for (const currentYear of [2024, 2026]) {
      const result = assessTarget(target, observationsOf(target.id), { currentYear });
      expect(result).toMatchObject({ status: 'not-enough-data', reason: 'no-figures' });
      expect(result.explanation).toBe('no figures since the 2022 baseline 12');
    }
  });

  it("positions held by Chinese experts in ISTOs: a qualitative target carries the analyst's status and its evidence", () => {
    const target = seedTarget('tgt-most-cast-experts-isto-positions');
    const evidence = ['obs-chinese-expert-isto-positions-2019', 'obs-chinese-expert-isto-positions-2021'];
    const judged = assessTarget(target, observationsOf(target.id), {
      ...in2024,
      analyst: { status: 'on-track', evidenceIds: evidence },
    });
    expect(judged).toMatchObject({ status: 'qualitative', analyst: { status: 'on-track', evidenceIds: evidence } });
    const unsupported = assessTarget(target, observationsOf(target.id), {
      ...in2024,
      analyst: { status: 'on-track', evidenceIds: [] },
    });
    expect(unsupported.reason).toBe('needs-evidence');
  });

  it('every seeded target gets a status and a readable line', () => {
    const results = assessTargets(seed.targets, seed.observations, in2024);
    expect(results.size).toBe(seed.targets.length);
    for (const [id, result] of results) {
      expect(result.explanation, id).toMatch(/^[a-z].+[^;]$/);
      expect(result.explanation, id).not.toMatch(/NaN|undefined|Infinity|null/);
      // Without analysts' statuses, no qualitative target can count as judged.
      if (result.direction === 'qualitative') expect(result.reason, id).toBe('no-analyst-status');
    }
  });
});

describe('HYPOTHETICAL targets on the seed’s real figures', () => {
  // Real: positions held by Chinese experts in ISTOs, 1,984 (2019) and 2,446 (2021).
  // The seeded target is qualitative; here it is given an invented number to reach by 2025.
  const istoPositions = (targetValue: number): AssessableTarget => ({
    ...seedTarget('tgt-most-cast-experts-isto-positions'),
    direction: 'increase',
    targetValue,
    dueYear: 2025,
  });
  const positions = seedObservations('obs-chinese-expert-isto-positions-2019', 'obs-chinese-expert-isto-positions-2021');

  it('ISTO positions against a hypothetical 4,000 by 2025: progress, but it needs acceleration', () => {
    // CAGR      = (2446 / 1984)^(1/2) - 1 = 1.232863^0.5 - 1 = 0.110344  (+11.0% a year)
    // required  = (4000 / 1984)^(1/6) - 1 = 2.016129^(1/6) - 1 = 0.123966  (+12.4% a year)
    // projected = 2446 * 1.110344^(2025-2021) = 2446 * 1.519951 = 3,717.8
    // R         = (3717.8 - 1984) / (4000 - 1984) = 1733.8 / 2016 = 0.8600 -> 0.10 <= R < 0.95
    const result = assessTarget(istoPositions(4000), positions, in2024);
    expect(result).toMatchObject({ status: 'needs-acceleration', method: 'cagr' });
    expect(result.annualChange?.achieved).toBeCloseTo(0.110344, 6);
    expect(result.annualChange?.required).toBeCloseTo(0.123966, 6);
    expect(result.projected).toBeCloseTo(3717.8, 1);
    expect(result.ratio).toBeCloseTo(0.86, 4);
    expect(result.explanation).toBe(
      'needs +12.4% a year; achieving +11.0% a year; projected 2025 value 3,718 against 4,000 (86% of the required progress)',
    );
  });

  it('ISTO positions against a hypothetical 3,000 by 2025: on track', () => {
    // required = (3000 / 1984)^(1/6) - 1 = 0.071346; R = (3717.8 - 1984) / (3000 - 1984) = 1733.8 / 1016 = 1.7065
    const result = assessTarget(istoPositions(3000), positions, in2024);
    expect(result.status).toBe('on-track');
    expect(result.ratio).toBeCloseTo(1.706496, 5);
    expect(result.explanation).toBe(
      'needs +7.1% a year; achieving +11.0% a year; projected 2025 value 3,718 against 3,000 (170% of the required progress)',
    );
  });

  it('ISTO positions with every figure the seed files under that target: the growth rates in % are left out', () => {
    // The seed also files 23.3%, 51.5% and 51.7% (2021) under this target; in a count of positions they mean
    // nothing. (The senior-level position counts are a second series in the same unit, so they stay out of this
    // example: the caller chooses the series.)
    const seniorCounts = new Set([
      'obs-chinese-expert-isto-senior-positions-2019',
      'obs-chinese-expert-isto-senior-positions-2021',
    ]);
    const result = assessTarget(
      istoPositions(4000),
      observationsOf('tgt-most-cast-experts-isto-positions').filter((item) => !seniorCounts.has(item.id)),
      in2024,
    );
    expect(result.ratio).toBeCloseTo(0.86, 4);
    expect(result.explanation).toMatch(/; 3 figures in another unit \(%\) left out$/);
  });

  it('a Chinese journal world No. 1 by 2035, if AI Open climbed from 300th (2022, real) to a hypothetical 240th (2024)', () => {
    // Ranks: lower is better, and projected by compound change (why: see chooseTrajectory in projection.ts).
    // CAGR      = (240 / 300)^(1/2) - 1 = 0.894427 - 1 = -0.105573  (climbing 10.6% a year)
    // required  = (1 / 300)^(1/13) - 1 = 0.644840 - 1 = -0.355160  (needs to climb 35.5% a year)
    // projected = 240 * 0.894427^(2035-2024) = 240 * 0.8^5.5 = 240 * 0.293086 = 70.34
    // R         = (70.34 - 300) / (1 - 300) = -229.66 / -299 = 0.7681 -> needs acceleration
    const target = seedTarget('tgt-chinese-journal-world-no1-overall-strength-2035');
    const observations = [...observationsOf(target.id), { year: 2024, value: 240, unit: 'rank' }];
    const result = assessTarget(target, observations, in2024);
    expect(result).toMatchObject({ status: 'needs-acceleration', method: 'cagr' });
    expect(result.projected).toBeCloseTo(70.3406, 4);
    expect(result.ratio).toBeCloseTo(0.768092, 5);
    expect(result.explanation).toBe(
      'needs to climb 35.5% a year; climbing 10.6% a year; projected 2035 rank 70 against 1 (76% of the required progress)',
    );
  });

  it('US public access without embargo by 2025, if the embargo had halved to a hypothetical 6 months by 2024', () => {
    // Target 0 months: compound decline never reaches 0, so the projection is a straight line.
    // slope     = (6 - 12) / (2024 - 2022) = -3 months a year; required = (0 - 12) / (2025 - 2022) = -4
    // projected = 6 - 3 * (2025 - 2024) = 3; R = (3 - 12) / (0 - 12) = 0.75 -> needs acceleration
    const target = seedTarget('tgt-us-public-access-no-embargo-2025');
    const result = assessTarget(target, [{ year: 2024, value: 6, unit: 'months' }], in2024);
    expect(result).toMatchObject({ status: 'needs-acceleration', method: 'linear', projected: 3, ratio: 0.75 });
    expect(result.explanation).toBe(
      'needs -4 a year; achieving -3 a year; projected 2025 value 3 against 0 (75% of the required progress); ' +
        'straight-line projection, because compound growth never reaches a target of 0',
    );
  });

  it('ten Chinese journals in the top 100 by 2025, from a hypothetical 0 in 2020 and 3 in 2023', () => {
    // Baseline 0: no growth rate from zero, so a straight line.
    // slope = (3 - 0) / 3 = +1 a year; required = (10 - 0) / 5 = +2 a year
    // projected = 3 + 1 * (2025 - 2023) = 5; R = (5 - 0) / (10 - 0) = 0.5 -> needs acceleration
    const target = seedTarget('tgt-cast-2025-journals-top-100');
    const result = assessTarget(
      target,
      [
        { year: 2020, value: 0 },
        { year: 2023, value: 3 },
      ],
      in2024,
    );
    expect(result).toMatchObject({ status: 'needs-acceleration', method: 'linear', projected: 5, ratio: 0.5 });
    expect(result.explanation).toBe(
      'needs +2 a year; achieving +1 a year; projected 2025 value 5 against 10 (50% of the required progress); ' +
        'straight-line projection, because a growth rate from a baseline of 0 is undefined',
    );
  });

  it('Confucius Institutes in Japan (real: 15 in 2021, 13 in 2023) against a hypothetical 20 by 2025: regressing', () => {
    // 2023 has two figures, "at least 13" (2023-04) and 13 (2023-05); the later one stands for the year.
    // CAGR = (13 / 15)^(1/2) - 1 = -0.069051; required = (20 / 15)^(1/4) - 1 = +0.074570
    // projected = 13 * 0.930949^2 = 13 * 0.866667 = 11.267; R = (11.267 - 15) / (20 - 15) = -0.7467 -> stagnating
    const figures = seed.observations
      .filter((item) => item.indicator === 'Confucius Institutes in Japan')
      .map((item) => ({ ...item, unit: 'institutes' }));
    const target: AssessableTarget = {
      direction: 'increase',
      unit: 'institutes',
      baselineValue: null,
      baselineYear: null,
      targetValue: 20,
      dueYear: 2025,
    };
    const result = assessTarget(target, figures, in2024);
    expect(result.status).toBe('stagnating');
    expect(result.projected).toBeCloseTo(11.266667, 5);
    expect(result.ratio).toBeCloseTo(-0.746667, 5);
    expect(result.explanation).toBe(
      'needs +7.5% a year; achieving -6.9% a year; projected 2025 value 11.3 against 20 (-74% of the required progress); ' +
        '2 figures for 2023: the latest-dated (2023-05) stands for the year',
    );
  });

  it('China’s contribution to the FAO South-South fund (real: 30 million USD in 2009, 50 in 2015), past a hypothetical 2015 due year', () => {
    // Due 2015, judged in 2024: the latest figure at or before 2015 is 50 (2015). 50 >= 50: met; against 60: missed.
    const figures = seed.observations.filter((item) => item.indicator.startsWith('Chinese contribution to the FAO'));
    const target = (targetValue: number): AssessableTarget => ({
      direction: 'increase',
      unit: 'million USD',
      baselineValue: null,
      baselineYear: null,
      targetValue,
      dueYear: 2015,
    });
    expect(assessTarget(target(50), figures, in2024).explanation).toBe('due 2015: value 50 in 2015 met the target 50');
    const missed = assessTarget(target(60), figures, in2024);
    expect(missed.status).toBe('missed');
    expect(missed.explanation).toBe('due 2015: value 50 in 2015 fell short of the target 60');
  });
});
