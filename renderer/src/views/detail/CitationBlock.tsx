import type { Citation } from '../../../../shared/domain/citation';

/** Where the item comes from, shown on every item page. */
export function CitationBlock({ citation }: { citation: Citation }) {
  return (
    <aside className="citation" aria-label="Citation">
      <h2>Source</h2>
      <p>
        <cite>{citation.source}</cite>
        <br />
        <span className="section-path">{citation.section}</span>
        {citation.page !== null && <>, p. {citation.page}</>}
      </p>
      {citation.quote && <blockquote>{citation.quote}</blockquote>}
    </aside>
  );
}
