import { describe, expect, it } from 'vitest';
import { axisTicks, niceStep, yearTicks } from './chart-scale';

describe('niceStep', () => {
  it('cuts a range into about five round steps', () => {
    expect(niceStep(4000)).toBe(1000);
    expect(niceStep(300)).toBe(100);
    expect(niceStep(25)).toBe(5);
    expect(niceStep(12)).toBe(5);
    expect(niceStep(0.9)).toBe(0.2);
  });

  it('falls back to 1 for an empty or broken range', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
    expect(niceStep(-5)).toBe(1);
  });
});

describe('axisTicks', () => {
  it('lists every multiple of the step between the ends', () => {
    expect(axisTicks(0, 4000, 1000)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(axisTicks(-20, 30, 10)).toEqual([-20, -10, 0, 10, 20, 30]);
  });

  it('leaves no floating-point dust in the ticks', () => {
    expect(axisTicks(0, 1, 0.1)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });
});

describe('yearTicks', () => {
  it('marks every year over a short span', () => {
    expect(yearTicks(2019, 2025)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('marks round years over a longer span, and always the due year', () => {
    expect(yearTicks(2022, 2035)).toEqual([2022, 2024, 2026, 2028, 2030, 2032, 2035]);
    expect(yearTicks(2000, 2035)).toEqual([2000, 2005, 2010, 2015, 2020, 2025, 2030, 2035]);
  });

  it('lets the due year take the place of a round year too close to it', () => {
    expect(yearTicks(2010, 2041)).toEqual([2010, 2015, 2020, 2025, 2030, 2035, 2041]);
    expect(yearTicks(2010, 2039)).toEqual([2010, 2015, 2020, 2025, 2030, 2035, 2039]);
  });
});
