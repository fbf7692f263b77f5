import type { TagRecord } from '../../../../shared/domain/records';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { ColourSwatches } from './ColourSwatches';
import { RenameField } from './RenameField';

export type TagWithCount = TagRecord & { count: number };

/** One tag: checked for a merge, renamed in place, recoloured, deleted. */
export function TagRow({
  tag,
  checked,
  onCheck,
  onDelete,
}: {
  tag: TagWithCount;
  checked: boolean;
  onCheck: () => void;
  onDelete: () => void;
}) {
  const run = useRunAction();
  return (
    <tr>
      <td>
        <input type="checkbox" aria-label={`Choose ${tag.name} to merge`} checked={checked} onChange={onCheck} />
      </td>
      <td>
        <RenameField id={tag.id} name={tag.name} />
      </td>
      <td>
        <ColourSwatches
          name={`colour-${tag.id}`}
          label={`Colour of ${tag.name}`}
          value={tag.color}
          onChange={(color) => void run(() => actions.updateTag(tag.id, { color }), 'The colour was not saved')}
        />
      </td>
      <td className="numeric" data-testid="tag-count">
        {tag.count.toLocaleString('en')}
      </td>
      <td>
        <button type="button" className="button danger" onClick={onDelete}>
          Delete…
        </button>
      </td>
    </tr>
  );
}
