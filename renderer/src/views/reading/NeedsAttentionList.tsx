import { useId } from 'react';
import { type CodePointRange, utf16RangeFromCodePoints } from '../../../../shared/annotations';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { AnnotationCard } from './AnnotationCard';
import type { NeedsAttention } from './placement';

interface NeedsAttentionListProps {
  entries: readonly NeedsAttention[];
  text: string;
  /** The passage selected in the reading view, if any: where "Re-attach here" puts a highlight. */
  selection: CodePointRange | null;
}

const clip = (quote: string, max = 60) => ([...quote].length > max ? `${[...quote].slice(0, max).join('')}…` : quote);

function reasonOf(entry: NeedsAttention): string {
  if (entry.reason === 'ambiguous') {
    return `Its passage now appears ${entry.candidates ?? 'several'} times in the text, and none fits its context clearly better.`;
  }
  if (entry.reason === 'unreadable') return 'Its stored passage could not be read.';
  return 'Its passage is no longer in the text.';
}

/**
 * Highlights whose passage was lost when the text was edited (orphaned). They are never drawn
 * in the text, since drawing them anywhere would be a guess; each shows its old quote in its
 * old context, and the analyst re-attaches it to a passage they select, or deletes it.
 */
export function NeedsAttentionList({ entries, text, selection }: NeedsAttentionListProps) {
  const headingId = useId();
  const helpId = useId();
  const run = useRunAction();
  const reattach = async (id: string, range: CodePointRange) => {
    const outcome = await run(() => actions.reattachHighlight(id, range.start, range.end), 'Could not re-attach the highlight');
    // The selection has done its job; left in place it would offer to highlight the passage again.
    if (outcome.ok) document.getSelection()?.collapseToEnd();
  };

  return (
    <section className="needs-attention" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Needs attention <span className="muted">({entries.length})</span>
      </h3>
      <p id={helpId} className="help">
        These highlights lost their passage when the text was edited and are not shown in it. Select the passage in the text, then
        press “Re-attach here”; or delete the highlight.
      </p>
      <ul>
        {entries.map((entry) => {
          const { annotation, suggestion } = entry;
          const quote = annotation.selector?.quote;
          const suggested = suggestion && utf16RangeFromCodePoints(text, suggestion.start, suggestion.end);
          return (
            <li key={annotation.id} className="attention-entry" data-attention-id={annotation.id}>
              <p className="attention-reason">{reasonOf(entry)}</p>
              {quote && (
                <blockquote className="old-quote" aria-label="Old quote">
                  {quote.prefix && <span className="quote-context">…{quote.prefix}</span>}
                  <strong className={`old-exact hl-edge-${annotation.color ?? 'yellow'}`}>{quote.exact}</strong>
                  {quote.suffix && <span className="quote-context">{quote.suffix}…</span>}
                </blockquote>
              )}
              <AnnotationCard annotation={annotation} />
              <div className="attention-actions">
                <button
                  type="button"
                  className="button primary"
                  disabled={selection === null}
                  aria-describedby={helpId}
                  aria-label={`Re-attach here: ${clip(quote?.exact ?? '')}`}
                  // Pressing it must not clear the selection it is about to use.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => selection && void reattach(annotation.id, selection)}
                >
                  Re-attach here
                </button>
                {suggestion && suggested && (
                  <button type="button" className="button" onClick={() => void reattach(annotation.id, suggestion)}>
                    Re-attach to “{clip(text.slice(suggested.start, suggested.end))}”
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
