/**
 * Quiet Chromium down: an offline app has no use for first-run pages, sync, component
 * updates or background fetches, and must not phone home on its own. Every Chromium the
 * project starts (the app window, the PDF printer, the end-to-end tests) starts with these.
 */
export const OFFLINE_CHROMIUM_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
] as const;
