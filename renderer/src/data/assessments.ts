import {
  type Assessment,
  assessmentSettingsSchema,
  assessTarget,
  assessTargets,
  type AssessmentSettings,
  DEFAULT_ASSESSMENT_SETTINGS,
} from '../../../shared/assessment';
import type { ObservationRecord, TargetRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { readSetting } from './settings';

export const ASSESSMENT_SETTINGS_KEY = 'assessment.settings';

/** The year statuses are judged from: the calendar year on this machine. */
export const currentYear = () => new Date().getFullYear();

/** The analyst's thresholds, or the method's defaults when none are saved (or they no longer validate). */
export async function readAssessmentSettings(db: PolicyDeskDatabase): Promise<AssessmentSettings> {
  const parsed = assessmentSettingsSchema.safeParse(await readSetting(db, ASSESSMENT_SETTINGS_KEY));
  return parsed.success ? parsed.data : DEFAULT_ASSESSMENT_SETTINGS;
}

const judgementOf = (target: TargetRecord) => target.judgement ?? null;

/** Every target's assessment, keyed by target id. Trashed observations do not count. */
export function assessLibrary(
  targets: readonly TargetRecord[],
  observations: readonly ObservationRecord[],
  settings: AssessmentSettings,
  year = currentYear(),
): Map<string, Assessment> {
  const judgements = new Map(targets.flatMap((target) => (judgementOf(target) ? [[target.id, judgementOf(target)!]] : [])));
  return assessTargets(
    targets,
    observations.filter((observation) => observation.deletedAt === null),
    { currentYear: year, settings, judgements },
  );
}

/** One target's assessment from the database, as it stands inside the current transaction. */
export async function assessStoredTarget(
  db: PolicyDeskDatabase,
  targetId: string,
  settings: AssessmentSettings,
): Promise<Assessment | null> {
  const target = await db.targets.get(targetId);
  if (!target || target.deletedAt !== null) return null;
  const observations = await db.observations
    .where('targetId')
    .equals(targetId)
    .filter((observation) => observation.deletedAt === null)
    .toArray();
  return assessTarget(target, observations, { currentYear: currentYear(), settings, analyst: judgementOf(target) });
}
