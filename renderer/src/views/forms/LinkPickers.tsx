import { useMemo, useState } from 'react';
import type { ItemKind } from '../../../../shared/domain/entities';
import { type LinkOption, useLinkOptions } from '../../data/hooks';

/** How many matches a picker lists at once; the search box narrows a large library. */
const SHOWN = 50;

function useMatches(kind: ItemKind | readonly ItemKind[], query: string, chosen: readonly string[]) {
  const options = useLinkOptions(kind);
  return useMemo(() => {
    const needle = query.trim().toLowerCase();
    const all = options ?? [];
    const picked = all.filter((option) => chosen.includes(option.id));
    const rest = all.filter((option) => !chosen.includes(option.id) && option.label.toLowerCase().includes(needle));
    return { picked, rest: rest.slice(0, SHOWN), more: Math.max(0, rest.length - SHOWN), loading: options === undefined };
  }, [options, query, chosen]);
}

interface PickerProps {
  /** The id of the search box, which the field's <label> names. */
  id: string;
  labelId: string;
  describedBy: string | undefined;
  invalid: boolean;
  kind: ItemKind | readonly ItemKind[];
}

function PickerShell({
  id,
  labelId,
  describedBy,
  invalid,
  query,
  onQuery,
  more,
  children,
}: Omit<PickerProps, 'kind'> & { query: string; onQuery: (query: string) => void; more: number; children: React.ReactNode }) {
  return (
    <div
      className="links-picker"
      role="group"
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      <input id={id} type="search" placeholder="Find…" value={query} onChange={(event) => onQuery(event.target.value)} />
      <div className="links-options">{children}</div>
      {more > 0 && <p className="muted">{more.toLocaleString('en')} more match; type to narrow the list.</p>}
    </div>
  );
}

/** Chooses one linked item (or none), searching by title. */
export function LinkPicker({ value, onChange, ...props }: PickerProps & { value: string; onChange: (value: string) => void }) {
  const [query, setQuery] = useState('');
  const chosen = useMemo(() => (value ? [value] : []), [value]);
  const { picked, rest, more } = useMatches(props.kind, query, chosen);
  const radio = (option: LinkOption | null) => (
    <label key={option?.id ?? ''}>
      <input type="radio" name={props.id} checked={(option?.id ?? '') === value} onChange={() => onChange(option?.id ?? '')} />
      {option ? option.label : <em>None</em>}
    </label>
  );
  return (
    <PickerShell {...props} query={query} onQuery={setQuery} more={more}>
      {radio(null)}
      {[...picked, ...rest].map(radio)}
    </PickerShell>
  );
}

/** Chooses several linked items, searching by title. */
export function LinksPicker({
  value,
  onChange,
  ...props
}: PickerProps & { value: string[]; onChange: (value: string[]) => void }) {
  const [query, setQuery] = useState('');
  const { picked, rest, more } = useMatches(props.kind, query, value);
  const toggle = (optionId: string) =>
    onChange(value.includes(optionId) ? value.filter((entry) => entry !== optionId) : [...value, optionId]);
  return (
    <PickerShell {...props} query={query} onQuery={setQuery} more={more}>
      {[...picked, ...rest].map((option) => (
        <label key={option.id}>
          <input type="checkbox" checked={value.includes(option.id)} onChange={() => toggle(option.id)} />
          {option.label}
        </label>
      ))}
    </PickerShell>
  );
}
