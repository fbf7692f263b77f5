import { z } from 'zod';

/**
 * The thresholds on R, the ratio of projected to required progress. The defaults are the
 * UN SDG Progress Chart's (2023 technical note); analysts may set their own, so the schema
 * checks what a settings form or a stored settings file supplies. Missing fields take the
 * defaults, so settings saved before a field existed still load.
 */
export const DEFAULT_ASSESSMENT_SETTINGS = Object.freeze({
  /** R at or above this is on track. */
  onTrackRatio: 0.95,
  /** R at or above this (and below onTrackRatio) is progress that needs acceleration; below it, stagnation or regression. */
  progressRatio: 0.1,
});

export const assessmentSettingsSchema = z
  .object({
    onTrackRatio: z
      .number({ message: 'Enter the on-track threshold as a number, for example 0.95' })
      .finite()
      .gt(0, 'The on-track threshold must be above 0')
      .max(2, 'The on-track threshold cannot be above 2 (twice the required progress)')
      .default(DEFAULT_ASSESSMENT_SETTINGS.onTrackRatio),
    progressRatio: z
      .number({ message: 'Enter the progress threshold as a number, for example 0.10' })
      .finite()
      .min(0, 'The progress threshold cannot be below 0')
      .default(DEFAULT_ASSESSMENT_SETTINGS.progressRatio),
  })
  .refine((value) => value.progressRatio < value.onTrackRatio, {
    path: ['progressRatio'],
    message: 'The progress threshold must be below the on-track threshold',
  });

export type AssessmentSettings = z.infer<typeof assessmentSettingsSchema>;
