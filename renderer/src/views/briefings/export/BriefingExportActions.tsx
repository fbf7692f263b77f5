import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingDocument } from '../../../../../shared/briefing/document-types';
import { generatedText } from '../../../../../shared/briefing/figures';
import type { BriefingFields } from '../../../../../shared/briefing/model';
import { describeFailure } from '../../../data/failures';
import { getHost } from '../../../host';
import { readyPreviewOf } from '../document/ready-previews';
import { ExportStage } from './ExportStage';
import { exportBriefing, type ExportFormat, FORMAT_LABELS } from './run-export';
import './export-stage.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; format: ExportFormat; step: 'preparing' | 'saving' }
  | { kind: 'saved'; format: ExportFormat; path: string; pages?: number }
  | { kind: 'cancelled'; format: ExportFormat }
  | { kind: 'failed'; format: ExportFormat; message: string };

interface Job {
  id: number;
  format: ExportFormat;
  briefing: BriefingFields;
  generatedAt: Date;
  /** Drawn off screen for this export (no finished preview of it was on the page). */
  staged: boolean;
}

/** Longer than any real render; past it something is wrong, and the analyst is told. */
const PREPARE_TIMEOUT_MS = 60_000;

function statusText(status: Status): string {
  if (status.kind === 'idle') return '';
  const label = FORMAT_LABELS[status.format];
  switch (status.kind) {
    case 'working':
      return status.step === 'preparing' ? `Preparing ${label}…` : `Saving the ${label}: choose where in the dialog…`;
    case 'saved':
      return `Saved to ${status.path}${status.pages ? ` (${status.pages} page${status.pages === 1 ? '' : 's'})` : ''}.`;
    case 'cancelled':
      return `The ${label} was not saved: the save dialog was closed.`;
    case 'failed':
      return `The ${label} was not saved: ${status.message} The briefing is unchanged; try again or choose another place.`;
  }
}

/**
 * Export buttons for a briefing: PDF (printed by the host), a self-contained HTML file, and
 * Markdown. Each asks where to save; progress, the saved path or the failure is announced.
 */
export function BriefingExportActions({ briefing }: { briefing: BriefingFields }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [job, setJob] = useState<Job | null>(null);
  const nextId = useRef(1);
  const handled = useRef(0);

  const run = useCallback(async (job: Job, root: HTMLElement, document: BriefingDocument) => {
    const { format, briefing: fields, generatedAt } = job;
    try {
      const outcome = await exportBriefing(
        format,
        { fields, root, document, generatedAt, generated: generatedText(generatedAt) },
        getHost(),
        (step) => setStatus({ kind: 'working', format, step }),
      );
      setStatus(
        outcome.path === null
          ? { kind: 'cancelled', format }
          : { kind: 'saved', format, path: outcome.path, pages: outcome.pages },
      );
    } catch (error) {
      setStatus({ kind: 'failed', format, message: sentence(describeFailure(error)) });
    } finally {
      setJob(null);
    }
  }, []);

  const start = (format: ExportFormat) => {
    if (job) return;
    setStatus({ kind: 'working', format, step: 'preparing' });
    const next: Job = { id: nextId.current++, format, briefing, generatedAt: new Date(), staged: false };
    // The preview on screen, when it shows this very briefing and has finished drawing, is
    // what gets exported; otherwise the briefing is drawn off screen first.
    const onScreen = readyPreviewOf(briefing);
    if (onScreen) {
      handled.current = next.id;
      setJob(next);
      void run(next, onScreen.root, onScreen.document);
      return;
    }
    performance.mark('briefing:export-start');
    setJob({ ...next, staged: true });
  };

  // A render that never completes must not leave the buttons disabled for good.
  useEffect(() => {
    if (!job?.staged) return;
    const timer = setTimeout(() => {
      // Once drawn, the export is under way; the host's own deadlines cover the rest.
      if (handled.current === job.id) return;
      handled.current = job.id;
      setJob(null);
      setStatus({ kind: 'failed', format: job.format, message: 'the briefing could not be prepared in time.' });
    }, PREPARE_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [job]);

  const onReady = useCallback(
    (root: HTMLElement, document: BriefingDocument) => {
      // The preview may report ready again as live data changes; one export per press.
      if (!job || handled.current === job.id) return;
      handled.current = job.id;
      performance.measure('briefing:render', 'briefing:export-start');
      void run(job, root, document);
    },
    [job, run],
  );

  const busy = job !== null;
  return (
    <div className="briefing-export">
      <div className="briefing-export-buttons" role="group" aria-label="Export the briefing">
        {(['pdf', 'html', 'md'] as const).map((format) => (
          <button key={format} type="button" className="button" disabled={busy} onClick={() => start(format)}>
            Export {FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
      <p className="briefing-export-status" role="status" data-testid="export-status">
        {status.kind === 'failed' ? '' : statusText(status)}
      </p>
      {status.kind === 'failed' && (
        <p className="briefing-export-status failed" role="alert" data-testid="export-error">
          {statusText(status)}
        </p>
      )}
      {job?.staged && <ExportStage key={job.id} briefing={job.briefing} generatedAt={job.generatedAt} onReady={onReady} />}
    </div>
  );
}

/** A host message as a sentence, whatever punctuation it came with. */
function sentence(message: string): string {
  const text = message.trim();
  return /[.!?]$/u.test(text) ? text : `${text}.`;
}
