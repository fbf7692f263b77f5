/**
 * The renderer's Content Security Policy, declared once. Both hosts send it as a header,
 * and renderer/index.html repeats it in a meta tag (a test keeps the two identical) so
 * the page is protected even if it is ever loaded without the header.
 */
const DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // React sets inline `style` attributes; stylesheets themselves still come only from the app.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

function serialize(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = serialize(DIRECTIVES);

/**
 * Only for the Vite dev server: React Refresh injects an inline module script and HMR
 * talks over a WebSocket. Never used for built files.
 */
export const DEV_CONTENT_SECURITY_POLICY = serialize({
  ...DIRECTIVES,
  'script-src': "'self' 'unsafe-inline'",
  'connect-src': "'self' ws://localhost:* ws://127.0.0.1:*",
});
