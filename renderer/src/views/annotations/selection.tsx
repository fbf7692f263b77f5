import { createContext, type ReactNode, useContext } from 'react';

/**
 * The rows checked for export. A context rather than column state, so a checkbox re-renders
 * when it is toggled although the table's rows are memoised.
 */
export interface Checked {
  ids: ReadonlySet<string>;
  toggle: (id: string) => void;
}

const CheckedContext = createContext<Checked>({ ids: new Set(), toggle: () => {} });

export function CheckedProvider({ value, children }: { value: Checked; children: ReactNode }) {
  return <CheckedContext.Provider value={value}>{children}</CheckedContext.Provider>;
}

export function CheckCell({ id, label }: { id: string; label: string }) {
  const { ids, toggle } = useContext(CheckedContext);
  return <input type="checkbox" aria-label={`Check for export: ${label}`} checked={ids.has(id)} onChange={() => toggle(id)} />;
}
