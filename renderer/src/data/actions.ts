import type { ItemKind } from '../../../shared/domain/entities';
import type { LibraryBundle } from '../../../shared/domain/library-bundle';
import { db } from './database';
import { createItem, purgeItem, restoreItem, trashItem, updateItem } from './items';
import { resetToSampleLibrary, seedIfFirstRun, startEmptyLibrary } from './seed';
import { backUpIfDue, openingState, watchLibraryFootprint } from './library-guard';
import { importLibraryFile } from './import-library';
import { exportSnapshot, restoreSnapshot } from './snapshot';
import { isStoragePersistent, requestPersistentStorage } from './failures';
import { AUTHOR_KEY, writeSetting } from './settings';
import {
  createHighlight,
  createNote,
  type NewHighlight,
  type NewNote,
  reattachHighlight,
  setAnnotationDeleted,
  updateAnnotation,
} from './annotations';
import { createTag, deleteTag, mergeTags, updateTag } from './tags';
import type { AssessmentSettings } from '../../../shared/assessment';
import { reassessIfStale, saveAssessmentSettings } from './assessments';
import { addObservations } from './observations';
import { importAnnotations } from './annotation-import';
import { createBriefing, duplicateBriefing, restoreBriefing, trashBriefing, updateBriefing } from './briefings';

/** The mutations components call, bound to the app's database. */
export const actions = {
  createHighlight: (input: NewHighlight) => createHighlight(db, input),
  createNote: (input: NewNote) => createNote(db, input),
  updateAnnotation: (id: string, patch: Parameters<typeof updateAnnotation>[2]) => updateAnnotation(db, id, patch),
  trashAnnotation: (id: string) => setAnnotationDeleted(db, id, true),
  restoreAnnotation: (id: string) => setAnnotationDeleted(db, id, false),
  reattachHighlight: (id: string, start: number, end: number) => reattachHighlight(db, id, start, end),
  createTag: (input: { name: string; color?: string }) => createTag(db, input),
  updateTag: (id: string, patch: { name?: string; color?: string }) => updateTag(db, id, patch),
  mergeTags: (fromIds: readonly string[], intoId: string) => mergeTags(db, fromIds, intoId),
  deleteTag: (id: string) => deleteTag(db, id),
  setAuthorName: (name: string) => writeSetting(db, AUTHOR_KEY, name.trim()),
  create: <K extends ItemKind>(kind: K, input: unknown) => createItem(db, kind, input),
  update: <K extends ItemKind>(kind: K, id: string, input: unknown, baseRevision?: number) =>
    updateItem(db, kind, id, input, baseRevision),
  trash: (kind: ItemKind, id: string) => trashItem(db, kind, id),
  restore: (kind: ItemKind, id: string) => restoreItem(db, kind, id),
  purge: (kind: ItemKind, id: string) => purgeItem(db, kind, id),
  seedIfFirstRun: (loadBundle: () => LibraryBundle | Promise<LibraryBundle>) => seedIfFirstRun(db, loadBundle),
  reassessIfStale: () => reassessIfStale(db),
  openingState: (host: Parameters<typeof openingState>[1]) => openingState(db, host),
  startEmptyLibrary: () => startEmptyLibrary(db),
  backUpIfDue: (host: Parameters<typeof backUpIfDue>[1]) => backUpIfDue(db, host),
  watchLibraryFootprint: (onChange: Parameters<typeof watchLibraryFootprint>[1], quietMs: number) =>
    watchLibraryFootprint(db, onChange, quietMs),
  resetToSample: (bundle: LibraryBundle) => resetToSampleLibrary(db, bundle),
  exportSnapshot: () => exportSnapshot(db),
  restoreSnapshot: (json: string) => restoreSnapshot(db, json),
  importLibraryFile: (text: string) => importLibraryFile(db, text, 'user'),
  writeSetting: (key: string, value: unknown) => writeSetting(db, key, value),
  requestPersistentStorage,
  isStoragePersistent,
  saveAssessmentSettings: (settings: AssessmentSettings) => saveAssessmentSettings(db, settings),
  addObservations: (targetId: string, inputs: readonly unknown[]) => addObservations(db, targetId, inputs),
  importAnnotations: (text: string) => importAnnotations(db, text),
  createBriefing: (input: unknown) => createBriefing(db, input),
  updateBriefing: (id: string, input: unknown, baseRevision?: number) => updateBriefing(db, id, input, baseRevision),
  duplicateBriefing: (id: string) => duplicateBriefing(db, id),
  trashBriefing: (id: string) => trashBriefing(db, id),
  restoreBriefing: (id: string) => restoreBriefing(db, id),
};
