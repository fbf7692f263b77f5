import { useState } from 'react';
import { ITEM_KINDS, type ItemKind } from '../../../../../../shared/domain/entities';
import { itemKinds } from '../../../../../../shared/domain/item-kinds';
import { useItemTitles } from '../../../../data/hooks';
import { LinksPicker } from '../../../forms/LinkPickers';
import { withItemsOfKind } from '../draft';
import { Field } from '../Field';
import type { EditorProps } from './editor-props';

/** Items of any kind, each printed with its notes and highlights. Pick a kind, then the items. */
export function AnnotatedItemsEditor({ section, errors, onChange, idPrefix }: EditorProps<'annotated-items'>) {
  const [kind, setKind] = useState<ItemKind>('target');
  const titles = useItemTitles(section.items);
  const pickerId = `${idPrefix}-items`;
  const remove = (index: number) => onChange({ ...section, items: section.items.filter((_, at) => at !== index) });
  return (
    <>
      <div className="field wide">
        <span className="field-label" id={`${idPrefix}-chosen-label`}>
          Chosen items ({section.items.length})
        </span>
        {section.items.length === 0 ? (
          <p className="muted">None yet: pick a kind below, then tick the items.</p>
        ) : (
          <ol className="chosen-items" aria-labelledby={`${idPrefix}-chosen-label`}>
            {section.items.map((item, index) => {
              const title = titles?.[index];
              const name = title?.title ?? `${item.id} (no longer in the library)`;
              return (
                <li key={`${item.kind}:${item.id}`}>
                  <span className="muted">{itemKinds[item.kind].label}:</span> {name}
                  {title?.inTrash && <span className="muted"> (in the trash)</span>}{' '}
                  <button type="button" className="link-button" aria-label={`Remove ${name}`} onClick={() => remove(index)}>
                    Remove
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </div>
      <Field id={`${idPrefix}-kind`} label="Kind of item">
        {(control) => (
          <select {...control} value={kind} onChange={(event) => setKind(event.target.value as ItemKind)}>
            {ITEM_KINDS.map((entry) => (
              <option key={entry} value={entry}>
                {itemKinds[entry].plural}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={pickerId} label={`${itemKinds[kind].plural} to include`} error={errors.items} wide>
        {(control) => (
          <LinksPicker
            // A new picker per kind, so its search box starts empty.
            key={kind}
            id={pickerId}
            labelId={`${pickerId}-label`}
            describedBy={control['aria-describedby']}
            invalid={Boolean(errors.items)}
            kind={kind}
            value={section.items.filter((item) => item.kind === kind).map((item) => item.id)}
            onChange={(ids) => onChange({ ...section, items: withItemsOfKind(section.items, kind, ids) })}
          />
        )}
      </Field>
    </>
  );
}
