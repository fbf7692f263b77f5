import type { ChangeRecord, ObservationRecord } from '../../../../shared/domain/records';
import { formatValue } from '../../format';

/** What happened to an item, in the words a change list uses. */
export const CHANGE_VERBS: Record<ChangeRecord['action'], string> = {
  create: 'Added',
  update: 'Edited',
  delete: 'Moved to the trash',
  restore: 'Restored',
  purge: 'Deleted for good',
};

type Figure = Pick<ObservationRecord, 'value' | 'unit' | 'qualifier'>;

export const figureText = (figure: Figure) => formatValue(figure.value, figure.unit, figure.qualifier);

export interface ObservationChangeEntry {
  key: string;
  at: string;
  verb: string;
  /** The observation as it stands after the change (or as it was, when it is gone). */
  observation: ObservationRecord;
  /** "1,984 → 2,446" when an edit changed the figure; otherwise the figure. */
  valueText: string;
  /** The target the figure counts towards; after an edit that moved it, the new one. */
  targetId: string | null;
}

/** One line of "what changed" for a change to an observation; null for a change to anything else. */
export function describeObservationChange(change: ChangeRecord): ObservationChangeEntry | null {
  if (change.itemKind !== 'observation') return null;
  const observation = (change.after ?? change.before) as ObservationRecord | null;
  if (!observation) return null;
  const before = change.before as ObservationRecord | null;
  const now = figureText(observation);
  const was = change.action === 'update' && before ? figureText(before) : now;
  return {
    key: `${change.seq ?? change.at}-${change.itemId}`,
    at: change.at,
    verb: CHANGE_VERBS[change.action],
    observation,
    valueText: was === now ? now : `${was} → ${now}`,
    targetId: observation.targetId,
  };
}

/**
 * What caused a status change, in words a reader can check: the figure that moved it, or
 * the target's own edit. `observations` holds every observation the caller knows of, by id.
 */
export function statusCauseText(
  cause: { causeKind: 'observation' | 'target'; causeId: string },
  observations: ReadonlyMap<string, Pick<ObservationRecord, 'indicator' | 'year' | 'value' | 'unit' | 'qualifier'>>,
): string {
  if (cause.causeKind === 'target') return 'after the target itself was edited';
  const observation = observations.get(cause.causeId);
  if (!observation) return 'after a change to a figure that is no longer in the library';
  return `after the ${observation.year} figure for ${observation.indicator} (${figureText(observation)}) changed`;
}
