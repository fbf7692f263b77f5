import { useId, useMemo, useState } from 'react';
import { observationFieldsFromPaste, parseObservationPaste, type PasteRow } from '../../../../shared/domain/observation-paste';
import type { ObservationRecord, TargetRecord } from '../../../../shared/domain/records';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { formatValue } from '../../format';

const STATUS_TEXT: Record<PasteRow['status'], string> = {
  ok: 'Ready',
  warning: 'Ready, see note',
  error: 'Not valid',
  skipped: 'Skipped',
};

/**
 * Rows pasted from a spreadsheet, previewed line by line before anything is saved. A row
 * that is not valid says why; nothing is saved until every such row is fixed or dropped.
 */
export function PasteObservations({
  target,
  existing,
  onClose,
}: {
  target: TargetRecord;
  existing: readonly ObservationRecord[];
  onClose: () => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [section, setSection] = useState('');
  const [attempted, setAttempted] = useState(false);
  const run = useRunAction();
  const toasts = useToasts();

  const result = useMemo(
    () =>
      parseObservationPaste(
        text,
        { unit: target.unit, indicator: target.metric },
        {
          existing: existing.map((observation) => ({ year: observation.year, date: observation.date })),
        },
      ),
    [text, target.unit, target.metric, existing],
  );
  const importable = result.ok + result.warnings;
  const citationMissing = source.trim() === '' || section.trim() === '';

  const dropLine = (line: number) =>
    setText(
      text
        .split(/\r?\n/u)
        .filter((_, index) => index !== line - 1)
        .join('\n'),
    );

  const save = async () => {
    setAttempted(true);
    if (result.errors > 0 || importable === 0 || citationMissing) return;
    const fields = observationFieldsFromPaste(result, {
      targetId: target.id,
      unit: target.unit,
      indicator: target.metric,
      citation: { source: source.trim(), section: section.trim(), page: null, quote: null },
    });
    const outcome = await run(() => actions.addObservations(target.id, fields), 'Nothing was added');
    if (!outcome.ok) return;
    toasts.show(`Added ${outcome.value.records.length} figure${outcome.value.records.length === 1 ? '' : 's'} to the target.`);
    onClose();
  };

  return (
    <div className="paste-panel" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Paste rows from a spreadsheet</h3>
      <p className="muted">
        Copy two columns, year (or date) and value, and paste them here; a unit and a note column are optional. Values may say
        “about”, “more than”, or use % and thousands separators.
      </p>
      <label htmlFor={`${id}-rows`}>Rows</label>
      <textarea
        id={`${id}-rows`}
        rows={6}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={'2021\t2,446\n2022\t2,610'}
      />
      <div className="field-grid">
        <div className={`field${attempted && source.trim() === '' ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-source`}>Source document</label>
          <input id={`${id}-source`} value={source} onChange={(event) => setSource(event.target.value)} />
          {attempted && source.trim() === '' && <small className="field-error">Name the source of these figures</small>}
        </div>
        <div className={`field${attempted && section.trim() === '' ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-section`}>Section or table</label>
          <input id={`${id}-section`} value={section} onChange={(event) => setSection(event.target.value)} />
          {attempted && section.trim() === '' && <small className="field-error">Name the section or table they come from</small>}
        </div>
      </div>

      {result.rows.length > 0 && (
        <table className="simple-table paste-preview" aria-label="Preview of the pasted rows">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Pasted</th>
              <th scope="col">Reads as</th>
              <th scope="col">Check</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.line} className={`paste-${row.status}`}>
                <td className="numeric">{row.line}</td>
                <td>
                  <code>{row.raw}</code>
                </td>
                <td>
                  {row.observation
                    ? `${row.observation.date ?? row.observation.year}: ${formatValue(row.observation.value, row.observation.unit, row.observation.qualifier)}`
                    : ''}
                </td>
                <td>
                  <strong>{STATUS_TEXT[row.status]}</strong>
                  {row.reason && <>: {row.reason}</>}
                </td>
                <td>
                  {row.status === 'error' && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => dropLine(row.line)}
                      aria-label={`Drop row ${row.line}`}
                    >
                      Drop
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <p role="status" className={result.errors > 0 ? 'field-error' : 'muted'}>
        {result.errors > 0
          ? `${result.errors} row${result.errors === 1 ? '' : 's'} not valid: fix ${result.errors === 1 ? 'it' : 'them'} above or drop ${result.errors === 1 ? 'it' : 'them'}. Nothing is saved until then.`
          : `${importable} row${importable === 1 ? '' : 's'} ready to add.`}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => void save()}
          disabled={result.errors > 0 || importable === 0}
        >
          Add {importable > 0 ? importable : ''} figure{importable === 1 ? '' : 's'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
