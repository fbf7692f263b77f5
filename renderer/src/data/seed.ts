import type { LibraryBundle } from '../../../shared/domain/library-bundle';
import { LIBRARY_TABLES, type PolicyDeskDatabase } from './db';
import { libraryFileOps } from './import-library';
import { write } from './write/pipeline';

const SEEDED_KEY = 'library.seededAt';

type BundleLoader = () => LibraryBundle | Promise<LibraryBundle>;

async function writeBundle(db: PolicyDeskDatabase, bundle: LibraryBundle) {
  await write(db, libraryFileOps(bundle as unknown as Record<string, unknown[]>, 'seed'), { history: false });
}

/** Whether this database has ever held a library: the sample library was loaded, or items exist. */
export async function hasEverHeldLibrary(db: PolicyDeskDatabase): Promise<boolean> {
  if (await db.settings.get(SEEDED_KEY)) return true;
  const counts = await Promise.all(LIBRARY_TABLES.map((name) => db.table(name).count()));
  return counts.some((count) => count > 0);
}

/**
 * Loads the sample library the first time the app opens an empty database. Runs once per
 * database: an analyst who later empties the library does not get it back unasked.
 * Returns true when it loaded the library.
 */
export async function seedIfFirstRun(db: PolicyDeskDatabase, loadBundle: BundleLoader): Promise<boolean> {
  if (await hasEverHeldLibrary(db)) return false;
  // Loaded only when needed: every later start skips the sample library entirely.
  const bundle = await loadBundle();
  // Every table: the write path's effects run inside this transaction.
  return db.transaction('rw', db.tables, async () => {
    // Checked again inside the transaction: another window may have seeded meanwhile.
    if (await hasEverHeldLibrary(db)) return false;
    await writeBundle(db, bundle);
    await db.settings.put({ key: SEEDED_KEY, value: new Date().toISOString() });
    return true;
  });
}

/**
 * Marks this database as holding a library without loading the sample library: the
 * analyst's choice after a library went missing and no backup was wanted.
 */
export async function startEmptyLibrary(db: PolicyDeskDatabase): Promise<void> {
  await db.settings.put({ key: SEEDED_KEY, value: new Date().toISOString() });
}

/**
 * Replaces everything in the database — items, annotations, tags, briefings and history —
 * with the sample library, in one transaction. The caller saves a backup first.
 */
export async function resetToSampleLibrary(db: PolicyDeskDatabase, bundle: LibraryBundle): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    // Everything but the settings (thresholds, the author's name) goes.
    await Promise.all(db.tables.filter((table) => table.name !== 'settings').map((table) => table.clear()));
    await writeBundle(db, bundle);
    await db.settings.put({ key: SEEDED_KEY, value: new Date().toISOString() });
  });
}
