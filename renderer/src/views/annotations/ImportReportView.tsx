import type { ImportOutcome } from './useAnnotationImport';

const count = (value: number) => `${value.toLocaleString('en')} ${value === 1 ? 'annotation' : 'annotations'}`;

/** What an import did to every annotation: added, skipped as a duplicate, or refused with the reason. */
export function ImportReportView({ outcome, onDismiss }: { outcome: ImportOutcome; onDismiss: () => void }) {
  return (
    <div className={`import-report${'problem' in outcome ? ' has-problem' : ''}`} role="status" aria-label="Import report">
      {'problem' in outcome ? (
        <p className="field-error">
          {outcome.file}: {outcome.problem}
        </p>
      ) : (
        <>
          <p>
            From {outcome.file}: {count(outcome.report.added)} added, {count(outcome.report.duplicates)} skipped as duplicates,{' '}
            {count(outcome.report.refused.length)} refused.
            {outcome.report.tagsCreated.length > 0 && ` New tags: ${outcome.report.tagsCreated.join(', ')}.`}
          </p>
          {outcome.report.refused.length > 0 && (
            <ul>
              {outcome.report.refused.map((refusal) => (
                <li key={refusal.position}>{refusal.reason}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
