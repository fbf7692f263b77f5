/** A sentence for the analyst about why a storage or host operation failed. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    // Dexie wraps IndexedDB's quota error; its name survives the wrapping.
    if (error.name === 'QuotaExceededError' || (error as { inner?: { name?: string } }).inner?.name === 'QuotaExceededError') {
      return 'the disk holding the data folder is full. Free some space and try again; nothing was changed.';
    }
    return error.message;
  }
  return String(error);
}

/**
 * Asks the browser to keep the library's storage even under disk pressure; without this,
 * IndexedDB is best-effort and may be evicted. Electron grants it; Chromium grants it to
 * an installed app window. Returns whether storage is persistent.
 */
export async function isStoragePersistent(): Promise<boolean> {
  return (await navigator.storage?.persisted?.()) ?? false;
}

export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}
