import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Who may talk to the browser host. Any local process can reach 127.0.0.1, and any web
 * page can make the browser send requests to it, so being local proves nothing. Instead
 * the launcher opens a URL carrying a one-time code; trading that code in is the only way
 * to obtain the session cookie, and every other request must present the cookie.
 */
export interface LaunchGate {
  /** A fresh code, valid for exactly one exchange. */
  issueLaunchCode(): string;
  /** The session cookie's value if the code is valid and unused; the code is spent either way. */
  redeem(code: string): string | undefined;
  hasValidSession(cookieHeader: string | undefined): boolean;
  readonly cookieName: string;
}

export function createLaunchGate(port: number): LaunchGate {
  // One secret per launch: cookies left over from an earlier run are worthless.
  const sessionToken = randomToken();
  const unusedCodes = new Set<string>();
  // Cookies ignore ports, so two hosts on one machine must not overwrite each other's.
  const cookieName = `policydesk-session-${port}`;

  return {
    cookieName,
    issueLaunchCode() {
      const code = randomToken();
      unusedCodes.add(code);
      return code;
    },
    redeem(code) {
      if (!unusedCodes.delete(code)) return undefined;
      return sessionToken;
    },
    hasValidSession(cookieHeader) {
      const presented = readCookie(cookieHeader, cookieName);
      return presented !== undefined && sameSecret(presented, sessionToken);
    },
  };
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator !== -1 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return undefined;
}

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}
