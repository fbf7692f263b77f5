import { useMemo, useState } from 'react';
import type { ItemKind } from '../../../../shared/domain/entities';
import { useLinkOptions } from '../../data/hooks';

interface LinkPickerProps {
  id: string;
  name: string;
  kind: ItemKind;
  value: string;
  onChange: (value: string) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** Chooses one linked item by its title. */
export function LinkPicker({ kind, value, onChange, ...rest }: LinkPickerProps) {
  const options = useLinkOptions(kind);
  return (
    <select {...rest} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">None</option>
      {options?.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

const SHOWN = 50;

/** Chooses several linked items: a search box over a list of checkboxes. */
export function LinksPicker({
  id,
  kind,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  kind: ItemKind;
  value: string[];
  onChange: (value: string[]) => void;
  describedBy: string | undefined;
}) {
  const options = useLinkOptions(kind);
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const all = options ?? [];
    const chosen = all.filter((option) => value.includes(option.id));
    const rest = all.filter((option) => !value.includes(option.id) && option.label.toLowerCase().includes(needle));
    return [...chosen, ...rest.slice(0, SHOWN)];
  }, [options, query, value]);
  const toggle = (optionId: string) =>
    onChange(value.includes(optionId) ? value.filter((entry) => entry !== optionId) : [...value, optionId]);
  return (
    <div className="links-picker" role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
      <input id={id} type="search" placeholder="Find…" value={query} onChange={(event) => setQuery(event.target.value)} />
      <div className="links-options">
        {matches.map((option) => (
          <label key={option.id}>
            <input type="checkbox" checked={value.includes(option.id)} onChange={() => toggle(option.id)} />
            {option.label}
          </label>
        ))}
      </div>
    </div>
  );
}
