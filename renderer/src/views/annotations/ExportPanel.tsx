import { useMemo, useState } from 'react';
import type { HostArgs } from '../../../../shared/host/contract';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { getHost } from '../../host';
import { buildExport, EXPORT_FORMATS, type ExportFormat } from './export-content';
import type { WorkspaceRow } from './workspace-rows';

interface ExportPanelProps {
  /** The rows the filters show, in the table's order. */
  shown: readonly WorkspaceRow[];
  /** The rows checked for export, wherever the filters leave them. */
  checked: readonly WorkspaceRow[];
  onCheckShown: () => void;
  onUncheckAll: () => void;
}

const plural = (count: number) => `${count.toLocaleString('en')} ${count === 1 ? 'annotation' : 'annotations'}`;

/**
 * Exports what the table shows (or only the checked rows) as Markdown, CSV or W3C JSON-LD. The
 * preview shows the very text Save writes: Save reuses it rather than rebuilding it.
 */
export function ExportPanel({ shown, checked, onCheckShown, onUncheckAll }: ExportPanelProps) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [scope, setScope] = useState<'shown' | 'checked'>('shown');
  const [previewAt, setPreviewAt] = useState<Date | null>(null);
  const run = useRunAction();
  const toasts = useToasts();

  const useChecked = scope === 'checked' && checked.length > 0;
  const rows = useChecked ? checked : shown;
  const preview = useMemo(
    () =>
      previewAt
        ? buildExport(
            format,
            rows.map((row) => row.entry),
            previewAt,
          )
        : null,
    [format, rows, previewAt],
  );

  const save = async () => {
    const file: HostArgs<'file.save'> =
      preview ??
      buildExport(
        format,
        rows.map((row) => row.entry),
        new Date(),
      );
    const outcome = await run(() => getHost()['file.save'](file), 'The export was not saved');
    if (outcome.ok && outcome.value) toasts.show(`Saved ${plural(rows.length)} to ${outcome.value.path}.`);
  };

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <div className="export-controls">
        <h2 id="export-title">Export</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">Which annotations</legend>
          <label>
            <input type="radio" name="export-scope" checked={!useChecked} onChange={() => setScope('shown')} />
            {plural(shown.length)} shown by the filters
          </label>
          <label>
            <input
              type="radio"
              name="export-scope"
              checked={useChecked}
              disabled={checked.length === 0}
              onChange={() => setScope('checked')}
            />
            {checked.length === 0 ? 'Only checked rows (none checked)' : `Only the ${plural(checked.length)} checked`}
          </label>
        </fieldset>
        <button type="button" className="link-button" onClick={onCheckShown} disabled={shown.length === 0}>
          Check all shown
        </button>
        {checked.length > 0 && (
          <button type="button" className="link-button" onClick={onUncheckAll}>
            Uncheck all
          </button>
        )}
        <label>
          Format{' '}
          <select value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
            {Object.entries(EXPORT_FORMATS).map(([value, meta]) => (
              <option key={value} value={value}>
                {meta.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          aria-expanded={previewAt !== null}
          aria-controls="export-preview"
          onClick={() => setPreviewAt(previewAt ? null : new Date())}
        >
          {previewAt ? 'Hide preview' : 'Preview'}
        </button>
        <button type="button" className="button primary" disabled={rows.length === 0} onClick={() => void save()}>
          Save {EXPORT_FORMATS[format].label}…
        </button>
      </div>
      {preview && (
        <div id="export-preview" className="export-preview" role="region" aria-label="Export preview">
          <p className="muted">
            {preview.suggestedName}: exactly what Save writes, {plural(rows.length)}.
          </p>
          <pre data-testid="export-preview-text">{preview.content}</pre>
        </div>
      )}
    </section>
  );
}
