import { describe, expect, it } from 'vitest';
import { BACKUP_DAYS_KEPT, BACKUPS_KEPT_NEWEST } from '../../shared/host/limits';
import { backupsToKeep, newerFirst, type RotationEntry } from './backup-rotation';

const NOW = new Date('2025-03-20T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A backup made `ago` milliseconds before NOW, named after its moment. */
function madeAgo(ago: number, sequence = 1): RotationEntry {
  const createdAt = new Date(NOW.getTime() - ago).toISOString();
  return { name: `${createdAt}#${sequence}`, createdAt, sequence };
}

/** `count` backups one minute apart, the last `endingAgo` before NOW. */
function burst(count: number, endingAgo = 0): RotationEntry[] {
  return Array.from({ length: count }, (_, index) => madeAgo(endingAgo + (count - 1 - index) * 60_000));
}

function kept(entries: readonly RotationEntry[], now = NOW): string[] {
  const keep = backupsToKeep(entries, now);
  return entries.filter((entry) => keep.has(entry.name)).map((entry) => entry.name);
}

describe('backupsToKeep', () => {
  it('keeps the newest ten and one a day for fourteen days by default', () => {
    expect(BACKUPS_KEPT_NEWEST).toBe(10);
    expect(BACKUP_DAYS_KEPT).toBe(14);
  });

  it('keeps every backup while there are ten or fewer, however old', () => {
    const entries = [madeAgo(0), madeAgo(400 * DAY), ...burst(8, 30 * DAY)];
    expect(kept(entries)).toEqual(entries.map((entry) => entry.name));
  });

  it('keeps one backup a day for 14 days even after a burst of 50', () => {
    // One backup at 09:00 each day for the 20 days before today, then 50 in a row today.
    const daily = Array.from({ length: 20 }, (_, index) => madeAgo((index + 1) * DAY + 3 * HOUR));
    const today = burst(50);
    const keep = backupsToKeep([...daily, ...today], NOW);

    // Today's newest ten, which include today's newest...
    for (const entry of today.slice(-10)) expect(keep.has(entry.name)).toBe(true);
    for (const entry of today.slice(0, -10)) expect(keep.has(entry.name)).toBe(false);
    // ...and the one backup of each of the 13 days before today: 14 days in all.
    for (const entry of daily.slice(0, 13)) expect(keep.has(entry.name)).toBe(true);
    for (const entry of daily.slice(13)) expect(keep.has(entry.name)).toBe(false);
    expect(keep.size).toBe(10 + 13);
  });

  it('keeps the newest backup of each day, not the first', () => {
    const yesterday = [madeAgo(DAY + 5 * HOUR), madeAgo(DAY + 2 * HOUR), madeAgo(DAY + HOUR)];
    const keep = backupsToKeep([...yesterday, ...burst(10)], NOW);
    expect(yesterday.map((entry) => keep.has(entry.name))).toEqual([false, false, true]);
  });

  it('never deletes a backup that is the only one of its day within the 14 days', () => {
    const lone = madeAgo(13 * DAY);
    const entries = [lone, ...burst(500, 2 * DAY), ...burst(500)];
    expect(backupsToKeep(entries, NOW).has(lone.name)).toBe(true);
  });

  it('counts days by the UTC calendar, today included', () => {
    // NOW is 12:00 UTC on 20 March: the window is 7 to 20 March.
    const firstDay = { name: 'first', createdAt: '2025-03-07T00:00:00.000Z' };
    const dayBefore = { name: 'before', createdAt: '2025-03-06T23:59:59.999Z' };
    const keep = backupsToKeep([firstDay, dayBefore, ...burst(10)], NOW);
    expect(keep.has('first')).toBe(true);
    expect(keep.has('before')).toBe(false);
  });

  it('lets backups older than 14 days go once ten newer ones exist', () => {
    const old = madeAgo(15 * DAY);
    expect(kept([old, ...burst(10)])).not.toContain(old.name);
    expect(kept([old, ...burst(9)])).toContain(old.name);
  });

  it('keeps a backup stamped later than now, as the newest of its day', () => {
    const ahead = madeAgo(-3 * DAY);
    expect(backupsToKeep([ahead, ...burst(20)], NOW).has(ahead.name)).toBe(true);
  });

  it('orders backups of the same millisecond by their sequence', () => {
    const first = madeAgo(DAY, 1);
    const second = madeAgo(DAY, 2);
    expect([first, second].sort(newerFirst)).toEqual([second, first]);
    const keep = backupsToKeep([first, second, ...burst(10)], NOW);
    expect(keep.has(second.name)).toBe(true);
    expect(keep.has(first.name)).toBe(false);
  });

  it('does not depend on the order it is given the backups in', () => {
    const entries = [...burst(30), ...Array.from({ length: 20 }, (_, index) => madeAgo(index * DAY + HOUR))];
    const reversed = [...entries].reverse();
    expect([...backupsToKeep(reversed, NOW)].sort()).toEqual([...backupsToKeep(entries, NOW)].sort());
  });

  it('never deletes anything it cannot date', () => {
    const undated = { name: 'mystery', createdAt: 'not a moment' };
    expect(backupsToKeep([undated, ...burst(20)], NOW).has('mystery')).toBe(true);
  });
});
