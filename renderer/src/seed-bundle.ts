import { type LibraryBundle, libraryBundleSchema } from '../../shared/domain/library-bundle';

/**
 * The sample library shipped with the app, validated like any other imported file. It is a
 * chunk of its own (about 1 MB), fetched only when it is needed: on a first run and on a
 * reset to the sample library, never on an ordinary start.
 */
export async function loadSeedBundle(): Promise<LibraryBundle> {
  const { default: seedLibrary } = await import('../../fixtures/seed-library.json');
  return libraryBundleSchema.parse(seedLibrary);
}
