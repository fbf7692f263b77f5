import { describe, expect, it } from 'vitest';
import type { ChangeRecord, ObservationRecord } from '../../../../shared/domain/records';
import { describeObservationChange, statusCauseText } from './change-text';

const observation = (value: number, overrides: Partial<ObservationRecord> = {}) =>
  ({
    id: 'obs-1',
    targetId: 'tgt-1',
    indicator: 'Positions held by Chinese experts in ISTOs',
    subject: null,
    value,
    qualifier: 'exact',
    unit: 'positions',
    year: 2021,
    date: null,
    note: '',
    citation: { source: 'report', section: '1', page: null, quote: null },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    deletedAt: null,
    origin: 'user',
    ...overrides,
  }) as ObservationRecord;

const change = (
  action: ChangeRecord['action'],
  before: ObservationRecord | null,
  after: ObservationRecord | null,
): ChangeRecord => ({
  seq: 7,
  at: '2025-03-01T10:00:00.000Z',
  itemKind: 'observation',
  itemId: 'obs-1',
  action,
  before,
  after,
});

describe('describing a change to an observation', () => {
  it('states an added figure with its unit', () => {
    expect(describeObservationChange(change('create', null, observation(2446)))).toMatchObject({
      verb: 'Added',
      valueText: '2,446 positions',
      targetId: 'tgt-1',
    });
  });

  it('shows the old and the new figure when an edit changed it', () => {
    const entry = describeObservationChange(change('update', observation(1984), observation(2446)));
    expect(entry?.valueText).toBe('1,984 positions → 2,446 positions');
    expect(entry?.verb).toBe('Edited');
  });

  it('names the figure of an observation moved to the trash, from its last state', () => {
    const entry = describeObservationChange(change('delete', observation(90, { qualifier: 'approximately' }), null));
    expect(entry).toMatchObject({ verb: 'Moved to the trash', valueText: 'about 90 positions' });
  });

  it('ignores changes to other kinds of item', () => {
    expect(describeObservationChange({ ...change('create', null, observation(1)), itemKind: 'target' })).toBeNull();
  });
});

describe('saying what changed a status', () => {
  const known = new Map([['obs-1', observation(2446)]]);

  it('names the figure that moved it', () => {
    expect(statusCauseText({ causeKind: 'observation', causeId: 'obs-1' }, known)).toBe(
      'after the 2021 figure for Positions held by Chinese experts in ISTOs (2,446 positions) changed',
    );
  });

  it("says when the target's own edit moved it", () => {
    expect(statusCauseText({ causeKind: 'target', causeId: 'tgt-1' }, known)).toBe('after the target itself was edited');
  });

  it('says so when the figure is gone', () => {
    expect(statusCauseText({ causeKind: 'observation', causeId: 'obs-9' }, known)).toMatch(/no longer in the library/);
  });
});
