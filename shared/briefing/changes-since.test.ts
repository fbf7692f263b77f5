import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, ChangeRecord, ObservationRecord } from '../domain/records';
import { changesSince, isEmpty, type StatusChangeInput } from './changes-since';

const citation = { source: '000_b644b3690899bdb2.txt', section: '4.3 Participation', page: null, quote: null };

function figure(id: string, value: number, year: number, extra: Partial<ObservationRecord> = {}): ObservationRecord {
  return {
    id,
    targetId: 'tgt-positions',
    indicator: 'Positions held by Chinese experts in ISTOs',
    subject: null,
    value,
    qualifier: 'exact',
    unit: 'positions',
    year,
    date: null,
    note: '',
    citation,
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    deletedAt: null,
    origin: 'user',
    revision: 1,
    ...extra,
  };
}

let seq = 0;
function change(at: string, action: ChangeRecord['action'], before: ObservationRecord | null, after: ObservationRecord | null) {
  seq += 1;
  const itemId = (after ?? before)!.id;
  return { seq, at, itemKind: 'observation', itemId, action, before, after } satisfies ChangeRecord;
}

function note(id: string, itemKind: AnnotationRecord['itemKind'], itemId: string, createdAt: string): AnnotationRecord {
  return {
    id,
    itemKind,
    itemId,
    kind: 'note',
    body: 'Check against the 2023 yearbook.',
    color: null,
    tagIds: [],
    selector: null,
    anchor: null,
    author: 'Analyst',
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
    origin: 'user',
    revision: 1,
  };
}

const since = '2025-03-01';
const none = { changes: [], statusChanges: [], annotations: [] };

describe('changes since a date', () => {
  it('reports a figure added after the date as new, with its final value after later corrections', () => {
    const added = figure('obs-2021', 2400, 2021);
    const corrected = { ...added, value: 2446 };
    const result = changesSince({
      ...none,
      since,
      changes: [
        change('2025-03-02T09:00:00.000Z', 'create', null, added),
        change('2025-03-03T09:00:00.000Z', 'update', added, corrected),
      ],
    });
    expect(result.targets).toHaveLength(1);
    expect(result.targets[0]!.observations).toEqual([
      expect.objectContaining({ kind: 'new', before: null, after: corrected, at: '2025-03-03T09:00:00.000Z' }),
    ]);
    expect(result.counts.newObservations).toBe(1);
    expect(result.counts.editedObservations).toBe(0);
  });

  it('leaves out changes made before the date', () => {
    const added = figure('obs-2019', 1984, 2019);
    const result = changesSince({ ...none, since, changes: [change('2025-02-28T23:59:59.999Z', 'create', null, added)] });
    expect(isEmpty(result)).toBe(true);
    expect(result.targets).toEqual([]);
  });

  it('counts from the start of the chosen day, in the time zone the caller gives', () => {
    const added = figure('obs-2019', 1984, 2019);
    const lateUtc = change('2025-02-28T17:00:00.000Z', 'create', null, added);
    // Midnight in Beijing (UTC+8) is 16:00 UTC the day before.
    expect(changesSince({ ...none, since, from: '2025-02-28T16:00:00.000Z', changes: [lateUtc] }).counts.newObservations).toBe(1);
    expect(changesSince({ ...none, since, changes: [lateUtc] }).counts.newObservations).toBe(0);
  });

  it('reports an edit with the value before and after and which fields a reader would see changed', () => {
    const old = figure('obs-2021', 2400, 2021);
    const fixed = { ...old, value: 2446, citation: { ...citation, page: 12 }, updatedAt: '2025-03-05T00:00:00.000Z' };
    const result = changesSince({ ...none, since, changes: [change('2025-03-05T10:00:00.000Z', 'update', old, fixed)] });
    const [edit] = result.targets[0]!.observations;
    expect(edit).toMatchObject({ kind: 'edited', before: { value: 2400 }, after: { value: 2446 } });
    expect(edit!.changed).toEqual(['value', 'citation']);
  });

  it('does not report a figure edited and then edited back', () => {
    const old = figure('obs-2021', 2446, 2021);
    const wrong = { ...old, value: 2464 };
    const result = changesSince({
      ...none,
      since,
      changes: [
        change('2025-03-02T00:00:00.000Z', 'update', old, wrong),
        change('2025-03-02T00:01:00.000Z', 'update', wrong, old),
      ],
    });
    expect(isEmpty(result)).toBe(true);
  });

  it('does not report an edit that changed only bookkeeping', () => {
    const old = figure('obs-2021', 2446, 2021);
    const touched = { ...old, updatedAt: '2025-03-02T00:00:00.000Z' };
    expect(isEmpty(changesSince({ ...none, since, changes: [change('2025-03-02T00:00:00.000Z', 'update', old, touched)] }))).toBe(
      true,
    );
  });

  it('reports a figure moved to the trash as removed, with the value it had', () => {
    const old = figure('obs-2019', 1984, 2019);
    const trashed = { ...old, deletedAt: '2025-03-04T00:00:00.000Z' };
    const result = changesSince({ ...none, since, changes: [change('2025-03-04T00:00:00.000Z', 'delete', old, trashed)] });
    expect(result.targets[0]!.observations).toEqual([expect.objectContaining({ kind: 'removed', before: old, after: null })]);
    expect(result.counts.removedObservations).toBe(1);
  });

  it('reports nothing for a figure added and trashed within the period', () => {
    const added = figure('obs-x', 1, 2020);
    const trashed = { ...added, deletedAt: '2025-03-04T00:00:00.000Z' };
    const result = changesSince({
      ...none,
      since,
      changes: [
        change('2025-03-02T00:00:00.000Z', 'create', null, added),
        change('2025-03-04T00:00:00.000Z', 'delete', added, trashed),
      ],
    });
    expect(isEmpty(result)).toBe(true);
  });

  it('reports a figure restored from the trash as new again', () => {
    const trashed = figure('obs-2019', 1984, 2019, { deletedAt: '2025-01-01T00:00:00.000Z' });
    const restored = { ...trashed, deletedAt: null };
    const result = changesSince({ ...none, since, changes: [change('2025-03-02T00:00:00.000Z', 'restore', trashed, restored)] });
    expect(result.targets[0]!.observations[0]).toMatchObject({ kind: 'new', after: restored });
  });

  it('groups a figure moved to another target under the target it counts towards now', () => {
    const old = figure('obs-2021', 2446, 2021);
    const moved = { ...old, targetId: 'tgt-other' };
    const result = changesSince({ ...none, since, changes: [change('2025-03-02T00:00:00.000Z', 'update', old, moved)] });
    expect(result.targets.map((target) => target.targetId)).toEqual(['tgt-other']);
    expect(result.targets[0]!.observations[0]!.changed).toEqual(['targetId']);
  });

  it('keeps figures no target owns apart', () => {
    const free = figure('obs-free', 3300, 2018, { targetId: null });
    const result = changesSince({ ...none, since, changes: [change('2025-03-02T00:00:00.000Z', 'create', null, free)] });
    expect(result.targets).toEqual([]);
    expect(result.unassignedObservations.map((entry) => entry.observationId)).toEqual(['obs-free']);
  });

  it('ignores changes to anything but figures', () => {
    const target = { ...figure('tgt-positions', 1, 2020) } as unknown as ChangeRecord['after'];
    const result = changesSince({
      ...none,
      since,
      changes: [
        {
          at: '2025-03-02T00:00:00.000Z',
          itemKind: 'target',
          itemId: 'tgt-positions',
          action: 'update',
          before: target,
          after: target,
        },
      ],
    });
    expect(isEmpty(result)).toBe(true);
  });

  it('lists status changes per target, oldest first, naming the figure that moved the status', () => {
    const added = figure('obs-2021', 2446, 2021);
    const statuses: StatusChangeInput[] = [
      {
        at: '2025-03-06T00:00:00.000Z',
        targetId: 'tgt-positions',
        from: 'needs-acceleration',
        to: 'on-track',
        causeKind: 'target',
        causeId: 'tgt-positions',
      },
      {
        at: '2025-03-02T00:00:00.000Z',
        targetId: 'tgt-positions',
        from: 'not-enough-data',
        to: 'needs-acceleration',
        causeKind: 'observation',
        causeId: 'obs-2021',
      },
      { at: '2025-01-02T00:00:00.000Z', targetId: 'tgt-positions', from: 'met', to: 'missed', causeKind: 'target', causeId: 'x' },
    ];
    const result = changesSince({
      ...none,
      since,
      statusChanges: statuses,
      changes: [change('2025-03-02T00:00:00.000Z', 'create', null, added)],
    });
    const entry = result.targets[0]!;
    expect(entry.statusChanges.map((status) => `${status.from}>${status.to}`)).toEqual([
      'not-enough-data>needs-acceleration',
      'needs-acceleration>on-track',
    ]);
    expect(entry.statusChanges[0]!.causeObservation).toEqual(added);
    expect(entry.statusChanges[1]!.causeObservation).toBeNull();
    expect(entry.latestAt).toBe('2025-03-06T00:00:00.000Z');
    expect(result.counts.statusChanges).toBe(2);
  });

  it('puts new notes on a target under that target and notes on other items under their item', () => {
    const result = changesSince({
      ...none,
      since,
      annotations: [
        note('ann-1', 'target', 'tgt-positions', '2025-03-02T00:00:00.000Z'),
        note('ann-2', 'policy', 'pol-a', '2025-03-03T00:00:00.000Z'),
        note('ann-3', 'policy', 'pol-a', '2025-03-04T00:00:00.000Z'),
        note('ann-old', 'policy', 'pol-a', '2025-02-01T00:00:00.000Z'),
        { ...note('ann-gone', 'policy', 'pol-a', '2025-03-05T00:00:00.000Z'), deletedAt: '2025-03-06T00:00:00.000Z' },
      ],
    });
    expect(result.targets[0]!.annotations.map((annotation) => annotation.id)).toEqual(['ann-1']);
    expect(result.otherAnnotations).toEqual([
      expect.objectContaining({ itemKind: 'policy', itemId: 'pol-a', annotations: [expect.anything(), expect.anything()] }),
    ]);
    expect(result.counts.newAnnotations).toBe(3);
  });

  it('orders targets by their latest change, newest first', () => {
    const result = changesSince({
      ...none,
      since,
      annotations: [
        note('a', 'target', 'tgt-old', '2025-03-02T00:00:00.000Z'),
        note('b', 'target', 'tgt-new', '2025-03-09T00:00:00.000Z'),
      ],
    });
    expect(result.targets.map((target) => target.targetId)).toEqual(['tgt-new', 'tgt-old']);
  });
});
