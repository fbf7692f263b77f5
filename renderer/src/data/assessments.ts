import {
  type Assessment,
  assessmentSettingsSchema,
  assessTarget,
  type AssessmentSettings,
  DEFAULT_ASSESSMENT_SETTINGS,
} from '../../../shared/assessment';
import type { ObservationRecord, TargetRecord } from '../../../shared/domain/records';
import type { PolicyDeskDatabase, StoredAssessment } from './db';
import { catalogEntryOf } from './catalog';
import { readSetting, writeSetting } from './settings';

export const ASSESSMENT_SETTINGS_KEY = 'assessment.settings';

/** The tables a reassessment of the whole library reads and writes. */
export const JUDGING_TABLES = ['targets', 'observations', 'settings', 'assessments', 'statusChanges'] as const;

/** The year statuses are judged from: the calendar year on this machine. */
export const currentYear = () => new Date().getFullYear();

/** The analyst's thresholds, or the method's defaults when none are saved (or they no longer validate). */
export async function readAssessmentSettings(db: PolicyDeskDatabase): Promise<AssessmentSettings> {
  const parsed = assessmentSettingsSchema.safeParse(await readSetting(db, ASSESSMENT_SETTINGS_KEY));
  return parsed.success ? parsed.data : DEFAULT_ASSESSMENT_SETTINGS;
}

const judgementOf = (target: TargetRecord) => target.judgement ?? null;

/**
 * The assessment of each target as the database holds it inside the current transaction,
 * ready to store. The targets' figures are read in one query, however many targets.
 */
export async function judgeTargets(
  db: PolicyDeskDatabase,
  targets: readonly TargetRecord[],
  /** Figures already at hand for some targets (all of theirs), so they are not read again. */
  known: ReadonlyMap<string, readonly ObservationRecord[]> = new Map(),
): Promise<StoredAssessment[]> {
  if (targets.length === 0) return [];
  const settings = await readAssessmentSettings(db);
  const year = currentYear();
  const unknown = targets.filter((target) => !known.has(target.id)).map((target) => target.id);
  const figures = [
    ...(unknown.length > 0 ? await db.observations.where('targetId').anyOf(unknown).toArray() : []),
    ...[...known.values()].flat(),
  ];
  const byTarget = new Map<string, ObservationRecord[]>();
  for (const figure of figures) {
    if (figure.deletedAt !== null || figure.targetId === null) continue;
    let list = byTarget.get(figure.targetId);
    if (!list) byTarget.set(figure.targetId, (list = []));
    list.push(figure);
  }
  return targets.map((target) => {
    const assessment = assessTarget(target, byTarget.get(target.id) ?? [], {
      currentYear: year,
      settings,
      analyst: judgementOf(target),
    });
    const figureCount = byTarget.get(target.id)?.length ?? 0;
    return {
      targetId: target.id,
      status: assessment.status,
      assessment,
      year,
      figureCount,
      statement: target.statement,
      dueYear: target.dueYear,
      deletedAt: target.deletedAt,
      links: catalogEntryOf('target', target).links,
    };
  });
}

/** One target's assessment from the database, as it stands inside the current transaction. */
export async function assessStoredTarget(db: PolicyDeskDatabase, targetId: string): Promise<Assessment | null> {
  const target = await db.targets.get(targetId);
  if (!target || target.deletedAt !== null) return null;
  return (await judgeTargets(db, [target]))[0]!.assessment;
}

const JUDGED_YEAR_KEY = 'assessment.judgedYear';

/**
 * Judges every target again and records each status that moves: the one command run when
 * the thresholds change, when a new year begins (a due year may have passed) and after a
 * restore. Statuses are otherwise kept current by the writes that change their inputs.
 */
export async function reassessLibrary(db: PolicyDeskDatabase): Promise<number> {
  return db.transaction(
    'rw',
    JUDGING_TABLES.map((name) => db.table(name)),
    async () => {
      const [targets, stored] = await Promise.all([db.targets.toArray(), db.assessments.toArray()]);
      const judged = await judgeTargets(db, targets);
      const before = new Map(stored.map((entry) => [entry.targetId, entry.status]));
      const inLibrary = new Set(targets.filter((target) => target.deletedAt === null).map((target) => target.id));
      const at = new Date().toISOString();
      const moved = judged.flatMap((entry) => {
        const from = before.get(entry.targetId);
        return from && from !== entry.status && inLibrary.has(entry.targetId)
          ? [{ at, targetId: entry.targetId, from, to: entry.status, causeKind: 'target' as const, causeId: entry.targetId }]
          : [];
      });
      await db.assessments.clear();
      await db.assessments.bulkPut(judged);
      if (moved.length > 0) await db.statusChanges.bulkAdd(moved);
      await writeSetting(db, JUDGED_YEAR_KEY, currentYear());
      return moved.length;
    },
  );
}

/** Judges the library again when its statuses were judged in another year, or never stored. */
export async function reassessIfStale(db: PolicyDeskDatabase): Promise<boolean> {
  if ((await readSetting(db, JUDGED_YEAR_KEY)) === currentYear()) return false;
  await reassessLibrary(db);
  return true;
}

/** Saves new thresholds and judges every target by them, in one transaction. */
export async function saveAssessmentSettings(db: PolicyDeskDatabase, settings: AssessmentSettings): Promise<void> {
  const parsed = assessmentSettingsSchema.parse(settings);
  await db.transaction(
    'rw',
    JUDGING_TABLES.map((name) => db.table(name)),
    async () => {
      await writeSetting(db, ASSESSMENT_SETTINGS_KEY, parsed);
      await reassessLibrary(db);
    },
  );
}
