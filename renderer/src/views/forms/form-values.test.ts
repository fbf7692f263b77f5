import { describe, expect, it } from 'vitest';
import { fieldSpecs } from './field-specs';
import { fromFormValues, toFormValues } from './form-values';

const specs = [...fieldSpecs.observation.main, ...fieldSpecs.observation.citation];

describe('form values', () => {
  it('round-trips an item through the form', () => {
    const item = {
      indicator: 'Positions held by Chinese experts in ISTOs',
      subject: 'China',
      targetId: null,
      value: 2446,
      qualifier: 'exact',
      unit: 'positions',
      year: 2021,
      date: null,
      note: '',
      citation: { source: 'paper.txt', section: '3.1', page: null, quote: 'held 2,446 positions' },
    };
    const { input, errors } = fromFormValues(toFormValues(item, specs), specs);
    expect(errors).toEqual({});
    expect(input).toEqual({ ...item, citation: { ...item.citation } });
  });

  it('accepts thousands separators and reports text where a number belongs', () => {
    const values = toFormValues({}, specs);
    const { input, errors } = fromFormValues({ ...values, value: '2,446', year: 'twenty' }, specs);
    expect(input.value).toBe(2446);
    expect(errors).toEqual({ year: 'Enter a year as digits, for example 2025' });
  });

  it('refuses numbers it would have to guess at', () => {
    const values = toFormValues({}, specs);
    for (const typed of ['2,5', '1,2,3', '0x1A', '1e3', '3.', 'twelve']) {
      expect(fromFormValues({ ...values, value: typed }, specs).errors, typed).toEqual({
        value: 'Enter a number, for example 2446 or 3.5',
      });
    }
    expect(fromFormValues({ ...values, value: '-1,234.5' }, specs).input.value).toBe(-1234.5);
  });

  it('splits lists on English and Chinese commas', () => {
    const policySpecs = fieldSpecs.policy.main;
    const { input } = fromFormValues(
      { ...toFormValues({}, policySpecs), themes: 'talent， journals、open science' },
      policySpecs,
    );
    expect(input.themes).toEqual(['talent', 'journals', 'open science']);
  });
});
