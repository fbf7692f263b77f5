/**
 * The renderer's Content Security Policy, declared once. Both hosts send it as a header,
 * and renderer/index.html repeats it in a meta tag (a test keeps the two in step) because
 * Electron's file:// pages receive no headers at all.
 */
type Directives = Readonly<Record<string, string>>;

const DIRECTIVES: Directives = {
  'default-src': "'self'",
  'script-src': "'self'",
  // Stylesheets come only from the app. React's `style` props need no 'unsafe-inline':
  // React writes them through the CSSOM (element.style), which CSP does not govern; only
  // `<style>` elements and `style="…"` markup would need it, and the built app has neither.
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/**
 * Only for the Vite dev server: React Refresh injects an inline module script, Vite
 * injects every imported stylesheet as a `<style>` element, and HMR talks over a
 * WebSocket. Never used for built files, whose CSS is a file linked from index.html.
 */
const DEV_DIRECTIVES: Directives = {
  ...DIRECTIVES,
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
  'connect-src': "'self' ws://localhost:* ws://127.0.0.1:*",
};

/**
 * Chromium ignores these in a meta tag and logs a console error for each, so the meta
 * tag leaves them out; the header (browser host) carries them. A file:// page in Electron
 * cannot be framed by anything anyway: navigation and new windows are denied.
 */
const HEADER_ONLY = new Set(['frame-ancestors']);

function serialize(directives: Directives, { forMeta }: { forMeta: boolean }): string {
  return Object.entries(directives)
    .filter(([name]) => !(forMeta && HEADER_ONLY.has(name)))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = serialize(DIRECTIVES, { forMeta: false });
export const META_CONTENT_SECURITY_POLICY = serialize(DIRECTIVES, { forMeta: true });
export const DEV_CONTENT_SECURITY_POLICY = serialize(DEV_DIRECTIVES, { forMeta: false });
export const DEV_META_CONTENT_SECURITY_POLICY = serialize(DEV_DIRECTIVES, { forMeta: true });
