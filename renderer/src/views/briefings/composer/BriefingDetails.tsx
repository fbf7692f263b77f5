import { type BriefingFields, PAPER_SIZES, type PaperSize } from '../../../../../shared/briefing/model';
import { Field } from './Field';

type DetailName = Exclude<keyof BriefingFields, 'sections'>;

interface BriefingDetailsProps {
  draft: BriefingFields;
  errors: Readonly<Record<string, string>>;
  onChange: <K extends DetailName>(name: K, value: BriefingFields[K]) => void;
}

/** The id of a detail's control, so the error summary can move focus to it. */
export const detailId = (name: string) => `briefing-${name}`;

const TEXT_FIELDS: { name: Exclude<DetailName, 'date' | 'paper'>; label: string; help?: string }[] = [
  { name: 'title', label: 'Title' },
  { name: 'audience', label: 'Audience', help: 'Who it is for, printed on the cover.' },
  { name: 'author', label: 'Author' },
  { name: 'marking', label: 'Marking', help: 'Printed on every page, e.g. INTERNAL.' },
];

/** The briefing's own fields: what the cover page and every page's header show. */
export function BriefingDetails({ draft, errors, onChange }: BriefingDetailsProps) {
  return (
    <fieldset className="composer-details">
      <legend>Briefing</legend>
      <div className="field-grid">
        {TEXT_FIELDS.map(({ name, label, help }) => (
          <Field key={name} id={detailId(name)} label={label} help={help} error={errors[name]} wide={name === 'title'}>
            {(control) => (
              <input {...control} type="text" value={draft[name]} onChange={(event) => onChange(name, event.target.value)} />
            )}
          </Field>
        ))}
        <Field id={detailId('date')} label="Date" error={errors.date}>
          {(control) => (
            <input {...control} type="date" value={draft.date} onChange={(event) => onChange('date', event.target.value)} />
          )}
        </Field>
        <Field id={detailId('paper')} label="Paper" error={errors.paper}>
          {(control) => (
            <select {...control} value={draft.paper} onChange={(event) => onChange('paper', event.target.value as PaperSize)}>
              {PAPER_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}
