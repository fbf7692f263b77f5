import { describe, expect, it } from 'vitest';
import { assessTarget } from './assess';
import { classifyRatio } from './projection';
import { DEFAULT_ASSESSMENT_SETTINGS } from './settings';
import type { AssessableObservation, AssessableTarget, TargetDirection } from './types';

/**
 * Properties checked over many generated cases. The generator is seeded, so a failure names
 * a case that can be replayed exactly.
 */
function random(seed: number): () => number {
  // mulberry32: small, fast and good enough to spread test cases.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  target: AssessableTarget;
  observations: AssessableObservation[];
}

/** A measurable target not yet met, with a baseline in 2010-2015, a latest figure in 2016-2023 and a due year in 2025-2035. */
function generateCase(next: () => number, direction: Exclude<TargetDirection, 'qualitative'>): Case {
  const baselineYear = 2010 + Math.floor(next() * 6);
  const latestYear = 2016 + Math.floor(next() * 8);
  const dueYear = 2025 + Math.floor(next() * 11);
  const baseline = direction === 'increase' ? 10 + next() * 990 : 50 + next() * 950;
  const targetValue = direction === 'increase' ? baseline * (1.2 + next() * 4) : Math.max(1, baseline * (0.05 + next() * 0.7));
  // Anywhere from a clear regression to just short of the target.
  const lowerIsBetter = direction !== 'increase';
  const latest = lowerIsBetter
    ? targetValue + (baseline * 1.5 - targetValue) * (0.01 + next() * 0.99)
    : baseline * 0.5 + (targetValue - baseline * 0.5) * next() * 0.99;
  return {
    target: { direction, unit: null, baselineValue: null, baselineYear: null, targetValue, dueYear },
    observations: [
      { value: baseline, year: baselineYear },
      { value: latest, year: latestYear },
    ],
  };
}

const CASES = 500;
const now = { currentYear: 2024 };

describe('properties of the assessment', () => {
  it('R never falls as the latest figure improves (increase: higher; decrease and rank: lower)', () => {
    const next = random(1);
    for (let index = 0; index < CASES; index += 1) {
      const direction = (['increase', 'decrease', 'rank'] as const)[index % 3]!;
      const { target, observations } = generateCase(next, direction);
      const [baseline, latest] = observations as [AssessableObservation, AssessableObservation];
      const better = direction === 'increase' ? 1 : -1;
      const step = Math.abs(latest.value - baseline.value) * 0.01 + 0.01;
      const worse = assessTarget(target, [baseline, latest], now);
      const improved = assessTarget(target, [baseline, { ...latest, value: latest.value + better * step }], now);
      if (improved.status === 'met') continue;
      expect(improved.ratio!, `case ${index}`).toBeGreaterThanOrEqual(worse.ratio! - 1e-12);
    }
  });

  it('achieving at least the required change a year is the same as R of at least 1', () => {
    const next = random(2);
    for (let index = 0; index < CASES; index += 1) {
      const { target, observations } = generateCase(next, index % 2 === 0 ? 'increase' : 'decrease');
      const result = assessTarget(target, observations, now);
      if (result.annualChange === null || result.notes.some((note) => note.code === 'projection-floored')) continue;
      const { achieved, required } = result.annualChange;
      const achievedEnough = target.direction === 'increase' ? achieved >= required : achieved <= required;
      // Exactly equal rates can land either side of 1 by rounding, so a hair's breadth is allowed.
      if (Math.abs(achieved - required) > 1e-12) expect(achievedEnough, `case ${index}`).toBe(result.ratio! >= 1);
    }
  });

  it('the status is always the thresholds applied to R whenever R is computed', () => {
    const next = random(3);
    for (let index = 0; index < CASES; index += 1) {
      const { target, observations } = generateCase(next, (['increase', 'decrease', 'rank'] as const)[index % 3]!);
      const result = assessTarget(target, observations, now);
      if (result.ratio !== null)
        expect(result.status, `case ${index}`).toBe(classifyRatio(result.ratio, DEFAULT_ASSESSMENT_SETTINGS));
    }
  });

  it('changing the unit (multiplying every figure and the target by the same factor) changes neither R nor the status', () => {
    const next = random(4);
    for (let index = 0; index < CASES; index += 1) {
      const { target, observations } = generateCase(next, index % 2 === 0 ? 'increase' : 'decrease');
      const factor = 0.001 + next() * 1000;
      const scaled = assessTarget(
        { ...target, targetValue: target.targetValue! * factor },
        observations.map((observation) => ({ ...observation, value: observation.value * factor })),
        now,
      );
      const original = assessTarget(target, observations, now);
      expect(scaled.status, `case ${index}`).toBe(original.status);
      // Relative, since a steep compound trend projected far ahead can make R very large.
      if (original.ratio !== null)
        expect(Math.abs(scaled.ratio! - original.ratio), `case ${index}`).toBeLessThanOrEqual(Math.abs(original.ratio) * 1e-9);
    }
  });

  it('the order the observations arrive in makes no difference', () => {
    const next = random(5);
    for (let index = 0; index < 100; index += 1) {
      const { target } = generateCase(next, 'increase');
      const observations: AssessableObservation[] = [];
      for (let year = 2010; year <= 2023; year += 1) {
        observations.push({
          value: 10 + next() * 100,
          year,
          date: next() < 0.3 ? `${year}-0${1 + Math.floor(next() * 9)}` : null,
        });
        if (next() < 0.3) observations.push({ value: 10 + next() * 100, year });
      }
      const shuffled = [...observations].sort(() => next() - 0.5);
      expect(assessTarget(target, shuffled, now), `case ${index}`).toEqual(assessTarget(target, observations, now));
    }
  });
});
