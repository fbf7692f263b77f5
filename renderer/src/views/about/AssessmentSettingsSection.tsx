import { type FormEvent, useState } from 'react';
import { type AssessmentSettings, assessmentSettingsSchema, DEFAULT_ASSESSMENT_SETTINGS } from '../../../../shared/assessment';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { useAssessmentSettings } from '../../data/hooks';
import { parseNumber } from '../forms/form-values';

/** The thresholds on R that separate the statuses; the UN method's own values unless changed. */
export function AssessmentSettingsSection() {
  const settings = useAssessmentSettings();
  if (!settings) return null;
  // Keyed by the saved values, so the form starts again from what is saved after each save.
  return <SettingsForm key={`${settings.onTrackRatio}-${settings.progressRatio}`} saved={settings} />;
}

function SettingsForm({ saved }: { saved: AssessmentSettings }) {
  const [onTrack, setOnTrack] = useState(String(saved.onTrackRatio));
  const [progress, setProgress] = useState(String(saved.progressRatio));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = useRunAction();
  const toasts = useToasts();

  const save = async (values: { onTrackRatio: number | null; progressRatio: number | null }) => {
    const parsed = assessmentSettingsSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    const outcome = await run(() => actions.saveAssessmentSettings(parsed.data), 'The thresholds were not saved');
    if (outcome.ok) toasts.show('Saved the thresholds. Every status is recomputed with them.');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save({ onTrackRatio: parseNumber(onTrack.trim()), progressRatio: parseNumber(progress.trim()) });
  };

  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">Assessment thresholds</h2>
      <p>
        A target is judged by R, its projected progress by the due year as a share of the progress required. The defaults are the
        UN SDG Progress Chart method's.
      </p>
      <div className="field-grid">
        <div className={`field${errors.onTrackRatio ? ' has-error' : ''}`}>
          <label htmlFor="on-track-ratio">On track when R is at least</label>
          <input
            id="on-track-ratio"
            inputMode="decimal"
            value={onTrack}
            onChange={(event) => setOnTrack(event.target.value)}
            aria-invalid={Boolean(errors.onTrackRatio) || undefined}
          />
          {errors.onTrackRatio && <small className="field-error">{errors.onTrackRatio}</small>}
        </div>
        <div className={`field${errors.progressRatio ? ' has-error' : ''}`}>
          <label htmlFor="progress-ratio">Stagnating when R is below</label>
          <input
            id="progress-ratio"
            inputMode="decimal"
            value={progress}
            onChange={(event) => setProgress(event.target.value)}
            aria-invalid={Boolean(errors.progressRatio) || undefined}
          />
          {errors.progressRatio && <small className="field-error">{errors.progressRatio}</small>}
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          Save thresholds
        </button>
        <button type="button" className="button" onClick={() => void save({ ...DEFAULT_ASSESSMENT_SETTINGS })}>
          Use the method's defaults ({DEFAULT_ASSESSMENT_SETTINGS.onTrackRatio} and {DEFAULT_ASSESSMENT_SETTINGS.progressRatio})
        </button>
      </div>
    </form>
  );
}
