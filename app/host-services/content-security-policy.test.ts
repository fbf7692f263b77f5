import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  DEV_META_CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from './content-security-policy';

describe('the content security policy', () => {
  it('is exactly what renderer/index.html declares in its meta tag', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/u.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('allows scripts, styles and connections from the app only, and nothing embedded', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('leaves frame-ancestors out of the meta tag, where Chromium rejects it with a console error', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(DEV_META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('never allows inline styles or scripts outside the dev server', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('relaxes only scripts, styles and sockets for the dev server', () => {
    expect(DEV_CONTENT_SECURITY_POLICY).toBe(
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
    );
  });
});
