import { describe, expect, it } from 'vitest';
import { formatChange, formatRank, formatRate, formatRateSize, formatShare, formatValue } from './format';

describe('numbers in explanations', () => {
  it('write thousands with commas and drop decimals from 100 up', () => {
    expect(formatValue(2903.4)).toBe('2,903');
    expect(formatValue(200000)).toBe('200,000');
    expect(formatValue(-1234.6)).toBe('-1,235');
  });

  it('keep three significant digits below 100', () => {
    expect(formatValue(23.3)).toBe('23.3');
    expect(formatValue(1.6667)).toBe('1.67');
    expect(formatValue(0.45234)).toBe('0.452');
    expect(formatValue(70.3406)).toBe('70.3');
  });

  it('never print a negative zero', () => {
    expect(formatRank(-0.3)).toBe('0');
    expect(formatShare(-0.001)).toBe('0%');
    expect(formatRate(-0.00004)).toBe('0.0%');
  });

  it('write ranks as whole positions', () => {
    expect(formatRank(70.34)).toBe('70');
    expect(formatRank(1)).toBe('1');
  });

  it('sign changes and rates, as in "needs +1.67 a year" and "+11.0% a year"', () => {
    expect(formatChange(1.6667)).toBe('+1.67');
    expect(formatChange(-4)).toBe('-4');
    expect(formatChange(0)).toBe('0');
    expect(formatChange(1500)).toBe('+1,500');
    expect(formatRate(0.1103436)).toBe('+11.0%');
    expect(formatRate(-0.3551596)).toBe('-35.5%');
    expect(formatRateSize(-0.3551596)).toBe('35.5%');
  });

  it('round a share of the required progress toward zero, so it never shows a threshold it has not reached', () => {
    expect(formatShare(0.9496)).toBe('94%');
    expect(formatShare(0.95)).toBe('95%');
    expect(formatShare(0.95 - 1e-12)).toBe('95%');
    expect(formatShare(1.7065)).toBe('170%');
    expect(formatShare(-0.7467)).toBe('-74%');
  });
});
