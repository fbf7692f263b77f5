import type { BundleCollection, LibraryBundle } from '../../../shared/domain/library-bundle';
import { BUNDLE_COLLECTIONS } from '../../../shared/domain/library-bundle';
import type { RecordMeta, RecordOrigin } from '../../../shared/domain/records';
import { LIBRARY_TABLES, type PolicyDeskDatabase } from './db';

const SEEDED_KEY = 'library.seededAt';

/** Adds bookkeeping fields to every item of a bundle, ready for the database. */
export function bundleRecords(
  bundle: LibraryBundle,
  at: string,
  origin: RecordOrigin,
): Record<BundleCollection, Array<RecordMeta & object>> {
  const withMeta = <T extends { id: string }>(item: T) => ({ ...item, createdAt: at, updatedAt: at, deletedAt: null, origin });
  return {
    organisations: bundle.organisations.map(withMeta),
    policies: bundle.policies.map(withMeta),
    plans: bundle.plans.map(withMeta),
    targets: bundle.targets.map(withMeta),
    observations: bundle.observations.map(withMeta),
  };
}

async function writeBundle(db: PolicyDeskDatabase, bundle: LibraryBundle, origin: RecordOrigin) {
  const records = bundleRecords(bundle, new Date().toISOString(), origin);
  for (const collection of BUNDLE_COLLECTIONS) await db.table(collection).bulkAdd(records[collection]);
}

/**
 * Loads the sample library the first time the app opens an empty database. Runs once per
 * database: an analyst who later empties the library does not get it back unasked.
 * Returns true when it loaded the library.
 */
export async function seedIfFirstRun(db: PolicyDeskDatabase, loadBundle: () => LibraryBundle): Promise<boolean> {
  return db.transaction('rw', [...LIBRARY_TABLES.map((name) => db.table(name)), db.settings], async () => {
    if (await db.settings.get(SEEDED_KEY)) return false;
    const counts = await Promise.all(LIBRARY_TABLES.map((name) => db.table(name).count()));
    if (counts.some((count) => count > 0)) return false;
    // Parsed only when needed: every later start skips the sample library entirely.
    await writeBundle(db, loadBundle(), 'seed');
    await db.settings.put({ key: SEEDED_KEY, value: new Date().toISOString() });
    return true;
  });
}

/**
 * Replaces everything in the database — items, annotations, tags, briefings and history —
 * with the sample library, in one transaction. The caller saves a backup first.
 */
export async function resetToSampleLibrary(db: PolicyDeskDatabase, bundle: LibraryBundle): Promise<void> {
  const tables = [...LIBRARY_TABLES, 'annotations', 'tags', 'briefings', 'changes', 'statusChanges'] as const;
  await db.transaction('rw', [...tables.map((name) => db.table(name)), db.settings], async () => {
    await Promise.all(tables.map((name) => db.table(name).clear()));
    await writeBundle(db, bundle, 'seed');
    await db.settings.put({ key: SEEDED_KEY, value: new Date().toISOString() });
  });
}
