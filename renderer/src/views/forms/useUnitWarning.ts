import { unitsAgree } from '../../../../shared/assessment';
import type { ItemKind } from '../../../../shared/domain/entities';
import { useItem } from '../../data/hooks';
import type { FormValues } from './form-values';

/**
 * For an observation linked to a target, a warning when its unit is not the target's: the
 * assessment would leave the figure out. A warning, not an error, since a source may rightly
 * give a related figure (a growth rate beside a count).
 */
export function useUnitWarning(kind: ItemKind, values: FormValues): string | null {
  const targetId = kind === 'observation' ? String(values.targetId ?? '') : '';
  const target = useItem('target', targetId);
  if (!targetId || !target) return null;
  const unit = String(values.unit ?? '').trim() || null;
  if (unitsAgree(target.unit, unit)) return null;
  return `The target is measured in ${target.unit}; a figure in ${unit ?? 'no unit'} will not count toward its status.`;
}
