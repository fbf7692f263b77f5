import { useCallback } from 'react';
import { EMPTY_PREFS, type TablePrefs, tablePrefsSchema } from '../../components/data-table/table-prefs';
import { actions } from '../../data/actions';
import { useSetting } from '../../data/hooks';
import { useRunAction } from '../../components/useRunAction';

/**
 * The remembered layout of one view: undefined while loading, then the saved preferences
 * (or the view's defaults), with a function that saves changes.
 */
export function useTablePrefs(viewId: string, defaults: TablePrefs = EMPTY_PREFS) {
  const key = `view.${viewId}.prefs`;
  const stored = useSetting(key);
  const run = useRunAction();
  const save = useCallback(
    (prefs: TablePrefs) => {
      void run(() => actions.writeSetting(key, prefs), 'The table layout was not saved');
    },
    [key, run],
  );
  if (stored === undefined) return { prefs: undefined, save };
  const parsed = tablePrefsSchema.safeParse(stored.value);
  return { prefs: parsed.success ? parsed.data : defaults, save };
}
