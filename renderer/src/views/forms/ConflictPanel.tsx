import { useEffect, useRef, useState } from 'react';
import type { FieldSpec } from './field-specs';
import { getPath, setPath } from './form-values';

export interface Conflict {
  /** The record as it is stored now, after the change made elsewhere. */
  current: Record<string, unknown> & { revision: number };
  /** What the analyst tried to save. */
  mine: Record<string, unknown>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const shown = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? '(empty)'
    : Array.isArray(value)
      ? value.join(', ') || '(none)'
      : String(value);

/**
 * The fields changed elsewhere since the form opened: `clashing` where the analyst changed
 * them too (to something else), `theirsOnly` where the analyst left them as they were.
 */
export function changedElsewhere(specs: readonly FieldSpec[], opened: unknown, conflict: Conflict) {
  const value = (record: unknown, spec: FieldSpec) => getPath(record, spec.name);
  const changed = specs.filter((spec) => !same(value(opened, spec), value(conflict.current, spec)));
  const mineChanged = (spec: FieldSpec) => !same(value(conflict.mine, spec), value(opened, spec));
  return {
    clashing: changed.filter((spec) => mineChanged(spec) && !same(value(conflict.mine, spec), value(conflict.current, spec))),
    theirsOnly: changed.filter((spec) => !mineChanged(spec)),
  };
}

/** What to save: the analyst's values, the other window's where the analyst left a field alone or chose theirs. */
export function resolveConflict(
  specs: readonly FieldSpec[],
  opened: unknown,
  conflict: Conflict,
  chosenTheirs: ReadonlySet<string>,
): Record<string, unknown> {
  const { clashing, theirsOnly } = changedElsewhere(specs, opened, conflict);
  const input = structuredClone(conflict.mine);
  for (const spec of [...theirsOnly, ...clashing.filter((field) => chosenTheirs.has(field.name))]) {
    setPath(input, spec.name, structuredClone(getPath(conflict.current, spec.name)));
  }
  return input;
}

/**
 * Shown when a save is refused because the item changed elsewhere after the form opened:
 * names each field changed meanwhile, and lets the analyst keep their value or take the
 * new one, field by field, or reload and drop their edits.
 */
export function ConflictPanel({
  specs,
  opened,
  conflict,
  onSave,
  onReload,
}: {
  specs: readonly FieldSpec[];
  opened: unknown;
  conflict: Conflict;
  onSave: (input: Record<string, unknown>, baseRevision: number) => void;
  onReload: () => void;
}) {
  const { clashing: fields, theirsOnly } = changedElsewhere(specs, opened, conflict);
  // Brought into view and focus when a save is refused: the Save button is far below it.
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => panelRef.current?.focus(), [conflict]);
  const [theirs, setTheirs] = useState<ReadonlySet<string>>(new Set());
  const choose = (name: string, take: boolean) =>
    setTheirs((current) => {
      const next = new Set(current);
      if (take) next.add(name);
      else next.delete(name);
      return next;
    });
  const resolved = () => resolveConflict(specs, opened, conflict, theirs);

  return (
    <section className="conflict-panel" role="alert" aria-labelledby="conflict-title" tabIndex={-1} ref={panelRef}>
      <h2 id="conflict-title">Changed elsewhere while you were editing</h2>
      <p>
        Nothing was saved: this item was saved in another window after you opened it.{' '}
        {fields.length === 0
          ? 'None of the fields you changed were changed there, so saving keeps both.'
          : `${fields.length === 1 ? 'One field you changed was' : `${fields.length} fields you changed were`} changed there too. Choose, for each, which value to keep.`}
      </p>
      {theirsOnly.length > 0 && (
        <p>
          Changed there and kept, since you left {theirsOnly.length === 1 ? 'it' : 'them'} as{' '}
          {theirsOnly.length === 1 ? 'it was' : 'they were'}: {theirsOnly.map((spec) => spec.label).join(', ')}.
        </p>
      )}
      {fields.length > 0 && (
        <table className="simple-table conflict-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours</th>
              <th scope="col">Saved elsewhere</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((spec) => (
              <tr key={spec.name}>
                <th scope="row">{spec.label}</th>
                <td>
                  <label>
                    <input
                      type="radio"
                      name={`conflict-${spec.name}`}
                      checked={!theirs.has(spec.name)}
                      onChange={() => choose(spec.name, false)}
                    />{' '}
                    Keep mine: {shown(getPath(conflict.mine, spec.name))}
                  </label>
                </td>
                <td>
                  <label>
                    <input
                      type="radio"
                      name={`conflict-${spec.name}`}
                      checked={theirs.has(spec.name)}
                      onChange={() => choose(spec.name, true)}
                    />{' '}
                    Use theirs: {shown(getPath(conflict.current, spec.name))}
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="form-actions">
        <button type="button" className="button primary" onClick={() => onSave(resolved(), conflict.current.revision)}>
          Save with these choices
        </button>
        <button type="button" className="button" onClick={onReload}>
          Discard mine and reload
        </button>
      </p>
    </section>
  );
}
