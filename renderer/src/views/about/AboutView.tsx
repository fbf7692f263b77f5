import { useEffect, useState } from 'react';
import type { HostResult } from '../../../../shared/host/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToasts } from '../../components/Toasts';
import { actions } from '../../data/actions';
import { getHost } from '../../host';
import { loadSeedBundle } from '../../seed-bundle';

/** Where the data lives, backups, and the reset to the sample library. */
export function AboutView() {
  const [info, setInfo] = useState<HostResult<'app.info'> | null>(null);
  const [backups, setBackups] = useState<HostResult<'backup.list'>>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [importProblem, setImportProblem] = useState<string | null>(null);
  const toasts = useToasts();
  const host = getHost();

  const refresh = () => void host['backup.list']({}).then(setBackups);
  useEffect(() => {
    void host['app.info']({}).then(setInfo);
    refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once when the view opens
  }, []);

  const backUp = async () => {
    const entry = await host['backup.write']({ json: await actions.exportSnapshot() });
    refresh();
    return entry;
  };

  const importFile = async () => {
    setImportProblem(null);
    const file = await host['file.open']({ filters: [{ name: 'PolicyDesk library', extensions: ['json'] }] });
    if (!file) return;
    setBusy(true);
    try {
      const added = await actions.importLibraryFile(file.content);
      toasts.show(`Imported ${added.toLocaleString('en')} items from ${file.name}.`);
    } catch (error) {
      setImportProblem(`Nothing was imported from ${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      const backup = await backUp();
      await actions.resetToSample(loadSeedBundle());
      toasts.show(`Restored the sample library. Your previous library was saved as ${backup.name}.`);
    } catch (error) {
      toasts.show(`Nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="view-title" className="about-view">
      <h1 id="view-title">Library and data</h1>
      <dl className="facts">
        <div>
          <dt>Data folder</dt>
          <dd>
            <code data-testid="data-dir">{info?.dataDir ?? '…'}</code>
          </dd>
        </div>
        <div>
          <dt>Backups folder</dt>
          <dd>
            <code>{info?.backupsDir ?? '…'}</code>
          </dd>
        </div>
        <div>
          <dt>Running in</dt>
          <dd>{info ? (info.host === 'electron' ? 'Desktop app (Electron)' : 'Browser host (local Chromium)') : '…'}</dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>{info?.version ?? '…'}</dd>
        </div>
      </dl>
      <p className="muted">Nothing leaves this machine: the app makes no network requests.</p>

      <h2>Backups</h2>
      <p>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void backUp().then((entry) => toasts.show(`Saved backup ${entry.name}.`))}
        >
          Back up now
        </button>
      </p>
      {backups.length === 0 ? (
        <p className="muted">No backups yet.</p>
      ) : (
        <ul className="backup-list">
          {backups.map((backup) => (
            <li key={backup.name}>
              <code>{backup.name}</code> <span className="muted">({Math.ceil(backup.bytes / 1024).toLocaleString('en')} KB)</span>
            </li>
          ))}
        </ul>
      )}

      <h2>Import</h2>
      <p>Add the items of a PolicyDesk library file (JSON). Nothing is added unless the whole file is valid.</p>
      <button type="button" className="button" disabled={busy} onClick={() => void importFile()}>
        Import a library file…
      </button>
      {importProblem && (
        <p className="field-error" role="alert">
          {importProblem}
        </p>
      )}

      <h2>Sample library</h2>
      <p>Replace everything in the library with the sample library built from the two source documents.</p>
      <button type="button" className="button danger" disabled={busy} onClick={() => setConfirming(true)}>
        Reset to sample library…
      </button>
      <ConfirmDialog
        open={confirming}
        title="Reset to the sample library?"
        confirmLabel="Back up and reset"
        onConfirm={() => void reset()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Every policy, plan, target, observation and organisation, with your notes and edits, is replaced by the sample library.
          A backup of the current library is saved first.
        </p>
      </ConfirmDialog>
    </section>
  );
}
