import { type FormEvent, type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ItemKind } from '../../../../shared/domain/entities';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ValidationError } from '../../data/validation-error';
import { StaleRevisionError } from '../../data/write/write-errors';
import { labelOf } from '../../format';
import { allFieldsOf, type FieldSpec, fieldSpecs, shapeInput } from './field-specs';
import { type FormValues, fromFormValues } from './form-values';
import { LinkPicker, LinksPicker } from './LinkPickers';
import { useUnitWarning } from './useUnitWarning';

interface ItemFormProps {
  kind: ItemKind;
  initial: FormValues;
  submitLabel: string;
  /** Saves the input; throws ValidationError for field errors, StaleRevisionError when the page shows a conflict. */
  onSubmit: (input: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
  /** Set by the page when it leaves after a save made outside the form (a resolved conflict). */
  leaving?: RefObject<boolean>;
}

/**
 * The create and edit form of every kind. Errors appear next to their fields and in a
 * summary; what the analyst typed stays in the form until it saves.
 */
export function ItemForm({ kind, initial, submitLabel, onSubmit, onCancel, leaving: pageLeaving }: ItemFormProps) {
  const specs = fieldSpecs[kind];
  const allSpecs = useMemo(() => allFieldsOf(kind), [kind]);
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formId = useId();

  const set = (name: string, value: string | string[]) => setValues((current) => ({ ...current, [name]: value }));
  // Leaving with unsaved typing asks first, so nothing the analyst entered is dropped
  // silently. Saving and Cancel are deliberate, so they leave without asking.
  const ownLeaving = useRef(false);
  const leaving = pageLeaving ?? ownLeaving;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const { input: formInput, errors: parseErrors } = fromFormValues(values, allSpecs);
    const input = shapeInput(kind, formInput);
    // Check every field at once, so the analyst sees all that needs fixing in one pass.
    const checked = itemKinds[kind].schema.safeParse(input);
    const schemaErrors = checked.success ? {} : ValidationError.fromZod(checked.error).fieldErrors;
    const found = { ...schemaErrors, ...parseErrors };
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setSaving(true);
    try {
      leaving.current = true;
      await onSubmit(input);
    } catch (error) {
      leaving.current = false;
      // Changed elsewhere: the page shows what changed there and how to resolve it.
      if (error instanceof StaleRevisionError) setFailure(null);
      else if (error instanceof ValidationError) setErrors(error.fieldErrors);
      else setFailure(error instanceof Error ? error.message : String(error));
      setSaving(false);
      return;
    }
    setSaving(false);
  };

  // Bring the summary into view whenever a save is refused.
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length > 0 || failure) summaryRef.current?.focus();
  }, [errors, failure]);

  const unitWarning = useUnitWarning(kind, values);
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
      case 'links': {
        const pickerProps = { id, labelId: `${id}-label`, describedBy, invalid: Boolean(error), kind: spec.linkKind };
        control =
          spec.type === 'link' ? (
            <LinkPicker {...pickerProps} value={text} onChange={(value) => set(spec.name, value)} />
          ) : (
            <LinksPicker
              {...pickerProps}
              value={(values[spec.name] as string[] | undefined) ?? []}
              onChange={(value) => set(spec.name, value)}
            />
          );
        break;
      }
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
        className={`field${error ? ' has-error' : ''}${spec.type === 'textarea' || spec.type === 'links' || spec.type === 'link' ? ' wide' : ''}`}
        key={spec.name}
      >
        <label htmlFor={id} id={`${id}-label`}>
          {spec.label}
        </label>
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
        {spec.name === 'unit' && unitWarning && (
          <small className="field-warning" role="status">
            ⚠ {unitWarning}
          </small>
        )}
      </div>
    );
  };

  return (
    <form className="item-form" onSubmit={(event) => void submit(event)} noValidate aria-label={`${itemKinds[kind].label} form`}>
      {(errorList.length > 0 || failure) && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
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
                    {/* A button, not a #fragment link: with hash routing a fragment would leave the form. */}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => document.getElementById(`${formId}-${name}`)?.focus()}
                    >
                      {labelFor(name)}
                    </button>
                    : {message}
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
      {specs.extra && (
        <fieldset>
          <legend>{specs.extra.legend}</legend>
          <div className="field-grid">{specs.extra.fields.map(renderField)}</div>
        </fieldset>
      )}
      <fieldset>
        <legend>Citation</legend>
        <div className="field-grid">{specs.citation.map(renderField)}</div>
      </fieldset>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title="Leave without saving?"
        confirmLabel="Discard changes"
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>What you typed in this form has not been saved.</p>
      </ConfirmDialog>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            leaving.current = true;
            onCancel();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
