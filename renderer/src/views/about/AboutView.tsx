import { useCallback, useEffect, useState } from 'react';
import type { BackupReason, HostResult } from '../../../../shared/host/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { getHost } from '../../host';
import { loadSeedBundle } from '../../seed-bundle';
import { AssessmentSettingsSection } from './AssessmentSettingsSection';
import { AuthorSection } from './AuthorSection';
import { BackupList } from './BackupList';
import { ImportSection } from './ImportSection';

type Pending = { kind: 'reset' } | { kind: 'restore'; name: string } | null;

/** Where the data lives, backups and their restore, import, and the reset to the sample library. */
export function AboutView() {
  const host = getHost();
  const run = useRunAction();
  const toasts = useToasts();
  const [info, setInfo] = useState<HostResult<'app.info'> | null>(null);
  const [backups, setBackups] = useState<HostResult<'backup.list'>>([]);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [persistent, setPersistent] = useState<boolean | null>(null);

  const refreshBackups = useCallback(async () => {
    const outcome = await run(() => host['backup.list']({}), 'The backups could not be listed');
    if (outcome.ok) setBackups(outcome.value);
  }, [host, run]);

  useEffect(() => {
    void run(() => host['app.info']({}), 'The data folder could not be read').then(
      (outcome) => outcome.ok && setInfo(outcome.value),
    );
    void run(() => host['backup.list']({}), 'The backups could not be listed').then(
      (outcome) => outcome.ok && setBackups(outcome.value),
    );
    void actions.isStoragePersistent().then(setPersistent);
  }, [host, run]);

  /** Saves a backup of the library as it is now; the first step of anything that replaces it. */
  const backUp = async (reason: BackupReason = 'manual') => {
    const entry = await host['backup.write']({ json: await actions.exportSnapshot(), reason });
    await refreshBackups();
    return entry;
  };

  /**
   * Reads what will replace the library first, then saves the safety backup: saving first
   * could rotate the very backup being restored out of the folder.
   */
  const replaceLibrary = async (label: string, reason: BackupReason, read: () => Promise<() => Promise<void>>) => {
    setPending(null);
    setBusy(true);
    const outcome = await run(async () => {
      const replace = await read();
      const safety = await backUp(reason);
      await replace();
      return safety;
    }, `${label} did not happen; nothing was changed`);
    setBusy(false);
    if (outcome.ok) toasts.show(`${label} done. The library as it was before is saved as ${outcome.value.name}.`);
  };

  const confirmPending = () => {
    if (pending?.kind === 'reset') {
      void replaceLibrary('Reset to the sample library', 'before-reset', async () => {
        const bundle = await loadSeedBundle();
        return () => actions.resetToSample(bundle);
      });
    } else if (pending?.kind === 'restore') {
      const { name } = pending;
      void replaceLibrary(`Restore of ${name}`, 'before-restore', async () => {
        const { json } = await host['backup.read']({ name });
        return () => actions.restoreSnapshot(json);
      });
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
          <dt>Storage</dt>
          <dd data-testid="storage-persistence">
            {persistent === null
              ? '…'
              : persistent
                ? 'Persistent: the system will not clear the library to free space'
                : 'Best effort: under disk pressure the system may clear the library. Backups below are your safeguard; PolicyDesk saves one a day and before anything replaces the library.'}
          </dd>
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
          onClick={() =>
            void run(() => backUp('manual'), 'The backup was not saved').then(
              (outcome) => outcome.ok && toasts.show(`Saved backup ${outcome.value.name}.`),
            )
          }
        >
          Back up now
        </button>
      </p>
      <BackupList backups={backups} disabled={busy} onRestore={(name) => setPending({ kind: 'restore', name })} />

      <AuthorSection />

      <AssessmentSettingsSection />

      <ImportSection disabled={busy} onBusy={setBusy} backUp={() => backUp('before-import')} />

      <h2>Sample library</h2>
      <p>Replace everything in the library with the sample library built from the two source documents.</p>
      <button type="button" className="button danger" disabled={busy} onClick={() => setPending({ kind: 'reset' })}>
        Reset to sample library…
      </button>

      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'restore' ? `Restore ${pending.name}?` : 'Reset to the sample library?'}
        confirmLabel={pending?.kind === 'restore' ? 'Back up and restore' : 'Back up and reset'}
        onConfirm={confirmPending}
        onCancel={() => setPending(null)}
      >
        <p>
          {pending?.kind === 'restore'
            ? 'The whole library, with your notes and edits, is replaced by the backup.'
            : 'Every policy, plan, target, observation and organisation, with your notes and edits, is replaced by the sample library.'}{' '}
          A backup of the current library is saved first.
        </p>
      </ConfirmDialog>
    </section>
  );
}
