import { describe, expect, it } from 'vitest';
import { describeSaveReport } from './save-report';

const statusChange = { at: '2026-01-01T00:00:00Z', targetId: 't', causeKind: 'observation' as const, causeId: 'o' };

describe('what a save reports', () => {
  it('says nothing more when nothing else moved', () => {
    expect(describeSaveReport({ statusChanges: [], reanchored: [{ policyId: 'p', moved: 2, orphaned: 0 }] })).toBe('');
  });

  it('names the status a figure moved its target to, and highlights that lost their passage', () => {
    const text = describeSaveReport({
      statusChanges: [{ ...statusChange, from: 'on-track', to: 'stagnating' }],
      reanchored: [{ policyId: 'p', moved: 0, orphaned: 2 }],
    });
    expect(text).toMatch(/^The target is now .+ \(was .+\)\. 2 highlights need attention: the passage changed\.$/);
  });
});
