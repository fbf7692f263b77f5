import { Dexie } from 'dexie';

/**
 * Calls back with the tables of one database that a write changed, in this window or another
 * (Dexie relays both as "storagemutated"), or with `'any'` when Dexie cannot say which (a
 * page restored from the back-forward cache). Returns the way to stop.
 */
export function onTablesMutated(databaseName: string, handler: (tables: ReadonlySet<string> | 'any') => void): () => void {
  const prefix = `idb://${databaseName}/`;
  const listener = (parts: Readonly<Record<string, unknown>>) => {
    if ('all' in parts) return handler('any');
    const tables = new Set<string>();
    // Parts are named "idb://<database>/<table>/<index>".
    for (const part of Object.keys(parts)) if (part.startsWith(prefix)) tables.add(part.slice(prefix.length).split('/')[0]!);
    if (tables.size > 0) handler(tables);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/** Whether a mutation report touches any of these tables. */
export const touchesAny = (touched: ReadonlySet<string> | 'any', tables: Iterable<string>) =>
  touched === 'any' || [...tables].some((table) => touched.has(table));
