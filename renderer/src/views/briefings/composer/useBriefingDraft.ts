import { useCallback, useMemo, useState } from 'react';
import type { BriefingFields, BriefingSection } from '../../../../../shared/briefing/model';
import type { BriefingRecord } from '../../../../../shared/domain/records';
import { actions } from '../../../data/actions';
import { describeFailure } from '../../../data/failures';
import { ValidationError } from '../../../data/validation-error';
import { StaleRevisionError } from '../../../data/write/write-errors';
import { fieldsOf, type FieldErrors, sameFields, validateDraft } from './draft';

export type SaveOutcome = 'saved' | 'invalid' | 'failed';

/**
 * A briefing being edited: the draft, what was last saved, and saving. Nothing reaches the
 * database until Save; the draft stays as typed when a save is refused or fails. Once a
 * save has been refused, errors follow the draft live, so each clears as it is fixed.
 */
export function useBriefingDraft(record: BriefingRecord) {
  const [saved, setSaved] = useState<BriefingFields>(() => fieldsOf(record));
  const [draft, setDraft] = useState<BriefingFields>(saved);
  const [checking, setChecking] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The revision the draft builds on; a save on top of a newer one (another window) is refused.
  const [revision, setRevision] = useState(record.revision);
  const [conflict, setConflict] = useState<BriefingRecord | null>(null);

  const dirty = !sameFields(draft, saved);
  const errors = useMemo(() => (checking ? { ...serverErrors, ...validateDraft(draft) } : {}), [checking, serverErrors, draft]);

  const setField = useCallback(<K extends Exclude<keyof BriefingFields, 'sections'>>(name: K, value: BriefingFields[K]) => {
    setDraft((current) => ({ ...current, [name]: value }));
  }, []);
  const setSections = useCallback((update: (sections: BriefingSection[]) => BriefingSection[]) => {
    setDraft((current) => ({ ...current, sections: update(current.sections) }));
  }, []);
  const updateSection = useCallback(
    (id: string, next: BriefingSection) =>
      setSections((sections) => sections.map((section) => (section.id === id ? next : section))),
    [setSections],
  );

  const saveOver = useCallback(
    async (baseRevision: number): Promise<SaveOutcome> => {
      const submitted = draft;
      setFailure(null);
      setConflict(null);
      setServerErrors({});
      if (Object.keys(validateDraft(submitted)).length > 0) {
        setChecking(true);
        return 'invalid';
      }
      setSaving(true);
      try {
        const updated = await actions.updateBriefing(record.id, submitted, baseRevision);
        const stored = fieldsOf(updated);
        setRevision(updated.revision);
        setSaved(stored);
        // Take the stored (trimmed) values only if nothing was typed while saving.
        setDraft((current) => (current === submitted ? stored : current));
        setChecking(false);
        return 'saved';
      } catch (error) {
        if (error instanceof StaleRevisionError) {
          setConflict(error.current as unknown as BriefingRecord);
          setFailure('The briefing was not saved: it was saved in another window after you opened it. Your draft is still here.');
          return 'failed';
        }
        if (error instanceof ValidationError) {
          setServerErrors(error.fieldErrors);
          setChecking(true);
          return 'invalid';
        }
        setFailure(`The briefing was not saved: ${describeFailure(error)}`);
        return 'failed';
      } finally {
        setSaving(false);
      }
    },
    [draft, record.id],
  );

  const save = useCallback(() => saveOver(revision), [saveOver, revision]);

  /** Saves the draft over the version saved elsewhere, the analyst having seen what changed there. */
  const keepMine = useCallback(
    () => (conflict ? saveOver(conflict.revision) : Promise.resolve<SaveOutcome>('failed')),
    [conflict, saveOver],
  );

  /** Drops the draft for the version saved elsewhere. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    const theirs = fieldsOf(conflict);
    setSaved(theirs);
    setDraft(theirs);
    setRevision(conflict.revision);
    setConflict(null);
    setFailure(null);
  }, [conflict]);

  /** The parts of the briefing the other window changed, by name, for the analyst to weigh. */
  const changedElsewhere = useMemo(
    () =>
      conflict
        ? (Object.keys(saved) as (keyof BriefingFields)[]).filter(
            (name) => JSON.stringify(saved[name]) !== JSON.stringify(fieldsOf(conflict)[name]),
          )
        : [],
    [conflict, saved],
  );

  return {
    draft,
    dirty,
    errors,
    failure,
    saving,
    setField,
    setSections,
    updateSection,
    save,
    conflict: conflict ? { changed: changedElsewhere, keepMine, takeTheirs } : null,
  };
}

export type BriefingDraft = ReturnType<typeof useBriefingDraft>;
