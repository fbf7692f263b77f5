import { BACKUP_DAYS_KEPT, BACKUPS_KEPT_NEWEST } from '../../shared/host/limits';

/** What the rotation needs to know of a backup: its name and the moment it was made. */
export interface RotationEntry {
  readonly name: string;
  /** An ISO 8601 moment in UTC, as backups carry it (`2025-03-04T05:06:07.008Z`). */
  readonly createdAt: string;
  /** Orders backups made in the same millisecond; higher is newer. Defaults to 1. */
  readonly sequence?: number;
}

export interface RotationPolicy {
  readonly newest: number;
  readonly days: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { newest: BACKUPS_KEPT_NEWEST, days: BACKUP_DAYS_KEPT };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The names of the backups to keep; every other backup may be deleted. The rule:
 *
 * 1. the newest `newest` backups (10), whatever their day;
 * 2. the newest backup of each calendar day, in UTC, from `days - 1` days before `now`'s
 *    day through `now`'s day (14 days, today included), and of any later day a clock
 *    may have stamped;
 * 3. so a backup that is the only one of its day within those days is never deleted
 *    (it is its day's newest), however many backups are made after it.
 *
 * A burst of backups can therefore push out only earlier backups of its own day (beyond
 * the newest ten), never the one that stands for an earlier day. Backups from before the
 * window are kept only while they are among the newest ten. Pure: it deletes nothing.
 */
export function backupsToKeep(
  entries: readonly RotationEntry[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Set<string> {
  const newestFirst = [...entries].sort(newerFirst);
  const keep = new Set(newestFirst.slice(0, Math.max(0, policy.newest)).map((entry) => entry.name));

  const firstDay = utcDay(now.getTime()) - (Math.max(0, policy.days) - 1) * DAY_MS;
  const daysSeen = new Set<number>();
  for (const entry of newestFirst) {
    const moment = Date.parse(entry.createdAt);
    // Not a moment: nothing to rotate it by, so it is not this rule's to delete.
    if (Number.isNaN(moment)) {
      keep.add(entry.name);
      continue;
    }
    const day = utcDay(moment);
    if (policy.days <= 0 || day < firstDay || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(entry.name);
  }
  return keep;
}

/** Newest first: by moment, then by sequence, then by name, so the order is total. */
export function newerFirst(a: RotationEntry, b: RotationEntry): number {
  return (
    compareDescending(momentOf(a), momentOf(b)) || (b.sequence ?? 1) - (a.sequence ?? 1) || compareDescending(a.name, b.name)
  );
}

function momentOf(entry: RotationEntry): number {
  const moment = Date.parse(entry.createdAt);
  return Number.isNaN(moment) ? -Infinity : moment;
}

function compareDescending<T extends number | string>(a: T, b: T): number {
  return a === b ? 0 : a < b ? 1 : -1;
}

/** Midnight UTC of the day `moment` falls on, in milliseconds since the epoch. */
function utcDay(moment: number): number {
  return Math.floor(moment / DAY_MS) * DAY_MS;
}
