import type { ObservationRecord } from '../domain/records';
import type { ObservationChange, ReaderField } from './changes-since';
import { figureText, whenText } from './figures';

/** How a figure changed, in the words both the printed briefing and the Markdown use. */
export interface ObservationChangeText {
  verb: 'New figure' | 'Edited figure' | 'Removed figure';
  /** "2,446 positions", or "2,400 → 2,446 positions" when the value changed. */
  figure: string;
  /** "2021", or "2020 → 2021" when the year changed. */
  when: string;
  /** The indicator (and subject) the figure measures. */
  indicator: string;
  /** Other fields that changed, named for a reader ("source", "note"). */
  alsoChanged: string[];
}

const FIELD_NAMES: Partial<Record<ReaderField, string>> = {
  indicator: 'indicator',
  subject: 'subject',
  targetId: 'target',
  note: 'note',
  citation: 'source',
};

const VERBS = { new: 'New figure', edited: 'Edited figure', removed: 'Removed figure' } as const;

const indicatorOf = (observation: ObservationRecord) =>
  observation.subject ? `${observation.indicator} (${observation.subject})` : observation.indicator;

export function observationChangeText(change: ObservationChange): ObservationChangeText {
  const now = (change.after ?? change.before)!;
  const was = change.before ?? now;
  const figureChanged = change.changed.some((field) => field === 'value' || field === 'qualifier' || field === 'unit');
  const whenChanged = change.changed.some((field) => field === 'year' || field === 'date');
  return {
    verb: VERBS[change.kind],
    figure: figureChanged ? `${figureText(was)} → ${figureText(now)}` : figureText(now),
    when: whenChanged ? `${whenText(was)} → ${whenText(now)}` : whenText(now),
    indicator: indicatorOf(now),
    alsoChanged: change.changed.flatMap((field) => FIELD_NAMES[field] ?? []),
  };
}
