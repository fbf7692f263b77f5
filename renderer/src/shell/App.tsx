import { useEffect, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import { ToastProvider } from '../components/Toasts';
import { actions } from '../data/actions';
import { createAppRouter } from '../routes/routes';
import { loadSeedBundle } from '../seed-bundle';

/** Opens the library (loading the sample library on first run), then shows the app. */
export function App() {
  const [state, setState] = useState<'opening' | 'ready' | { error: string }>('opening');
  const router = useMemo(() => createAppRouter(), []);
  useEffect(() => {
    void actions.requestPersistentStorage();
    actions
      .seedIfFirstRun(loadSeedBundle)
      .then(() => setState('ready'))
      .catch((error: unknown) => setState({ error: error instanceof Error ? error.message : String(error) }));
  }, []);
  if (state === 'opening') return <p className="splash">Opening the library…</p>;
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
