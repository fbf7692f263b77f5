import { type FormEvent, useId, useMemo, useState } from 'react';
import type { ItemKind } from '../../../../shared/domain/entities';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import { ValidationError } from '../../data/validation-error';
import { labelOf } from '../../format';
import { type FieldSpec, fieldSpecs } from './field-specs';
import { type FormValues, fromFormValues } from './form-values';
import { LinkPicker, LinksPicker } from './LinkPickers';

interface ItemFormProps {
  kind: ItemKind;
  initial: FormValues;
  submitLabel: string;
  /** Saves the input; throws ValidationError for field errors. */
  onSubmit: (input: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
}

/**
 * The create and edit form of every kind. Errors appear next to their fields and in a
 * summary; what the analyst typed stays in the form until it saves.
 */
export function ItemForm({ kind, initial, submitLabel, onSubmit, onCancel }: ItemFormProps) {
  const specs = fieldSpecs[kind];
  const allSpecs = useMemo(() => [...specs.main, ...specs.citation], [specs]);
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formId = useId();

  const set = (name: string, value: string | string[]) => setValues((current) => ({ ...current, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const { input, errors: parseErrors } = fromFormValues(values, allSpecs);
    if (Object.keys(parseErrors).length > 0) {
      setErrors(parseErrors);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(input);
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.fieldErrors);
      else setFailure(error instanceof Error ? error.message : String(error));
      setSaving(false);
      return;
    }
    setSaving(false);
  };

  const errorList = Object.entries(errors);
  const labelFor = (name: string) => allSpecs.find((spec) => spec.name === name)?.label ?? name;

  const renderField = (spec: FieldSpec) => {
    const id = `${formId}-${spec.name}`;
    const error = errors[spec.name];
    const describedBy = [error ? `${id}-error` : null, spec.help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
    const common = { id, name: spec.name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
    const text = (values[spec.name] as string | undefined) ?? '';
    let control;
    switch (spec.type) {
      case 'textarea':
        control = (
          <textarea
            {...common}
            rows={spec.name === 'text' ? 10 : 3}
            value={text}
            onChange={(e) => set(spec.name, e.target.value)}
          />
        );
        break;
      case 'select':
        control = (
          <select {...common} value={text} onChange={(e) => set(spec.name, e.target.value)}>
            <option value="">Choose…</option>
            {spec.options.map((option) => (
              <option key={option} value={option}>
                {labelOf(option)}
              </option>
            ))}
          </select>
        );
        break;
      case 'link':
        control = <LinkPicker {...common} kind={spec.linkKind} value={text} onChange={(value) => set(spec.name, value)} />;
        break;
      case 'links':
        control = (
          <LinksPicker
            id={id}
            describedBy={describedBy}
            kind={spec.linkKind}
            value={(values[spec.name] as string[] | undefined) ?? []}
            onChange={(value) => set(spec.name, value)}
          />
        );
        break;
      default:
        control = (
          <input
            {...common}
            type="text"
            inputMode={spec.type === 'number' || spec.type === 'year' ? 'decimal' : undefined}
            lang={'lang' in spec ? spec.lang : undefined}
            value={text}
            onChange={(e) => set(spec.name, e.target.value)}
          />
        );
    }
    return (
      <div
        className={`field${error ? ' has-error' : ''}${spec.type === 'textarea' || spec.type === 'links' ? ' wide' : ''}`}
        key={spec.name}
      >
        <label htmlFor={id}>{spec.label}</label>
        {control}
        {spec.help && (
          <small id={`${id}-help`} className="help">
            {spec.help}
          </small>
        )}
        {error && (
          <small id={`${id}-error`} className="field-error">
            {error}
          </small>
        )}
      </div>
    );
  };

  return (
    <form className="item-form" onSubmit={(event) => void submit(event)} noValidate aria-label={`${itemKinds[kind].label} form`}>
      {(errorList.length > 0 || failure) && (
        <div className="error-summary" role="alert">
          {failure ? (
            <p>{failure}</p>
          ) : (
            <>
              <p>
                Nothing was saved. Please correct {errorList.length === 1 ? 'this field' : `these ${errorList.length} fields`}:
              </p>
              <ul>
                {errorList.map(([name, message]) => (
                  <li key={name}>
                    <a href={`#${formId}-${name}`}>{labelFor(name)}</a>: {message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <fieldset>
        <legend>{itemKinds[kind].label}</legend>
        <div className="field-grid">{specs.main.map(renderField)}</div>
      </fieldset>
      <fieldset>
        <legend>Citation</legend>
        <div className="field-grid">{specs.citation.map(renderField)}</div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
