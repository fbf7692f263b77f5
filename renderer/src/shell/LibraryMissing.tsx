import { useEffect, useState } from 'react';
import type { HostResult } from '../../../shared/host/contract';
import { actions } from '../data/actions';
import { describeFailure } from '../data/failures';
import { getHost } from '../host';

type Ledger = NonNullable<HostResult<'library.ledger.read'>>;

const when = (iso: string | null) =>
  iso ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : 'an unknown time';

/**
 * Shown instead of the app when the database is empty although this host held a library:
 * nothing is loaded in its place, and the analyst chooses to restore a backup or start again.
 */
export function LibraryMissing({ ledger, onResolved }: { ledger: Ledger; onResolved: () => void }) {
  const host = getHost();
  const [backups, setBackups] = useState<HostResult<'backup.list'> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    host['backup.list']({}).then(setBackups, (error: unknown) =>
      setProblem(`The backups could not be listed: ${describeFailure(error)}`),
    );
  }, [host]);

  const act = async (action: () => Promise<unknown>, failure: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      onResolved();
    } catch (error) {
      setProblem(`${failure}: ${describeFailure(error)}`);
      setBusy(false);
    }
  };
  const restore = (name: string) =>
    act(async () => actions.restoreSnapshot((await host['backup.read']({ name })).json), `${name} was not restored`);

  return (
    <main className="splash library-missing" aria-labelledby="missing-title">
      <h1 id="missing-title">Your library was not found</h1>
      <p>
        When PolicyDesk last ran here, the library held {ledger.itemCount.toLocaleString('en')} items (last changed{' '}
        {when(ledger.lastChangeAt)}). The database is now empty: its storage may have been cleared, for example to free disk
        space. Nothing has been loaded in its place.
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {backups === null ? (
        <p className="muted">Looking for backups…</p>
      ) : backups.length === 0 ? (
        <p>There are no backups in the data folder.</p>
      ) : (
        <>
          <p>
            <button type="button" className="button primary" disabled={busy} onClick={() => void restore(backups[0]!.name)}>
              Restore the latest backup
            </button>
          </p>
          <p className="muted">
            Saved {when(backups[0]!.createdAt)}: <code>{backups[0]!.name}</code>
          </p>
          {backups.length > 1 && (
            <details>
              <summary>Choose another backup</summary>
              <ul>
                {backups.slice(1).map((backup) => (
                  <li key={backup.name}>
                    <button type="button" className="link-button" disabled={busy} onClick={() => void restore(backup.name)}>
                      {backup.name}
                    </button>{' '}
                    <span className="muted">saved {when(backup.createdAt)}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <p>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void act(() => actions.startEmptyLibrary(), 'The library could not be started')}
        >
          Start with an empty library
        </button>
      </p>
    </main>
  );
}
