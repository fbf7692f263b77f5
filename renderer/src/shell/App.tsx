import { useEffect, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import { ToastProvider } from '../components/Toasts';
import { actions } from '../data/actions';
import { prefetchTableRows } from '../data/hooks';
import type { OpeningState } from '../data/library-guard';
import { getHost } from '../host';
import { createAppRouter } from '../routes/routes';
import { loadSeedBundle } from '../seed-bundle';
import { LibraryMissing } from './LibraryMissing';

type State = 'opening' | 'ready' | { missing: Extract<OpeningState, { kind: 'library-missing' }>['ledger'] } | { error: string };

/** How long the library must be quiet before the host's ledger of it is updated. */
const LEDGER_DELAY_MS = 2000;
/** How long after the library opens the daily backup is saved, when one is due. */
const DAILY_BACKUP_DELAY_MS = 5000;
/** How long after the library opens its views' rows start being read ahead. */
const PREFETCH_DELAY_MS = 1000;

const whenIdle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));

/**
 * Opens the library: loads the sample library on a first run, stops with an explanation
 * when a library this host held has gone missing, brings stored statuses up to date, and
 * keeps the host's ledger of the library and the daily backup current.
 */
export function App() {
  const [state, setState] = useState<State>('opening');
  const [attempt, setAttempt] = useState(0);
  const router = useMemo(() => createAppRouter(), []);

  useEffect(() => {
    void actions.requestPersistentStorage();
    const open = async () => {
      const opening = await actions.openingState(getHost());
      if (opening.kind === 'library-missing') return setState({ missing: opening.ledger });
      if (opening.kind === 'first-run') await actions.seedIfFirstRun(loadSeedBundle);
      await actions.reassessIfStale();
      setState('ready');
    };
    open().catch((error: unknown) => setState({ error: error instanceof Error ? error.message : String(error) }));
  }, [attempt]);

  useEffect(() => {
    if (state !== 'ready') return;
    const host = getHost();
    // Best effort: a failed daily backup or ledger write must not stop the analyst working.
    // A few seconds in, so reading the whole library for it never delays the first screen.
    const backup = setTimeout(() => {
      actions.backUpIfDue(host).catch((error: unknown) => console.warn('The daily backup was not saved', error));
    }, DAILY_BACKUP_DELAY_MS);
    // The library views' rows are read ahead while the window is idle, once the first screen is up.
    const prefetch = setTimeout(() => {
      prefetchTableRows(whenIdle).catch((error: unknown) => console.warn('The library views were not read ahead', error));
    }, PREFETCH_DELAY_MS);
    const stopWatching = actions.watchLibraryFootprint((footprint) => {
      host['library.ledger.write'](footprint).catch((error: unknown) => console.warn('The library ledger was not saved', error));
    }, LEDGER_DELAY_MS);
    return () => {
      clearTimeout(backup);
      clearTimeout(prefetch);
      stopWatching();
    };
  }, [state]);

  if (state === 'opening') return <p className="splash">Opening the library…</p>;
  if (typeof state === 'object' && 'missing' in state)
    return <LibraryMissing ledger={state.missing} onResolved={() => setAttempt((count) => count + 1)} />;
  if (typeof state === 'object') {
    return (
      <div className="splash" role="alert">
        <h1>The library could not be opened</h1>
        <p>{state.error}</p>
      </div>
    );
  }
  return (
    <ToastProvider>
      <RouterProvider router={router} />
    </ToastProvider>
  );
}
