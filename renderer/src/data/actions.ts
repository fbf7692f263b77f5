import type { ItemKind } from '../../../shared/domain/entities';
import type { InputOf } from '../../../shared/domain/item-kinds';
import type { LibraryBundle } from '../../../shared/domain/library-bundle';
import { db } from './database';
import { createItem, purgeItem, restoreItem, trashItem, updateItem } from './items';
import { resetToSampleLibrary, seedIfFirstRun } from './seed';
import { importLibraryFile } from './import-library';
import { exportSnapshot } from './snapshot';
import { writeSetting } from './settings';

/** The mutations components call, bound to the app's database. */
export const actions = {
  create: <K extends ItemKind>(kind: K, input: InputOf<K>) => createItem(db, kind, input),
  update: <K extends ItemKind>(kind: K, id: string, input: InputOf<K>) => updateItem(db, kind, id, input),
  trash: (kind: ItemKind, id: string) => trashItem(db, kind, id),
  restore: (kind: ItemKind, id: string) => restoreItem(db, kind, id),
  purge: (kind: ItemKind, id: string) => purgeItem(db, kind, id),
  seedIfFirstRun: (bundle: LibraryBundle) => seedIfFirstRun(db, bundle),
  resetToSample: (bundle: LibraryBundle) => resetToSampleLibrary(db, bundle),
  exportSnapshot: () => exportSnapshot(db),
  importLibraryFile: (text: string) => importLibraryFile(db, text, 'user'),
  writeSetting: (key: string, value: unknown) => writeSetting(db, key, value),
};
