/**
 * On-track assessment of targets: the UN SDG Progress Chart method with stated fallbacks.
 * Pure and environment-free: the caller supplies the records, the current year and the settings.
 */
export { assessTarget, assessTargets } from './assess';
export type { AssessManyOptions } from './assess';
export { assessmentSettingsSchema, DEFAULT_ASSESSMENT_SETTINGS } from './settings';
export type { AssessmentSettings } from './settings';
// The series and the number formats, so a chart or a table shows the same figures, written the same way.
export { buildSeries, unitsAgree } from './series';
export type { Series } from './series';
export { formatChange, formatRank, formatRate, formatShare, formatValue } from './format';
export { ANALYST_STATUSES, ASSESSMENT_STATUSES, ASSESSMENT_STATUS_LABELS } from './types';
export type {
  AnalystJudgement,
  AnalystStatus,
  AnnualChange,
  AssessableObservation,
  AssessableTarget,
  AssessedFigure,
  Assessment,
  AssessmentMethod,
  AssessmentNote,
  AssessmentNoteCode,
  AssessmentStatus,
  AssessOptions,
  NotEnoughDataReason,
} from './types';
