import type { ItemKind } from '../../../shared/domain/entities';
import type { LibraryBundle } from '../../../shared/domain/library-bundle';
import { db } from './database';
import { createItem, purgeItem, restoreItem, trashItem, updateItem } from './items';
import { resetToSampleLibrary, seedIfFirstRun } from './seed';
import { importLibraryFile } from './import-library';
import { exportSnapshot, restoreSnapshot } from './snapshot';
import { requestPersistentStorage } from './failures';
import { writeSetting } from './settings';
import type { AssessmentSettings } from '../../../shared/assessment';
import { ASSESSMENT_SETTINGS_KEY } from './assessments';
import { addObservations } from './observations';

/** The mutations components call, bound to the app's database. */
export const actions = {
  create: <K extends ItemKind>(kind: K, input: unknown) => createItem(db, kind, input),
  update: <K extends ItemKind>(kind: K, id: string, input: unknown) => updateItem(db, kind, id, input),
  trash: (kind: ItemKind, id: string) => trashItem(db, kind, id),
  restore: (kind: ItemKind, id: string) => restoreItem(db, kind, id),
  purge: (kind: ItemKind, id: string) => purgeItem(db, kind, id),
  seedIfFirstRun: (loadBundle: () => LibraryBundle) => seedIfFirstRun(db, loadBundle),
  resetToSample: (bundle: LibraryBundle) => resetToSampleLibrary(db, bundle),
  exportSnapshot: () => exportSnapshot(db),
  restoreSnapshot: (json: string) => restoreSnapshot(db, json),
  importLibraryFile: (text: string) => importLibraryFile(db, text, 'user'),
  writeSetting: (key: string, value: unknown) => writeSetting(db, key, value),
  requestPersistentStorage,
  saveAssessmentSettings: (settings: AssessmentSettings) => writeSetting(db, ASSESSMENT_SETTINGS_KEY, settings),
  addObservations: (targetId: string, inputs: readonly unknown[]) => addObservations(db, targetId, inputs),
};
