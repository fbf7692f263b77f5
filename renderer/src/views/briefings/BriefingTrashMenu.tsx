import type { BriefingRecord } from '../../../../shared/domain/records';

/**
 * Briefings in the trash, each restorable. They live here rather than in the library's
 * Trash, which lists library items only.
 */
export function BriefingTrashMenu({
  trashed,
  onRestore,
}: {
  trashed: readonly BriefingRecord[];
  onRestore: (briefing: BriefingRecord) => void;
}) {
  if (trashed.length === 0) return null;
  return (
    <details className="menu briefing-trash">
      <summary>In the trash ({trashed.length})</summary>
      <ul className="menu-panel" aria-label="Briefings in the trash">
        {trashed.map((briefing) => (
          <li key={briefing.id}>
            <span>{briefing.title}</span>
            <button type="button" className="button small" onClick={() => onRestore(briefing)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
