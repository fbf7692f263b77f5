import { type FormEvent, type KeyboardEvent, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useBlocker } from 'react-router';
import type { BriefingRecord } from '../../../../../shared/domain/records';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useToasts } from '../../../components/Toasts';
import { useRunAction } from '../../../components/useRunAction';
import { actions } from '../../../data/actions';
import { BriefingPreview } from '../document/BriefingPreview';
import { BriefingExportActions } from '../export/BriefingExportActions';
import { BRIEFINGS_PATH } from '../paths';
import { BriefingDetails } from './BriefingDetails';
import { errorPlace, splitErrors, UNTITLED } from './draft';
import { ErrorSummary } from './ErrorSummary';
import { SectionList } from './SectionList';
import { useBriefingDraft } from './useBriefingDraft';

const FORM_ID = 'briefing-form';

/**
 * The composer: the briefing's fields and sections on the left, the preview of what the
 * export will contain on the right. Saving is explicit, as in the item forms, and leaving
 * with unsaved changes asks first.
 */
export function BriefingComposer({ record }: { record: BriefingRecord }) {
  const { draft, dirty, errors, failure, saving, setField, setSections, updateSection, save, conflict } =
    useBriefingDraft(record);
  const toasts = useToasts();
  const run = useRunAction();
  const split = useMemo(() => splitErrors(errors, draft.sections), [errors, draft.sections]);
  // The preview and the export follow the draft, a beat behind typing, so what is exported is what is shown.
  const preview = useDeferredValue(draft);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  // Focus moves to the summary when a save is refused, not on every keystroke that changes the errors.
  const summaryRef = useRef<HTMLDivElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) summaryRef.current?.focus();
  }, [refusals]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    const outcome = await save();
    if (outcome === 'saved') toasts.show('Saved the briefing.');
    else setRefusals((count) => count + 1);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <section className="briefing-composer" aria-labelledby="view-title" onKeyDown={onKeyDown}>
      <header className="composer-header">
        <div>
          <nav className="breadcrumbs" aria-label="Breadcrumbs">
            <Link to={BRIEFINGS_PATH}>Briefings</Link>
          </nav>
          <h1 id="view-title">{draft.title.trim() || UNTITLED}</h1>
        </div>
        <div className="composer-actions">
          <span className={`save-state${dirty ? ' unsaved' : ''}`} data-testid="save-state">
            {saving ? 'Saving…' : dirty ? 'Unsaved changes' : 'All changes saved'}
          </span>
          <button type="submit" form={FORM_ID} className="button primary" disabled={saving}>
            Save
          </button>
        </div>
      </header>
      {record.deletedAt !== null && (
        <p className="notice" role="note">
          This briefing is in the trash.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void run(() => actions.restoreBriefing(record.id), 'Could not restore it')}
          >
            Restore it
          </button>
        </p>
      )}
      <div className="composer-panes">
        <form
          id={FORM_ID}
          className="composer-editor item-form"
          onSubmit={(event) => void submit(event)}
          noValidate
          aria-label="Briefing"
        >
          <ErrorSummary ref={summaryRef} errors={errors} failure={failure} sections={draft.sections} />
          {conflict && (
            <div className="conflict-panel" role="group" aria-label="Changed in another window">
              <p>
                Changed there:{' '}
                {conflict.changed.length === 0
                  ? 'nothing you can see here'
                  : conflict.changed.map((name) => errorPlace(name, draft.sections)).join(', ')}
                .
              </p>
              <p className="form-actions">
                <button
                  type="button"
                  className="button primary"
                  onClick={() =>
                    void conflict.keepMine().then((outcome) => outcome === 'saved' && toasts.show('Saved the briefing.'))
                  }
                >
                  Keep my draft and save
                </button>
                <button type="button" className="button" onClick={conflict.takeTheirs}>
                  Take theirs (drop my draft)
                </button>
              </p>
            </div>
          )}
          <BriefingDetails draft={draft} errors={split.fields} onChange={setField} />
          <SectionList
            sections={draft.sections}
            errors={split.sections}
            setSections={setSections}
            updateSection={updateSection}
          />
        </form>
        <aside className="composer-preview" aria-labelledby="preview-title">
          <div className="preview-toolbar">
            <h2 id="preview-title">Preview</h2>
            <BriefingExportActions briefing={preview} />
          </div>
          <BriefingPreview briefing={preview} />
        </aside>
      </div>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title="Leave without saving?"
        confirmLabel="Discard changes"
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>Your changes to this briefing have not been saved.</p>
      </ConfirmDialog>
    </section>
  );
}
