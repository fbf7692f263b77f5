import { useState } from 'react';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '../../../../../../shared/assessment';
import type { TargetSelection } from '../../../../../../shared/briefing/model';
import { StatusBadge } from '../../../../components/StatusBadge';
import { useLinkOptions } from '../../../../data/hooks';
import { LinksPicker } from '../../../forms/LinkPickers';
import { Field } from '../Field';
import { type EditorProps, wholeNumberOrNull } from './editor-props';

type FilterSelection = Extract<TargetSelection, { mode: 'filter' }>;

const EMPTY_FILTER: FilterSelection = { mode: 'filter', dueYear: null, statuses: [], planId: null };

/** A table of targets and their statuses: targets chosen by hand, or every target matching a filter. */
export function StatusTableEditor({ section, errors, onChange, idPrefix }: EditorProps<'status-table'>) {
  const { selection } = section;
  // The other mode's choices are kept while the section is open, so trying one mode loses nothing of the other.
  const [other, setOther] = useState<TargetSelection | null>(null);
  const setSelection = (next: TargetSelection) => onChange({ ...section, selection: next });
  const switchTo = (mode: TargetSelection['mode']) => {
    if (mode === selection.mode) return;
    setOther(selection);
    setSelection(other?.mode === mode ? other : mode === 'chosen' ? { mode, targetIds: [] } : EMPTY_FILTER);
  };
  return (
    <>
      <fieldset className="field wide choice-row">
        <legend>Which targets</legend>
        <label>
          <input
            type="radio"
            name={`${idPrefix}-mode`}
            checked={selection.mode === 'filter'}
            onChange={() => switchTo('filter')}
          />
          Every target matching a filter
        </label>
        <label>
          <input
            type="radio"
            name={`${idPrefix}-mode`}
            checked={selection.mode === 'chosen'}
            onChange={() => switchTo('chosen')}
          />
          Targets chosen by hand
        </label>
      </fieldset>
      {selection.mode === 'chosen' ? (
        <Field id={`${idPrefix}-targets`} label="Targets" error={errors['selection.targetIds']} wide>
          {(control) => (
            <LinksPicker
              id={control.id}
              labelId={`${control.id}-label`}
              describedBy={control['aria-describedby']}
              invalid={Boolean(control['aria-invalid'])}
              kind="target"
              value={selection.targetIds}
              onChange={(targetIds) => setSelection({ ...selection, targetIds })}
            />
          )}
        </Field>
      ) : (
        <TargetFilter selection={selection} errors={errors} idPrefix={idPrefix} onChange={setSelection} />
      )}
    </>
  );
}

interface TargetFilterProps {
  selection: FilterSelection;
  errors: Readonly<Record<string, string>>;
  idPrefix: string;
  onChange: (next: FilterSelection) => void;
}

/** Due year, statuses and plan; each left empty matches every target. */
function TargetFilter({ selection, errors, idPrefix, onChange }: TargetFilterProps) {
  const plans = useLinkOptions('plan');
  const toggleStatus = (status: AssessmentStatus) =>
    onChange({
      ...selection,
      statuses: selection.statuses.includes(status)
        ? selection.statuses.filter((entry) => entry !== status)
        : ASSESSMENT_STATUSES.filter((entry) => entry === status || selection.statuses.includes(entry)),
    });
  return (
    <>
      <Field id={`${idPrefix}-due`} label="Due year" help="Empty: any year." error={errors['selection.dueYear']}>
        {(control) => (
          <input
            {...control}
            type="number"
            min={1900}
            max={2200}
            step={1}
            value={selection.dueYear === null || Number.isNaN(selection.dueYear) ? '' : selection.dueYear}
            onChange={(event) => onChange({ ...selection, dueYear: wholeNumberOrNull(event.target.value) })}
          />
        )}
      </Field>
      <Field id={`${idPrefix}-plan`} label="Plan" error={errors['selection.planId']}>
        {(control) => (
          <select
            {...control}
            value={selection.planId ?? ''}
            onChange={(event) => onChange({ ...selection, planId: event.target.value || null })}
          >
            <option value="">Any plan</option>
            {selection.planId && plans && !plans.some((plan) => plan.id === selection.planId) && (
              // A plan since trashed stays chosen, and says so, rather than silently reading "Any plan".
              <option value={selection.planId}>Not in the library: {selection.planId}</option>
            )}
            {(plans ?? []).map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className={`field wide status-choices${errors['selection.statuses'] ? ' has-error' : ''}`}>
        <legend>Statuses</legend>
        <div className="choice-row">
          {ASSESSMENT_STATUSES.map((status) => (
            <label key={status}>
              <input type="checkbox" checked={selection.statuses.includes(status)} onChange={() => toggleStatus(status)} />
              <StatusBadge status={status} />
            </label>
          ))}
        </div>
        <small className="help">None ticked: any status.</small>
        {errors['selection.statuses'] && <small className="field-error">{errors['selection.statuses']}</small>}
      </fieldset>
    </>
  );
}
