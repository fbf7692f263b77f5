import { checkBundleIntegrity } from '../../../shared/domain/bundle-integrity';
import { BUNDLE_COLLECTIONS, libraryBundleSchema } from '../../../shared/domain/library-bundle';
import type { RecordOrigin } from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';
import { bundleRecords } from './seed';

export class ImportError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.length === 1 ? problems[0] : `${problems[0]} (and ${problems.length - 1} more problems)`);
    this.name = 'ImportError';
  }
}

/**
 * Adds the items of a library file to the library, all or nothing. The file must be a
 * valid library whose links resolve within itself or to items already in the library, and
 * none of its ids may already be taken. Returns how many items were added.
 */
export async function importLibraryFile(db: PolicyDeskDatabase, text: string, origin: RecordOrigin): Promise<number> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportError(['The file is not JSON.']);
  }
  const parsed = libraryBundleSchema.safeParse(json);
  if (!parsed.success) {
    throw new ImportError(
      parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || 'The file'}: ${issue.message}`),
    );
  }
  const bundle = parsed.data;
  const tables = BUNDLE_COLLECTIONS.map((collection) => db.table(collection));
  return db.transaction('rw', tables, async () => {
    // The file may link to items already in the library, but may not reuse their ids.
    const existingIds = new Set<string>();
    for (const collection of BUNDLE_COLLECTIONS) {
      for (const id of await db.table(collection).toCollection().primaryKeys()) existingIds.add(String(id));
    }
    const taken = BUNDLE_COLLECTIONS.flatMap((collection) => bundle[collection].map((item) => item.id)).filter((id) =>
      existingIds.has(id),
    );
    if (taken.length > 0) {
      throw new ImportError([
        `${taken.length} item(s) in the file are already in the library, e.g. ${taken.slice(0, 3).join(', ')}.`,
      ]);
    }
    const problems = checkBundleIntegrity(bundle, {}, existingIds);
    if (problems.length > 0) throw new ImportError(problems);
    const records = bundleRecords(bundle, new Date().toISOString(), origin);
    let added = 0;
    for (const collection of BUNDLE_COLLECTIONS) {
      await db.table(collection).bulkAdd(records[collection]);
      added += records[collection].length;
    }
    return added;
  });
}
