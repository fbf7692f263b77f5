import { describe, expect, it } from 'vitest';
import { observationFieldsSchema, planFieldsSchema, targetFieldsSchema } from './entities';

const citation = { source: 'doc.txt', section: '1', page: null, quote: null };
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('target fields', () => {
  const target = {
    statement: 'One journal world No.1 by 2035',
    policyId: 'pol-x',
    metric: 'Rank',
    direction: 'rank',
    targetValue: 1,
    dueYear: 2035,
    citation,
  };

  it('accept a rank target linked to a policy', () => {
    expect(targetFieldsSchema.safeParse(target).success).toBe(true);
  });

  it('accept a qualitative target with no value', () => {
    expect(targetFieldsSchema.safeParse({ ...target, direction: 'qualitative', targetValue: null }).success).toBe(true);
  });

  it('refuse a rank below 1, and a due year before the baseline', () => {
    const result = targetFieldsSchema.safeParse({ ...target, targetValue: 0, baselineValue: 300, baselineYear: 2036 });
    expect(messages(result)).toEqual({
      targetValue: 'A rank is 1 or more',
      dueYear: 'The due year must come after the baseline year',
    });
  });
});

describe('plan and observation fields', () => {
  it('refuse a period that ends before it starts', () => {
    const result = planFieldsSchema.safeParse({ title: 'Plan', periodStart: 2025, periodEnd: 2021, citation });
    expect(messages(result)).toEqual({ periodEnd: 'The period cannot end before it starts' });
  });

  it('refuse an observation dated outside its year', () => {
    const result = observationFieldsSchema.safeParse({ indicator: 'Papers', value: 3, year: 2020, date: '2021-05', citation });
    expect(messages(result)).toEqual({ date: 'The date must fall in the observation year' });
  });

  it('store empty optional text as null', () => {
    const parsed = observationFieldsSchema.parse({
      indicator: 'Papers',
      subject: '',
      unit: '  ',
      value: 3,
      year: 2020,
      citation,
    });
    expect(parsed.subject).toBeNull();
    expect(parsed.unit).toBeNull();
  });
});
