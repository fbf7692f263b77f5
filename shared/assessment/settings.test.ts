import { describe, expect, it } from 'vitest';
import { assessmentSettingsSchema, DEFAULT_ASSESSMENT_SETTINGS } from './settings';

describe('assessment settings', () => {
  it("default to the UN method's thresholds: 0.95 on track, 0.10 progress", () => {
    expect(DEFAULT_ASSESSMENT_SETTINGS).toEqual({ onTrackRatio: 0.95, progressRatio: 0.1 });
  });

  it('fill missing fields with the defaults, so older saved settings still load', () => {
    expect(assessmentSettingsSchema.parse({})).toEqual(DEFAULT_ASSESSMENT_SETTINGS);
    expect(assessmentSettingsSchema.parse({ onTrackRatio: 1 })).toEqual({ onTrackRatio: 1, progressRatio: 0.1 });
  });

  it('accept thresholds an analyst may reasonably choose', () => {
    expect(assessmentSettingsSchema.safeParse({ onTrackRatio: 0.9, progressRatio: 0.5 }).success).toBe(true);
  });

  it('refuse a progress threshold at or above the on-track threshold, naming the field', () => {
    const issue = assessmentSettingsSchema.safeParse({ onTrackRatio: 0.5, progressRatio: 0.5 }).error?.issues[0];
    expect(issue?.path).toEqual(['progressRatio']);
    expect(issue?.message).toBe('The progress threshold must be below the on-track threshold');
  });

  it('refuse thresholds out of range or not numbers, with a message a form can show', () => {
    expect(assessmentSettingsSchema.safeParse({ onTrackRatio: 0 }).error?.issues[0]?.message).toBe(
      'The on-track threshold must be above 0',
    );
    expect(assessmentSettingsSchema.safeParse({ progressRatio: -0.1 }).error?.issues[0]?.message).toBe(
      'The progress threshold cannot be below 0',
    );
    expect(assessmentSettingsSchema.safeParse({ onTrackRatio: '0.95' }).error?.issues[0]?.message).toBe(
      'Enter the on-track threshold as a number, for example 0.95',
    );
    expect(assessmentSettingsSchema.safeParse({ onTrackRatio: Number.NaN }).success).toBe(false);
  });
});
