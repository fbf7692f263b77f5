import { onTablesMutated, touchesAny } from '../storage-mutations';
import { useCallback, useSyncExternalStore } from 'react';

/**
 * Queries shared by every component that asks for the same key, and kept for the session
 * after the last one leaves, so going back to a view shows it at once instead of reading
 * its table again. A query can also be read ahead, before any view shows it (prefetch).
 *
 * Each query names the tables it reads. A write to one of them (in this window or another:
 * Dexie reports both) re-runs the query if a component shows it, and otherwise only marks
 * it stale, to be re-read when a view shows it again; meanwhile that view shows the rows it
 * had. So a write on one screen never pays for re-reading the tables of screens not shown.
 */

interface Entry<T> {
  tables: ReadonlySet<string>;
  query: () => Promise<T>;
  value: T | undefined;
  error: unknown;
  stale: boolean;
  running: boolean;
  /** A write landed while the query ran: run it again when it ends. */
  again: boolean;
  listeners: Set<() => void>;
  /** The read under way, for a prefetch to wait on. */
  current: Promise<void> | null;
}

const entries = new Map<string, Entry<unknown>>();
let watching: string | null = null;

function watch(databaseName: string) {
  if (watching === databaseName) return;
  watching = databaseName;
  onTablesMutated(databaseName, (touched) => {
    for (const entry of entries.values()) {
      if (!touchesAny(touched, entry.tables)) continue;
      if (entry.listeners.size > 0) void run(entry);
      else entry.stale = true;
    }
  });
}

function run<T>(entry: Entry<T>): Promise<void> {
  if (entry.running) {
    entry.again = true;
    return entry.current ?? Promise.resolve();
  }
  entry.current = read(entry);
  return entry.current;
}

async function read<T>(entry: Entry<T>): Promise<void> {
  entry.running = true;
  entry.stale = false;
  try {
    entry.value = await entry.query();
    entry.error = undefined;
  } catch (error) {
    entry.error = error;
  } finally {
    entry.running = false;
  }
  for (const listener of entry.listeners) listener();
  if (entry.again) {
    entry.again = false;
    await read(entry);
  }
}

function entryFor<T>(key: string, tables: readonly string[], query: () => Promise<T>): Entry<T> {
  let entry = entries.get(key) as Entry<T> | undefined;
  if (!entry) {
    entry = {
      tables: new Set(tables),
      query,
      value: undefined,
      error: undefined,
      stale: true,
      running: false,
      again: false,
      listeners: new Set(),
      current: null,
    };
    entries.set(key, entry as Entry<unknown>);
  }
  return entry;
}

/**
 * Reads a query ahead, so the first view that shows it finds its rows ready. Resolves when
 * the rows are read (at once if they are already and nothing has changed since).
 */
export async function prefetchSharedQuery<T>(
  databaseName: string,
  key: string,
  tables: readonly string[],
  query: () => Promise<T>,
): Promise<void> {
  watch(databaseName);
  const entry = entryFor(key, tables, query);
  if (entry.stale || entry.running) await run(entry);
}

/**
 * The query's latest result (undefined until its first read), re-rendering when it changes.
 * `tables` must name every table the query reads.
 */
export function useSharedQuery<T>(
  databaseName: string,
  key: string,
  tables: readonly string[],
  query: () => Promise<T>,
): T | undefined {
  const subscribe = useCallback(
    (listener: () => void) => {
      watch(databaseName);
      const entry = entryFor(key, tables, query);
      entry.listeners.add(listener);
      if (entry.stale) void run(entry);
      return () => {
        entry.listeners.delete(listener);
      };
    },
    // The key names the query and its tables: a new function for the same key is the same query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [databaseName, key],
  );
  const snapshot = useCallback(() => {
    const entry = entries.get(key);
    if (entry?.error) throw entry.error;
    return entry?.value as T | undefined;
  }, [key]);
  return useSyncExternalStore(subscribe, snapshot);
}
