import { LinksPicker } from '../../../forms/LinkPickers';
import { Field } from '../Field';
import { type EditorProps, wholeNumberOrNull } from './editor-props';

/** A page per chosen target: its chart, status and explanation, and its latest figures. */
export function TargetPagesEditor({ section, errors, onChange, idPrefix }: EditorProps<'target-pages'>) {
  const targetsId = `${idPrefix}-targets`;
  return (
    <>
      <Field id={targetsId} label="Targets" error={errors.targetIds} wide>
        {(control) => (
          <LinksPicker
            id={targetsId}
            labelId={`${targetsId}-label`}
            describedBy={control['aria-describedby']}
            invalid={Boolean(errors.targetIds)}
            kind="target"
            value={section.targetIds}
            onChange={(targetIds) => onChange({ ...section, targetIds })}
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}-latest`}
        label="Latest observations"
        help="How many of each target's latest figures to list (1–50)."
        error={errors.latestObservations}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            min={1}
            max={50}
            step={1}
            value={Number.isNaN(section.latestObservations) ? '' : section.latestObservations}
            // An empty box is kept as NaN so the save names the problem instead of guessing a number.
            onChange={(event) =>
              onChange({ ...section, latestObservations: wholeNumberOrNull(event.target.value) ?? Number.NaN })
            }
          />
        )}
      </Field>
    </>
  );
}
