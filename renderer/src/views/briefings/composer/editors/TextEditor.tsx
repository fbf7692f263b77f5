import { Field } from '../Field';
import type { EditorProps } from './editor-props';

/** The analyst's own words, in Markdown. */
export function TextEditor({ section, errors, onChange, idPrefix }: EditorProps<'text'>) {
  return (
    <Field
      id={`${idPrefix}-markdown`}
      label="Text"
      help="Markdown: **bold**, *italic*, - lists, ## headings."
      error={errors.markdown}
      wide
    >
      {(control) => (
        <textarea
          {...control}
          rows={8}
          value={section.markdown}
          onChange={(event) => onChange({ ...section, markdown: event.target.value })}
        />
      )}
    </Field>
  );
}
