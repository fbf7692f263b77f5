import type { HostApi, HostResult } from '../../../shared/host/contract';
import { LIBRARY_TABLES, type PolicyDeskDatabase } from './db';
import { hasEverHeldLibrary } from './seed';
import { onTablesMutated, touchesAny } from './storage-mutations';
import { exportSnapshot } from './snapshot';

/**
 * Guards against losing the library without anyone noticing: a record in the data folder
 * of the library this host last saw (the ledger), a start that finds that library gone, and
 * a daily backup.
 */

export interface LibraryFootprint {
  itemCount: number;
  lastChangeAt: string | null;
}

/** How many library items the database holds and when one last changed; counts only, no records read. */
export async function libraryFootprint(db: PolicyDeskDatabase): Promise<LibraryFootprint> {
  const counts = await Promise.all(LIBRARY_TABLES.map((name) => db.table(name).count()));
  const latest = await Promise.all(LIBRARY_TABLES.map((name) => db.table(name).orderBy('updatedAt').last()));
  const times = latest.flatMap((record: { updatedAt?: string } | undefined) => (record?.updatedAt ? [record.updatedAt] : []));
  return { itemCount: counts.reduce((sum, count) => sum + count, 0), lastChangeAt: times.sort().at(-1) ?? null };
}

/**
 * Calls back with the library's footprint once now and then once the library has been quiet
 * for `quietMs` after a change, so counting never competes with the reads a save or a
 * screen is waiting for. Returns the way to stop.
 */
export function watchLibraryFootprint(
  db: PolicyDeskDatabase,
  onChange: (footprint: LibraryFootprint) => void,
  quietMs: number,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const report = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void libraryFootprint(db).then((footprint) => stopped || onChange(footprint));
    }, quietMs);
  };
  const stopWatching = onTablesMutated(db.name, (touched) => touchesAny(touched, LIBRARY_TABLES) && report());
  report();
  return () => {
    stopped = true;
    clearTimeout(timer);
    stopWatching();
  };
}

export type OpeningState =
  { kind: 'ready' } | { kind: 'first-run' } | { kind: 'library-missing'; ledger: NonNullable<HostResult<'library.ledger.read'>> };

/**
 * What opening this database means. An empty database is a first run only when the ledger
 * does not say this host held a library before; otherwise the library was lost (storage
 * cleared or evicted), and loading the sample library would hide that.
 */
export async function openingState(db: PolicyDeskDatabase, host: Pick<HostApi, 'library.ledger.read'>): Promise<OpeningState> {
  if (await hasEverHeldLibrary(db)) return { kind: 'ready' };
  const ledger = await host['library.ledger.read']({});
  if (ledger && ledger.itemCount > 0) return { kind: 'library-missing', ledger };
  return { kind: 'first-run' };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Saves a daily backup when the newest backup is more than a day old (or there is none). Returns its name. */
export async function backUpIfDue(
  db: PolicyDeskDatabase,
  host: Pick<HostApi, 'backup.list' | 'backup.write'>,
  now = new Date(),
): Promise<string | null> {
  const [newest] = await host['backup.list']({});
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
  if ((await libraryFootprint(db)).itemCount === 0) return null;
  return (await host['backup.write']({ json: await exportSnapshot(db), reason: 'daily' })).name;
}
