import { Field } from '../Field';
import type { EditorProps } from './editor-props';

/** New figures, status changes and annotations since a date. */
export function ChangesSinceEditor({ section, errors, onChange, idPrefix }: EditorProps<'changes-since'>) {
  return (
    <Field id={`${idPrefix}-since`} label="Since" help="Lists what changed on or after this day." error={errors.since}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={section.since}
          onChange={(event) => onChange({ ...section, since: event.target.value })}
        />
      )}
    </Field>
  );
}
