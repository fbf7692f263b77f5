import type { BackupReason, HostResult } from '../../../../shared/host/contract';

const REASONS: Record<BackupReason, string> = {
  manual: 'Saved by you',
  daily: 'Daily',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-reset': 'Before a reset',
};

/** The saved backups, newest first, each restorable. */
export function BackupList({
  backups,
  disabled,
  onRestore,
}: {
  backups: HostResult<'backup.list'>;
  disabled: boolean;
  onRestore: (name: string) => void;
}) {
  if (backups.length === 0) return <p className="muted">No backups yet.</p>;
  return (
    <table className="simple-table backup-list">
      <thead>
        <tr>
          <th scope="col">Backup</th>
          <th scope="col">Saved</th>
          <th scope="col">Why</th>
          <th scope="col" className="numeric">
            Size
          </th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.name}>
            <td>
              <code>{backup.name}</code>
            </td>
            <td>{new Date(backup.createdAt).toLocaleString('en-GB')}</td>
            <td>{REASONS[backup.reason]}</td>
            <td className="numeric">{Math.ceil(backup.bytes / 1024).toLocaleString('en')} KB</td>
            <td>
              <button type="button" className="button" disabled={disabled} onClick={() => onRestore(backup.name)}>
                Restore…
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
