import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { BriefingRecord } from '../../../../shared/domain/records';
import { DataTable } from '../../components/data-table/DataTable';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { useAuthorName, useBriefings, useTrashedBriefings } from '../../data/hooks';
import { useTablePrefs } from '../library/useTablePrefs';
import { briefingColumns, briefingGroups, defaultBriefingPrefs } from './briefing-columns';
import { BriefingTrashMenu } from './BriefingTrashMenu';
import { newBriefingFields, todayIso } from './composer/draft';
import { briefingPath } from './paths';

/** The saved briefings: open, duplicate, move to the trash, or start a new one. */
export function BriefingsView() {
  const briefings = useBriefings();
  const trashed = useTrashedBriefings();
  const author = useAuthorName();
  const navigate = useNavigate();
  const toasts = useToasts();
  const run = useRunAction();
  const { prefs, save } = useTablePrefs('briefings', defaultBriefingPrefs);

  const create = async () => {
    const outcome = await run(
      () => actions.createBriefing(newBriefingFields(author ?? '', todayIso())),
      'The briefing was not created',
    );
    if (outcome.ok) void navigate(briefingPath(outcome.value.id));
  };

  const restore = useCallback(
    async (briefing: BriefingRecord) => {
      const outcome = await run(() => actions.restoreBriefing(briefing.id), 'Could not restore it');
      if (outcome.ok) toasts.show(`Restored “${briefing.title}”.`);
    },
    [run, toasts],
  );

  // Built once per set of callbacks: new column objects would make the table rebuild its model.
  const columns = useMemo(
    () =>
      briefingColumns({
        duplicate: (briefing) =>
          void run(() => actions.duplicateBriefing(briefing.id), 'The briefing was not duplicated').then((outcome) => {
            if (!outcome.ok) return;
            const copy = outcome.value;
            toasts.show(`Duplicated as “${copy.title}”.`, { label: 'Open', run: () => void navigate(briefingPath(copy.id)) });
          }),
        trash: (briefing) =>
          void run(() => actions.trashBriefing(briefing.id), 'Could not move it to the trash').then(
            (outcome) =>
              outcome.ok &&
              toasts.show(`Moved “${briefing.title}” to the trash.`, { label: 'Undo', run: () => restore(briefing) }),
          ),
      }),
    [run, toasts, navigate, restore],
  );

  return (
    <section className="library-view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Briefings</h1>
        <button type="button" className="button primary" disabled={author === undefined} onClick={() => void create()}>
          New briefing
        </button>
      </header>
      {briefings === undefined || prefs === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <DataTable
          viewId="briefings"
          data={briefings}
          columns={columns}
          noun={{ singular: 'briefing', plural: 'briefings' }}
          groupOptions={briefingGroups}
          initialPrefs={prefs}
          defaultPrefs={defaultBriefingPrefs}
          onPrefsChange={save}
          onOpen={(briefing) => void navigate(briefingPath(briefing.id))}
          toolbar={<BriefingTrashMenu trashed={trashed ?? []} onRestore={(briefing) => void restore(briefing)} />}
        />
      )}
    </section>
  );
}
