import { describe, expect, it } from 'vitest';
import { createLaunchGate, readCookie } from './launch-gate';

describe('createLaunchGate', () => {
  it('grants a session once per launch code', () => {
    const gate = createLaunchGate(4763);
    const code = gate.issueLaunchCode();
    const session = gate.redeem(code);
    expect(session).toMatch(/^[\w-]{43}$/u);
    expect(gate.redeem(code)).toBeUndefined();
  });

  it('recognises only its own session cookie', () => {
    const gate = createLaunchGate(4763);
    const session = gate.redeem(gate.issueLaunchCode());
    expect(gate.hasValidSession(`other=1; policydesk-session-4763=${session}`)).toBe(true);
    expect(gate.hasValidSession(`policydesk-session-4764=${session}`)).toBe(false);
    expect(gate.hasValidSession('policydesk-session-4763=guess')).toBe(false);
    expect(gate.hasValidSession(undefined)).toBe(false);
  });

  it('gives every launch its own secret', () => {
    const first = createLaunchGate(4763);
    const second = createLaunchGate(4763);
    const session = first.redeem(first.issueLaunchCode());
    expect(second.hasValidSession(`policydesk-session-4763=${session}`)).toBe(false);
  });
});

describe('readCookie', () => {
  it('finds a cookie by exact name', () => {
    expect(readCookie('a=1; ab=2;b = 3', 'b')).toBe('3');
    expect(readCookie('ab=2', 'a')).toBeUndefined();
  });
});
