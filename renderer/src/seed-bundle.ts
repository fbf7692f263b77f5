import seedLibrary from '../../fixtures/seed-library.json';
import { type LibraryBundle, libraryBundleSchema } from '../../shared/domain/library-bundle';

/** The sample library shipped with the app, validated like any other imported file. */
export function loadSeedBundle(): LibraryBundle {
  return libraryBundleSchema.parse(seedLibrary);
}
