import { useTags } from '../../data/hooks';

/** An annotation's tags as chips in each tag's colour; removable when `onRemove` is given. */
export function TagChips({ ids, onRemove }: { ids: readonly string[]; onRemove?: (id: string) => void }) {
  const tags = useTags();
  if (ids.length === 0 || !tags) return null;
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  return (
    <ul className="tag-chips" aria-label="Tags">
      {ids.map((id) => {
        const tag = byId.get(id);
        // A tag deleted since is simply not shown; the data layer removes it from annotations.
        if (!tag) return null;
        return (
          <li key={id} className="tag-chip" style={{ borderColor: tag.color }}>
            <span className="tag-dot" style={{ background: tag.color }} aria-hidden="true" />
            {tag.name}
            {onRemove && (
              <button type="button" className="tag-remove" aria-label={`Remove tag ${tag.name}`} onClick={() => onRemove(id)}>
                ×
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
