import { describe, expect, it } from 'vitest';
import { targetFieldsSchema } from '../../../../shared/domain/entities';
import { allFieldsOf, shapeInput } from './field-specs';
import { fromFormValues, toFormValues } from './form-values';

const citation = { source: 'notes', section: 'x', page: null, quote: null };
const qualitative = {
  statement: 'Build an ISTO talent pipeline',
  policyId: 'pol-a',
  metric: 'Pipeline',
  direction: 'qualitative',
  targetValue: null,
  citation,
};

describe("the analyst's status on a qualitative target", () => {
  it('is no judgement at all when the form leaves the status empty', () => {
    const specs = allFieldsOf('target');
    const { input } = fromFormValues(toFormValues(qualitative, specs), specs);
    expect(shapeInput('target', input).judgement).toBeNull();
    expect(targetFieldsSchema.safeParse(shapeInput('target', input)).success).toBe(true);
  });

  it('needs linked evidence', () => {
    const result = targetFieldsSchema.safeParse({ ...qualitative, judgement: { status: 'on-track', evidenceIds: [], note: '' } });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['judgement.evidenceIds', 'Link at least one item as evidence for this status'],
    ]);
  });

  it('belongs only to qualitative targets', () => {
    const result = targetFieldsSchema.safeParse({
      ...qualitative,
      direction: 'increase',
      targetValue: 10,
      judgement: { status: 'met', evidenceIds: ['obs-1'], note: '' },
    });
    expect(result.error?.issues[0]?.path.join('.')).toBe('judgement.status');
  });
});
