import { describe, expect, it } from 'vitest';
import type { HostResult } from '../../../shared/host/contract';
import { backUpIfDue, libraryFootprint, openingState } from './library-guard';
import { seedIfFirstRun } from './seed';
import { freshDatabase, smallLibrary } from './test-library';

const ledger = (itemCount: number) => ({
  'library.ledger.read': async () => ({
    itemCount,
    lastChangeAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T03:04:07.000Z',
  }),
});

function backupHost(newest: string | null) {
  const written: string[] = [];
  const entry = (createdAt: string): HostResult<'backup.write'> => ({ name: 'b.json', bytes: 1, createdAt, reason: 'daily' });
  return {
    written,
    host: {
      'backup.list': async () => (newest ? [entry(newest)] : []),
      'backup.write': async ({ reason }: { json: string; reason?: string }) => {
        written.push(reason ?? 'manual');
        return entry('2026-03-02T12:00:00.000Z');
      },
    },
  };
}

describe('opening the library', () => {
  it('is a first run when the database is empty and no library was ever recorded here', async () => {
    expect(await openingState(freshDatabase(), { 'library.ledger.read': async () => null })).toEqual({ kind: 'first-run' });
    expect(await openingState(freshDatabase(), ledger(0))).toEqual({ kind: 'first-run' });
  });

  it('reports a missing library, not a first run, when the ledger says this host held items', async () => {
    const state = await openingState(freshDatabase(), ledger(1234));
    expect(state).toMatchObject({ kind: 'library-missing', ledger: { itemCount: 1234 } });
  });

  it('opens a library that is there, whatever the ledger says', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    expect(await openingState(db, ledger(99_999))).toEqual({ kind: 'ready' });
  });

  it('records how many items the library holds and when one last changed', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    const footprint = await libraryFootprint(db);
    expect(footprint.itemCount).toBe(5);
    expect(footprint.lastChangeAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('the daily backup', () => {
  const now = new Date('2026-03-02T12:00:00.000Z');

  it('is saved when the newest backup is more than a day old, or there is none', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    for (const newest of [null, '2026-03-01T11:59:00.000Z']) {
      const { host, written } = backupHost(newest);
      expect(await backUpIfDue(db, host, now)).toBe('b.json');
      expect(written).toEqual(['daily']);
    }
  });

  it('is not saved when a backup from the last day exists, or the library is empty', async () => {
    const db = freshDatabase();
    await seedIfFirstRun(db, () => smallLibrary);
    const recent = backupHost('2026-03-02T01:00:00.000Z');
    expect(await backUpIfDue(db, recent.host, now)).toBeNull();
    const empty = backupHost(null);
    expect(await backUpIfDue(freshDatabase(), empty.host, now)).toBeNull();
    expect([...recent.written, ...empty.written]).toEqual([]);
  });
});
